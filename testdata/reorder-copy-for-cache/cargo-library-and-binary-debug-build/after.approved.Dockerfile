FROM rust:1.79
WORKDIR /usr/src/tools
COPY Cargo.toml ./
RUN mkdir -p src && echo 'fn main() {}' > src/main.rs && touch src/lib.rs && cargo build && rm -rf src target/debug/deps/tools-* target/debug/deps/libtools-*
COPY . .
RUN cargo build
CMD ["./target/debug/tools"]
