FROM debian:bookworm
RUN apt-get update
# The toolchain takes an hour to build: keep it in its own layer
RUN make -C /src/toolchain install
RUN make -C /src/app install

FROM debian:bookworm
# consider merging the two RUNs to save ~ 40mb at the cost of caching adding the signing key
RUN curl -fsSL https://example.org/key.asc > /etc/apt/trusted.gpg.d/example.asc
RUN apt-get update && apt-get install -y example

FROM debian:bookworm
# Import matplotlib the first time to build the font cache
RUN python3 -c "import matplotlib.pyplot" \
    && echo done
