FROM golang:1.22
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /bin/app .
HEALTHCHECK --interval=30s CMD curl -f http://localhost:8080/health || exit 1
CMD ["/bin/app"]
