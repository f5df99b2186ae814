FROM php:8.3-cli-alpine
WORKDIR /app
COPY . .
EXPOSE 4444
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["php", "-r", "$c=stream_context_create(['http'=>['ignore_errors'=>true,'follow_location'=>0]]);exit(@file_get_contents('http://127.0.0.1:4444/',false,$c)===false?1:0);"]
CMD ["sh", "-c", "php -S 0.0.0.0:4444 -t public"]
