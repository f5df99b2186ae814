FROM debian:bookworm-slim AS base
RUN useradd --system app
USER app

FROM base
COPY app /usr/local/bin/app
EXPOSE 8080
CMD ["app"]
