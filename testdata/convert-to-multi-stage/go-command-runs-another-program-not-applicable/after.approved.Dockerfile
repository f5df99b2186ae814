FROM golang:1.22
WORKDIR /src
COPY go.mod main.go ./
RUN go build -o app .
CMD ["sh", "-c", "./app > /var/log/app.log"]
