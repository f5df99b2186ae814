FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*
COPY app /usr/local/bin/app
EXPOSE 9090
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD wget -S -O /dev/null http://127.0.0.1:9090/ 2>&1 | grep -q 'HTTP/'
ENTRYPOINT ["app"]
