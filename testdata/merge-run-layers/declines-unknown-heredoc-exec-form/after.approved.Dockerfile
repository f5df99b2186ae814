FROM alpine:3.20
RUN eval "$(ssh-agent -s)"
RUN apk add openssh
RUN <<EOF
apk add git
git --version
EOF
RUN ["/bin/sh", "-c", "echo exec form"]
RUN echo one \
    && echo two
