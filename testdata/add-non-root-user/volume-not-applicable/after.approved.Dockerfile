FROM alpine:3.20
COPY app /usr/local/bin/app
VOLUME /data
CMD ["app", "--data", "/data"]
