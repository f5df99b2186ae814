FROM rust:1.79
ENV CARGO_TARGET_DIR=/build
WORKDIR /app
COPY . .
RUN cargo build --release
