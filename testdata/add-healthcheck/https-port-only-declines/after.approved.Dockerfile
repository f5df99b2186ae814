FROM alpine:3.20
COPY server /usr/local/bin/server
EXPOSE 8443
CMD ["server", "--tls"]
