FROM alpine:3.20
RUN apk add --no-cache powershell || true
SHELL ["pwsh", "-Command"]
COPY app /usr/local/bin/app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["/bin/sh", "-c", "wget -S -O /dev/null http://127.0.0.1:8080/ 2>&1 | grep -q 'HTTP/'"]
CMD ["app"]
