FROM ubuntu:24.04
USER builder
RUN sudo apt-get update && sudo -E apt-get install -y curl && sudo -E rm -rf /var/lib/apt/lists/*
USER root
RUN env DEBIAN_FRONTEND=noninteractive apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata && rm -rf /var/lib/apt/lists/*
RUN sudo -u app pip install --no-cache-dir --user flask
