FROM nginx:1.27 AS web
ENTRYPOINT /docker-entrypoint.sh
CMD nginx -g "daemon off;"

FROM web AS child
CMD nginx-debug -g "daemon off;"
