FROM debian:12-slim
COPY server /usr/local/bin/server
# hadolint ignore=DL3002
USER root
CMD ["server"]
