FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
COPY app /usr/local/bin/app
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["curl", "-s", "-o", "/dev/null", "http://127.0.0.1:8080/"]
CMD ["app"]
