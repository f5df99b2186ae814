FROM debian:12
RUN apt-get update && ./install-deps.sh
RUN apt-get update && apt-get install -y curl && xargs apt-get install -y < packages.txt
RUN apt-get update && apt-get install -y curl && curl -fsSL https://example.com/setup.sh | sh && rm -rf /var/lib/apt/lists/*
