from alpine:3.20
copy app /usr/local/bin/app
run addgroup -S -g 10001 app && adduser -S -D -u 10001 -G app app
user app
cmd ["app"]
