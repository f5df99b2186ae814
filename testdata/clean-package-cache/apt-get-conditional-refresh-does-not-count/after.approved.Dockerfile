FROM debian:12
RUN apt-get update && apt-get install -y curl
RUN if [ -n "$PROXY" ]; then apt-get update; fi && apt-get install -y git && rm -rf /var/lib/apt/lists/*

FROM debian:12
RUN apt-get update && apt-get install -y curl
RUN apt-get install -y git || apt-get update

FROM debian:12
RUN apt-get update && apt-get install -y curl
RUN for i in 1 2; do apt-get update && break; done; apt-get install -y git && rm -rf /var/lib/apt/lists/*

FROM debian:12
RUN apt-get update && apt-get install -y curl
RUN case "$X" in y) apt-get update;; esac; apt-get install -y git && rm -rf /var/lib/apt/lists/*

FROM debian:12
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
RUN set -ex && apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*
