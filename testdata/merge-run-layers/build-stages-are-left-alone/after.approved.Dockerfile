FROM golang:1.22 AS build
RUN apt-get update
RUN apt-get install -y make
RUN make tools

FROM alpine:3.20 AS assets
RUN apk add --no-cache curl
RUN curl -fsSLo /logo.png https://example.org/logo.png

FROM alpine:3.20 AS test
RUN apk add --no-cache bats
RUN bats /tests

FROM alpine:3.20 AS base
RUN apk add --no-cache ca-certificates \
    && addgroup -S app

FROM base
RUN adduser -S app -G app \
    && mkdir /data
COPY --from=0 /go/bin/tool /usr/local/bin/tool
RUN --mount=from=assets,source=/logo.png,target=/tmp/logo.png cp /tmp/logo.png /srv/
