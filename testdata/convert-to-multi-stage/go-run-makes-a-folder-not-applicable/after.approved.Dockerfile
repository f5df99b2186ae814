FROM golang:1.22
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /bin/app . && mkdir -p /var/lib/app/uploads
CMD ["/bin/app"]
