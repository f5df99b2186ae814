FROM rust:1.79 AS build
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN --mount=type=cache,target=/usr/local/cargo/registry mkdir -p src && echo 'fn main() {}' > src/main.rs && cargo build \
      --release --locked && rm -rf src target/release/deps/hello_web-* target/release/deps/libhello_web-*
COPY . .
# the release binary
RUN --mount=type=cache,target=/usr/local/cargo/registry cargo build \
      --release --locked \
    && cp target/release/hello-web /usr/local/bin/hello-web

FROM debian:bookworm-slim
COPY --from=build /usr/local/bin/hello-web /usr/local/bin/hello-web
CMD ["hello-web"]
