FROM golang:1.22
RUN useradd --create-home builder
USER builder
WORKDIR /home/builder/src
COPY go.mod main.go ./
RUN go build -o app .
CMD ["./app"]
