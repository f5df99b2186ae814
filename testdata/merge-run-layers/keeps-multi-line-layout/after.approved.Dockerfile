FROM debian:bookworm-slim
RUN --mount=type=cache,target=/var/cache/apt \
    apt-get update \
    && apt-get install -y --no-install-recommends \
        ca-certificates \
        # for fetching
        curl \
    && ( cd /opt \
 && curl -fsSLO https://example.org/tool.tar.gz ) \
    && tar -xzf /opt/tool.tar.gz -C /usr/local/bin \
	&& tool --version
