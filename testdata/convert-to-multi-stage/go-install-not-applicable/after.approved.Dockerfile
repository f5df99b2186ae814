FROM golang:1.25-alpine
WORKDIR /go/src
COPY go.mod main.go ./
RUN go install ./...
CMD ["app"]
