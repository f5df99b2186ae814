FROM debian:12-slim
COPY server /usr/local/bin/server
CMD ["server"]
