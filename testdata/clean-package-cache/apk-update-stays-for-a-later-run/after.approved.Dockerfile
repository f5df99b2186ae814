FROM alpine:3.20
RUN apk update && apk add --no-cache curl
# dockmend:ignore clean-package-cache
RUN apk add git
