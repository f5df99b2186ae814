FROM debian:bookworm
LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
RUN echo hi
