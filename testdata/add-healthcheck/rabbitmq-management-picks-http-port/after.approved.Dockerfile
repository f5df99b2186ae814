FROM rabbitmq:3.13-management-alpine
COPY definitions.json /etc/rabbitmq/definitions.json
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD wget -S -O /dev/null http://127.0.0.1:15672/ 2>&1 | grep -q 'HTTP/'
