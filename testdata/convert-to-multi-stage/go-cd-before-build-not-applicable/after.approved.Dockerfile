FROM golang:1.22
WORKDIR /src
COPY go.mod main.go ./
RUN cd cmd && go build -o app .
CMD ["./cmd/app"]
