FROM golang:1.22
WORKDIR /src
COPY go.mod main.go ./
RUN go build -o app . && go build -tags debug -o app .
CMD ["./app"]
