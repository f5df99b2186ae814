FROM php:8.3-apache
COPY src/ /var/www/html/
EXPOSE 80
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["php", "-r", "$c=stream_context_create(['http'=>['ignore_errors'=>true,'follow_location'=>0]]);exit(@file_get_contents('http://127.0.0.1:80/',false,$c)===false?1:0);"]
