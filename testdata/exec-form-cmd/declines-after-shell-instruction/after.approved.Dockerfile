FROM debian:bookworm AS base
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
CMD ./serve

FROM base AS child
CMD ./serve --child

FROM debian:bookworm
CMD ["./serve", "--plain"]
