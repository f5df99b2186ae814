FROM golang:alpine AS build

RUN apk add --no-cache git

COPY server /go/src/app/server

# Don't do this in production! Use vendoring instead.
RUN go get -v app/server

RUN go install app/server

FROM alpine:3
WORKDIR /go
COPY --from=build /go/bin/server /go/bin/server

ENTRYPOINT ["/go/bin/server"]
