# syntax=docker/dockerfile:1
FROM debian:12
RUN eval "$(cat setup.sh)" && apt-get update && apt-get install -y curl
RUN ["pip", "install", "flask"]
RUN ["echo", "pip install"]
RUN <<EOF
apt-get update
apt-get install -y git
EOF
RUN eval "$X" && echo no install here
