FROM alpine:3.20
ENTRYPOINT ["/sbin/tini", "--"]
CMD ["./serve"]
