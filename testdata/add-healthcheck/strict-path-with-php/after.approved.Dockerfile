FROM php:8.3-fpm-alpine
RUN apk add --no-cache nginx
COPY . /var/www/html
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["php", "-r", "$c=stream_context_create(['http'=>['ignore_errors'=>true,'follow_location'=>0]]);exit(@file_get_contents('http://127.0.0.1:8080/health',false,$c)===false||!preg_match('{^HTTP/[^ ]+ [23]}',$http_response_header[0])?1:0);"]
CMD ["sh", "-c", "php-fpm -D && nginx -g 'daemon off;'"]
