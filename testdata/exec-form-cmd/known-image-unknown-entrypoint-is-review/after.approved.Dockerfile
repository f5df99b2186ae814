FROM haproxy:3.0-alpine
CMD ["haproxy", "-f", "/usr/local/etc/haproxy/haproxy.cfg"]
