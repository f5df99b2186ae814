FROM alpine:3.20
COPY jobs /etc/crontabs/root
CMD ["crond", "-f", "-l", "2"]
