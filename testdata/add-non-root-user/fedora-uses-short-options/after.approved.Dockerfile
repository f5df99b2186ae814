FROM fedora:40
COPY app /usr/local/bin/app
RUN groupadd -r -g 10001 app && useradd -r --no-log-init -u 10001 -g app app
USER app
CMD ["app"]
