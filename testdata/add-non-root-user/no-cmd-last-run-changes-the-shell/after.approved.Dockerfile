FROM alpine:3.20
RUN apk add --no-cache ca-certificates
RUN addgroup -S -g 10001 app && adduser -S -D -u 10001 -G app app
RUN cd /opt/tool && export PREFIX=/usr/local && ./install.sh
USER app
