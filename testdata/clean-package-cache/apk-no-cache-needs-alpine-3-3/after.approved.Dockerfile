FROM alpine:3.2
RUN apk update && apk add curl

FROM alpine:3.3
RUN apk add --no-cache curl

FROM node:20-alpine
RUN apk add --no-cache git

FROM mycompany/alpine-base:1
RUN apk update && apk add curl && rm -rf /var/cache/apk/*

FROM mycompany/alpine-base:1
RUN apk add --no-cache git
