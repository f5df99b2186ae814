FROM amazonlinux:2023
COPY app /usr/local/bin/app
USER 10001:10001
CMD ["app"]
