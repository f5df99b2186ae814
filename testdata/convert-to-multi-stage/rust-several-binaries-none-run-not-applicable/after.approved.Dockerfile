FROM rust:1.78-slim-bookworm
WORKDIR /app
COPY . .
RUN cargo build --release
CMD ["./target/release/tools"]
