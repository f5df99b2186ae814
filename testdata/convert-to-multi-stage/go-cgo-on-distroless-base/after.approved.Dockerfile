FROM golang:1.23-bookworm AS build
WORKDIR /app
COPY . .
# cgo is on by default here: the binary links to glibc.
RUN go build

FROM gcr.io/distroless/base-debian13
WORKDIR /app
COPY --from=build /app/app /app/app
USER nobody
CMD ["./app", "--listen", ":8080"]
