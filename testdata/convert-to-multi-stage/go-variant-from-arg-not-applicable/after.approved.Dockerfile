ARG GO_TAG=1.22-alpine
FROM golang:${GO_TAG}
WORKDIR /src
COPY go.mod go.sum main.go ./
RUN go build -o /usr/local/bin/app .
CMD ["app"]
