FROM debian:12-slim
SHELL ["pwsh", "-Command"]
COPY server /usr/local/bin/server
CMD ["server"]
