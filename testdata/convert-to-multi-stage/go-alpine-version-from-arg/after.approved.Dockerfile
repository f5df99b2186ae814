# The Go release to build with; CI passes --build-arg GO_VERSION=1.23 to try the next one.
ARG GO_VERSION=1.22
FROM golang:${GO_VERSION}-alpine AS build
WORKDIR /src
COPY go.mod go.sum main.go ./
RUN go build -o /usr/local/bin/app .

FROM alpine:3
WORKDIR /src
COPY --from=build /usr/local/bin/app /usr/local/bin/app
EXPOSE 8080
CMD ["app"]
