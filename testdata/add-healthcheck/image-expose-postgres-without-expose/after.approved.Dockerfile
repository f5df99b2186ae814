FROM postgres:16
COPY init.sql /docker-entrypoint-initdb.d/
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["pg_isready", "-q", "-h", "127.0.0.1", "-p", "5432"]
