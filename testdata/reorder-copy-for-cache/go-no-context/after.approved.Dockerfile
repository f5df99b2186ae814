FROM golang:1.22
WORKDIR /src
COPY go.mod go.sum* ./
RUN go mod download
COPY . .
RUN go build ./...
