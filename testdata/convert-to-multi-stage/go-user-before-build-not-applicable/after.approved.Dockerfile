FROM golang:1.22
WORKDIR /src
COPY go.mod main.go ./
USER 1000
RUN go build -o /tmp/app .
CMD ["/tmp/app"]
