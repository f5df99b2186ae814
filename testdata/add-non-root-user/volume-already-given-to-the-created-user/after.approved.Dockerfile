FROM debian:12-slim
RUN useradd --system app && mkdir -p /data && chown app:app /data
VOLUME /data
COPY app /usr/local/bin/app
USER app
CMD ["app"]
