FROM debian:12
RUN apt-get update && apt-get install --no-install-recommends -y curl && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y --no-install-recommends git && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y -o APT::Install-Recommends=true make && rm -rf /var/lib/apt/lists/*
# hadolint ignore=DL3015
RUN apt-get update && apt-get install -y gcc && rm -rf /var/lib/apt/lists/*

FROM debian:12 AS lists-from-the-base-image
RUN apt-get install --no-install-recommends -y vim
