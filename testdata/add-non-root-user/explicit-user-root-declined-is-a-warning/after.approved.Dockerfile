FROM debian:12-slim
COPY server /usr/local/bin/server
EXPOSE 443
USER root
CMD ["server"]
