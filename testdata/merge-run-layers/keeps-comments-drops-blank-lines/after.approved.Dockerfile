FROM alpine:3.20
# tools for the build
RUN apk add --no-cache git \
    # and for the tests
    # (kept short)
    && apk add --no-cache make
