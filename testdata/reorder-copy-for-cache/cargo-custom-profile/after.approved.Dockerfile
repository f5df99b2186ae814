FROM rust:1.79
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo build --profile dist && rm -rf src target/dist/deps/app-* target/dist/deps/libapp-*
COPY . .
RUN cargo build --profile dist
