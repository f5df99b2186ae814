FROM debian:12-slim
COPY app /usr/local/bin/app
RUN groupadd --system --gid 3000 svc && useradd --system --no-log-init --uid 2000 --gid svc svc
USER svc
CMD ["app"]
