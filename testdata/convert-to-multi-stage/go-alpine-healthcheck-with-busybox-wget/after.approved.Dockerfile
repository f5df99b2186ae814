FROM golang:1.23-alpine3.20 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN go build -o /usr/local/bin/api .

FROM alpine:3.20
WORKDIR /src
COPY --from=build /usr/local/bin/api /usr/local/bin/api
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s CMD wget -q -O /dev/null http://localhost:8080/ || exit 1
CMD api
