FROM rust:1.78 AS build
WORKDIR /usr/src/app
COPY . .
RUN cargo build --release --locked

FROM gcr.io/distroless/cc-debian13
WORKDIR /usr/src/app
COPY --from=build /usr/src/app/target/release/hello-server /usr/src/app/target/release/hello-server
EXPOSE 3000
CMD ["./target/release/hello-server"]
