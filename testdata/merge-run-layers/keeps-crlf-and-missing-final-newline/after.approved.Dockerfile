FROM alpine:3.20
# build
RUN apk add --no-cache build-base \
    && make -C /src \
    && make -C /src install