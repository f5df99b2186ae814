FROM golang:1.22
RUN go env; go version \
    && ( cd /src && go mod verify ) \
    && ( export CGO_ENABLED=0 ) \
    && { go vet ./... || go version; } \
    && go test ./...
