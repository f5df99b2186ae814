FROM golang:1.4-wheezy
WORKDIR /go/src/app
COPY . .
RUN go build -o app .
CMD ["./app"]
