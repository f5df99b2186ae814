FROM golang:1.22
ARG OUT=/bin/app
WORKDIR /src
COPY go.mod main.go ./
RUN go build -o $OUT .
CMD ["/bin/app"]
