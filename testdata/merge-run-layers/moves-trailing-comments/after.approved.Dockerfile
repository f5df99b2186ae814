FROM alpine:3.20
# refresh the index
RUN apk update \
    # the client
    && apk add curl \
    # optional
    && { apk add jq || true; } \
    && echo done # last
