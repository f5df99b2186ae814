FROM golang:1.22.5-bookworm@sha256:0c6e5b1e1f6d8cb4b2a3f5a5c2e7d1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4 AS build
WORKDIR /src
COPY go.mod go.sum main.go ./
RUN CGO_ENABLED=0 go build -o /out/app .

FROM gcr.io/distroless/static-debian13
WORKDIR /src
COPY --from=build /out/app /out/app
ENTRYPOINT ["/out/app"]
