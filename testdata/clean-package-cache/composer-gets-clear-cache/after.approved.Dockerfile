FROM composer:2
RUN composer install --no-dev --optimize-autoloader && composer clear-cache
RUN composer install --no-cache
RUN set -eux; \
	export COMPOSER_HOME="$(mktemp -d)"; \
	composer require monolog/monolog; \
	rm -rf "$COMPOSER_HOME"

FROM composer:2 AS configured
ENV COMPOSER_CACHE_DIR=/dev/null
RUN composer update
