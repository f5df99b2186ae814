# syntax=docker/dockerfile:1
FROM debian:12
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt,sharing=locked \
    apt-get update && apt-get install -y curl
RUN --mount=type=cache,target=/root/.cache \
    pip install flask && npm install -g serve && \
    npm cache clean --force
RUN --mount=type=tmpfs,target=/root/.npm npm install -g pnpm
RUN --mount=type=cache,target=/pkg-cache \
    ln -s /pkg-cache /var/cache/apt/archives && \
    apt-get update && apt-get install -y git

FROM alpine:3.20
RUN --mount=type=cache,dst=/var/cache/apk apk add make
