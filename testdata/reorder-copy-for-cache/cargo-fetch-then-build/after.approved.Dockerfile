FROM rust:1.79
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo fetch && cargo build --release && rm -rf src target/release/deps/app-* target/release/deps/libapp-*
COPY . .
RUN cargo fetch && cargo build --release
