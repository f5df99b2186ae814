FROM rust:1.79
WORKDIR /app
COPY Cargo.toml Cargo.lock rust-toolchain.toml ./
COPY .cargo ./.cargo/
RUN mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo build --release --locked && rm -rf src target/release/deps/app-* target/release/deps/libapp-*
COPY . .
RUN cargo build --release --locked
