FROM redis:7 AS base
ENTRYPOINT redis-server /etc/redis.conf

FROM base
CMD redis-server --port 7000
