FROM debian:12
RUN apt-get update && apt-get install -y curl
ONBUILD RUN apt-get install -y git

FROM alpine:3.19
RUN apk update && apk add --no-cache curl
ONBUILD RUN apk add git

FROM debian:12
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
ONBUILD RUN apt-get update && apt-get install -y git
