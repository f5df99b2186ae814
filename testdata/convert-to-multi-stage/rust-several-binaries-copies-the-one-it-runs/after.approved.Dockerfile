FROM rust:1.78-slim-bookworm AS build
WORKDIR /app
COPY . .
RUN cargo build --release

FROM gcr.io/distroless/cc-debian13
WORKDIR /app
COPY --from=build /app/target/release/server /app/target/release/server
CMD ["./target/release/server"]
