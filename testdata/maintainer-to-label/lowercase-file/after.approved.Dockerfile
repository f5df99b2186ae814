from debian:bookworm
label org.opencontainers.image.authors="someone@example.com"
run echo hi
