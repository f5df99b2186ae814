FROM golang:1.22-alpine3.20 AS build
ARG VERSION=dev
RUN apk add --no-cache git
WORKDIR /go/src/app
COPY go.mod go.sum main.go ./
RUN go build -o app -ldflags "-X main.version=$VERSION" .

FROM alpine:3.20
ARG VERSION=dev
LABEL org.opencontainers.image.version=$VERSION
WORKDIR /go/src/app
COPY --from=build /go/src/app/app /go/src/app/app
ENTRYPOINT ["./app"]
