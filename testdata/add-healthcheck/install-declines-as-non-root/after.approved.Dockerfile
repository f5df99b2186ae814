FROM debian:bookworm-slim
RUN useradd --system app
COPY app /usr/local/bin/app
USER app
EXPOSE 8080
CMD ["app"]
