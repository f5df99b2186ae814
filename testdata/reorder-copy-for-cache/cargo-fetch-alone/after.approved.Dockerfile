FROM rust:1.79
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo fetch --locked && rm -rf src
COPY . .
RUN cargo fetch --locked
RUN cargo build --release --offline
