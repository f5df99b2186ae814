FROM debian:12
# dockmend:ignore clean-package-cache
RUN apt-get update && apt-get install -y curl
# hadolint ignore=DL3009
RUN apt-get update && apt-get install -y git
RUN apt-get update && apt-get install -y make && rm -rf /var/lib/apt/lists/*
