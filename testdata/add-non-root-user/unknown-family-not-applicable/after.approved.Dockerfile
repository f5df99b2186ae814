FROM myorg/base:1.0
COPY app /app
CMD ["/app"]
