FROM debian:bookworm
LABEL org.opencontainers.image.authors="team@example.com"
MAINTAINER Jane Doe <jane@example.com>
