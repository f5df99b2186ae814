FROM debian:bookworm
RUN apt-get update && apt-get install -y bash \
    && ln -sf /bin/bash /bin/sh
RUN echo "${BASH_VERSION:?needs bash}"

FROM ubuntu:22.04
RUN echo "dash dash/sh boolean false" | debconf-set-selections && dpkg-reconfigure -f noninteractive dash
RUN source /etc/profile
