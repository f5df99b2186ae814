FROM golang:1.22-alpine AS build
WORKDIR /src
COPY go.mod go.sum main.go ./
RUN go build main.go

FROM alpine:3
WORKDIR /src
COPY --from=build /src/main /src/main
CMD ["./main"]
