ARG GO_VERSION=1.22
FROM --platform=linux/amd64 golang:1.22-bookworm as builder
WORKDIR /src
COPY go.mod go.sum *.go ./
ENV CGO_ENABLED=0 GOFLAGS=-mod=mod
RUN go build -o bin/app .

FROM --platform=linux/amd64 gcr.io/distroless/static-debian13
WORKDIR /src
COPY --from=builder /src/bin/app /src/bin/app
ENV APP_ENV=production
CMD ["./bin/app"]
