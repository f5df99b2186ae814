FROM postgres:16
RUN set -eux; apt-get update; apt-get install -y curl
RUN docker-entrypoint.sh postgres &
RUN sleep 5 \
    && psql -c 'select 1' \
    && echo ready
