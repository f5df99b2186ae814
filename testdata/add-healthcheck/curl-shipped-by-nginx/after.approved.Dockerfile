FROM nginx:1.27
COPY site /usr/share/nginx/html
EXPOSE 80
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["curl", "-s", "-o", "/dev/null", "http://127.0.0.1:80/"]
CMD ["nginx", "-g", "daemon off;"]
