FROM alpine:3.20
RUN apk update && apk add --no-cache curl
# dockmend:ignore clean-package-cache
RUN apk add git

FROM alpine:3.20 AS comment
RUN apk update && \
# the index first
    apk add --no-cache curl
RUN apk update || true && apk add --no-cache git
