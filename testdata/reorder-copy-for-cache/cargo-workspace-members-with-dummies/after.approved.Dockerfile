FROM rust:1.79 AS build
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
COPY crates/api/Cargo.toml ./crates/api/
COPY crates/core/Cargo.toml ./crates/core/
RUN mkdir -p crates/api/src crates/core/src && echo 'fn main() {}' > crates/api/src/main.rs && touch crates/core/src/lib.rs && cargo build --release --locked && rm -rf crates/api/src crates/core/src target/release/deps/shop_api-* target/release/deps/libshop_api-* target/release/deps/shop_core-* target/release/deps/libshop_core-*
COPY . .
RUN cargo build --release --locked

FROM debian:bookworm-slim
COPY --from=build /app/target/release/shop-api /usr/local/bin/
