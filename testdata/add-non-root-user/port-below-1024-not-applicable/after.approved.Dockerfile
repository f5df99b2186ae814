FROM debian:12-slim
COPY server /usr/local/bin/server
EXPOSE 80/tcp 8443
CMD ["server"]
