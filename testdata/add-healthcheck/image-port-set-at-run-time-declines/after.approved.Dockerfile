FROM php:8.3-apache
# Cloud Run: Apache listens on the PORT the platform sets
RUN sed -i 's/80/${PORT}/g' /etc/apache2/sites-available/000-default.conf /etc/apache2/ports.conf
COPY . /var/www/html/
