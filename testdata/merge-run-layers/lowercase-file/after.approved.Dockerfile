from alpine:3.20
run apk add --no-cache git \
    && git --version
cmd ["sh"]
