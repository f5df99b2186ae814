FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod main.go ./
RUN CGO_ENABLED=0 go build -o /bin/app .

FROM gcr.io/distroless/static-debian13
WORKDIR /src
COPY --from=build /bin/app /bin/app
# The orchestrator probes the port itself.
HEALTHCHECK NONE
STOPSIGNAL SIGINT
CMD ["/bin/app"]
