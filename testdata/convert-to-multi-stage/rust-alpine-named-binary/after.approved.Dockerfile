FROM rust:1.78-alpine3.19 AS build
RUN apk add --no-cache musl-dev
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
COPY src ./src
RUN cargo build --release

FROM alpine:3.19
WORKDIR /app
COPY --from=build /app/target/release/api /app/target/release/api
ENTRYPOINT ["/app/target/release/api"]
