# syntax = docker/dockerfile:1.7
# check=skip=JSONArgsRecommended;error=true
# escape=\
# directive-looking comment after the directives
FROM alpine
# hadolint ignore=DL3018
RUN apk add curl
