FROM debian:bookworm-slim
RUN groupadd --system app && useradd --system --no-log-init --gid app app
COPY app /usr/local/bin/app
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["curl", "-s", "-o", "/dev/null", "http://127.0.0.1:8080/"]
USER app
EXPOSE 8080
CMD ["app"]
