FROM registry.example.com/team/debian-base:1.4
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
COPY app /app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["curl", "-s", "-o", "/dev/null", "http://127.0.0.1:8080/"]
CMD ["/app"]
