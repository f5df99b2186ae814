FROM debian:12
MAINTAINER ops@example.org
RUN ["/bin/mkdir", "-p", "/var/lib/worker"]
RUN useradd --system worker
USER worker
CMD ["/usr/local/bin/worker", "--queue", "default"]
