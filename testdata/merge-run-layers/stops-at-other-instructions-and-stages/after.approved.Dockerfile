FROM alpine:3.20 AS build
RUN apk add --no-cache go \
    && go version
ENV CGO_ENABLED=0
RUN go build -o /out/app . # build
RUN strip /out/app

FROM alpine:3.20
RUN addgroup -S app \
    && adduser -S app -G app
COPY --from=build /out/app /app
RUN /app --version
