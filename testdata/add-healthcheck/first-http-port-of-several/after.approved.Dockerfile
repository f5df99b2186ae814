FROM nginx:1.27
COPY nginx.conf /etc/nginx/nginx.conf
EXPOSE 443 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["curl", "-s", "-o", "/dev/null", "http://127.0.0.1:8080/"]
