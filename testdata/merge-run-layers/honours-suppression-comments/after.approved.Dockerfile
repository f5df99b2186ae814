FROM debian:bookworm-slim
RUN apt-get update
# dockmend:ignore merge-run-layers
RUN apt-get install -y curl
RUN curl --version \
    && echo a
# hadolint ignore=DL3059
RUN echo b
RUN echo c
# hadolint ignore=DL3008
RUN apt-get install -y wget
