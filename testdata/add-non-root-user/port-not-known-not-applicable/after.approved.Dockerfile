FROM alpine:3.20
ARG PORT
COPY app /usr/local/bin/app
EXPOSE ${PORT}
CMD ["app"]
