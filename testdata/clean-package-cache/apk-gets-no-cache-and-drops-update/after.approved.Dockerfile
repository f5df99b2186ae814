FROM alpine:3.20
RUN apk add --no-cache curl
RUN apk add --no-cache --update git
RUN set -x \
    && apk upgrade --no-cache \
    && apk add --no-cache --virtual .build-deps gcc musl-dev
RUN set -eux; \
    apk add --no-cache bash; \
    apk del bash

FROM alpine:3.20 AS chosen
RUN apk --no-cache add jq && apk add --no-network --virtual .rundeps jq
