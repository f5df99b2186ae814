FROM debian:12
MAINTAINER ops@example.org
CMD ["/usr/local/bin/worker", "--queue", "default"]
