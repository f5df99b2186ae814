ARG BASE=alpine:3.19
FROM ${BASE} AS build
MAINTAINER Jo Doe <jo@example.com>
LABEL org.opencontainers.image.title="demo" version=1
ENV PATH=/app/bin:$PATH LANG C.UTF-8
ARG VERSION
WORKDIR /app
COPY --chown=1000:1000 --chmod=644 go.mod go.sum ./
ADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/a.tar.gz /tmp/
RUN --mount=type=cache,target=/root/.cache go build -o /app/bin/demo ./...
RUN ["/bin/sh", "-c", "echo exec form"]
USER 1000:1000
EXPOSE 8080/tcp 53/udp
VOLUME ["/data", "/logs"]
VOLUME /cache
STOPSIGNAL SIGTERM
HEALTHCHECK --interval=30s --timeout=3s CMD wget -q -O- http://localhost:8080/ || exit 1
SHELL ["/bin/sh", "-c"]
ONBUILD COPY . /src
ONBUILD RUN make
ENTRYPOINT ["/app/bin/demo"]
CMD --help

FROM scratch
COPY --from=build /app/bin/demo /demo
HEALTHCHECK NONE
CMD ["/demo"]
