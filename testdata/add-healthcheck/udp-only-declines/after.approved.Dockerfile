FROM alpine:3.20
COPY dns /usr/local/bin/dns
EXPOSE 53/udp
CMD ["dns"]
