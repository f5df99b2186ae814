FROM golang:1.23-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
ENV CGO_ENABLED=0
# One image, two programs: the API server and the queue worker.
RUN go build -o /out/api ./cmd/api && go build -o /out/worker ./cmd/worker

FROM gcr.io/distroless/static-debian13
WORKDIR /src
COPY --from=build /out/worker /out/worker
COPY --from=build /out/api /out/api
EXPOSE 8080
ENTRYPOINT ["/out/api"]
