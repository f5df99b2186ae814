FROM alpine:3.20
ENV PORT=8080
COPY app /usr/local/bin/app
EXPOSE $PORT
RUN addgroup -S -g 10001 app && adduser -S -D -u 10001 -G app app
USER app
CMD ["app"]
