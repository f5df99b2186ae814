FROM golang:1.22
RUN go env; go version \
    && ( cd /src && go mod download ) \
    && ( export CGO_ENABLED=0 ) \
    && { go build ./... || go vet ./...; } \
    && go test ./...
