FROM nginx:1.27
EXPOSE 80
HEALTHCHECK CMD curl -f http://localhost/ || exit 1
