FROM rust:1.79
WORKDIR /app
COPY . .
RUN cargo fetch && cargo build --release
