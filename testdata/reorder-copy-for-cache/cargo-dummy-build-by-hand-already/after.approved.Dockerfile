FROM rust:1.79
RUN USER=root cargo new --bin app
WORKDIR /app
COPY Cargo.toml Cargo.lock ./
RUN cargo build --release
RUN rm src/*.rs
ADD . ./
RUN rm ./target/release/deps/app*
RUN cargo build --release
