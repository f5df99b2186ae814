FROM alpine:3.20
COPY app /usr/local/bin/app
RUN addgroup -S -g 10001 app && adduser -S -D -u 10001 -G app app
USER app