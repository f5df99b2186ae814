from alpine:3.20
copy app /usr/local/bin/app
expose 8080
healthcheck --interval=30s --timeout=5s --start-period=15s --retries=3 \
    cmd wget -S -O /dev/null http://127.0.0.1:8080/ 2>&1 | grep -q 'HTTP/'
cmd ["app"]
