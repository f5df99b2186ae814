FROM nginx:1.27-alpine
COPY site/ /usr/share/nginx/html/
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD wget -S -O /dev/null http://127.0.0.1:80/ 2>&1 | grep -q 'HTTP/'
