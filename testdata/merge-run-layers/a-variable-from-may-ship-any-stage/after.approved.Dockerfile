ARG VARIANT=slim
FROM debian:bookworm-slim AS slim
RUN apt-get update \
    && apt-get install -y curl

FROM debian:bookworm AS full
RUN apt-get update \
    && apt-get install -y curl git

FROM ${VARIANT}
RUN useradd app \
    && mkdir /data
