FROM debian:12
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates \
        curl \
    && rm -rf /var/lib/apt/lists/* \
    && curl --version
RUN apt-get update \
 && apt-get install -y git \
 && rm -rf /var/lib/apt/lists/*
