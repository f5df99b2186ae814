# syntax=docker/dockerfile:1
# The shop's API server.
FROM golang:1.22 AS build

WORKDIR /src
# Dependencies first, for the cache.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# A static binary: no C library needed.
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o /usr/local/bin/server ./cmd/server

ENV PORT=8080
RUN <<EOF
echo built
EOF

FROM gcr.io/distroless/static-debian13
WORKDIR /src
ENV PORT=8080
EXPOSE 8080
# Start the server.
CMD ["server"]
COPY --from=build /usr/local/bin/server /usr/local/bin/server
