FROM debian:12-slim
RUN useradd --system web && useradd --system worker
COPY app /usr/local/bin/app
CMD ["app"]
