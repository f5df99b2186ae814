FROM alpine:3.20
SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
RUN apk add curl; curl --version \
    && wget -qO- https://example.org | tar -xz \
    && { cd /opt; ./configure; }
RUN make
