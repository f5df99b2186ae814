FROM ubuntu:24.04
RUN apt-get update && \
    apt-get install -y ca-certificates && \
    rm -rf /var/lib/apt/lists/* && \
    update-ca-certificates
RUN apt-get update && \
    apt-get install -y \
      git \
      make && \
    rm -rf /var/lib/apt/lists/*
