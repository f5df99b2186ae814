FROM debian:bookworm
# who to ask
LABEL org.opencontainers.image.authors="Jane Doe"
CMD ["bash"]
