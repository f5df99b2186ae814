FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y curl && curl -fsSLo /usr/local/bin/app https://example.org/app && chmod +x /usr/local/bin/app && apt-get purge -y curl && rm -rf /var/lib/apt/lists/*
EXPOSE 8080
CMD ["app"]
