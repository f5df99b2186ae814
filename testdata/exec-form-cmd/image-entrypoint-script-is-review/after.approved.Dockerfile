FROM postgres:16
COPY init.sql /docker-entrypoint-initdb.d/
CMD ["postgres", "-c", "max_connections=200"]
