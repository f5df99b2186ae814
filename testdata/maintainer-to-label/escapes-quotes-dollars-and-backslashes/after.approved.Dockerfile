FROM debian:bookworm
LABEL org.opencontainers.image.authors="\"Bob\" \$USER \\o/"
