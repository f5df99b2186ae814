FROM debian:bookworm-slim
CMD ["./start.sh", "--serve"]

FROM debian:bookworm-slim
CMD ["/app/run"]

FROM python:3.12-slim
CMD ["manage.py", "runserver"]

FROM debian:bookworm-slim
CMD ["nginx", "-g", "daemon off;"]

FROM debian:bookworm-slim
CMD ["/usr/sbin/nginx", "-g", "daemon off;"]

FROM debian:bookworm-slim
CMD ["/usr/local/bin/entrypoint"]
