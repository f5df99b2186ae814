FROM redis:7-alpine
COPY redis.conf /usr/local/etc/redis/redis.conf
EXPOSE 6379
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["redis-cli", "-h", "127.0.0.1", "-p", "6379", "ping"]
CMD ["redis-server", "/usr/local/etc/redis/redis.conf"]
