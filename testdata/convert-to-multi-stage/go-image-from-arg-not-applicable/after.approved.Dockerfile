ARG GO_IMAGE=golang:1.22
FROM ${GO_IMAGE}
WORKDIR /src
COPY go.mod go.sum main.go ./
RUN CGO_ENABLED=0 go build -o /usr/local/bin/app .
CMD ["app"]
