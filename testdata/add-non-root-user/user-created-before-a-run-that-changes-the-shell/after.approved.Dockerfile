FROM debian:12-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 app && useradd --system --no-log-init --uid 10001 --gid app app
# install the tool
RUN cd /opt/tool && export PREFIX=/usr/local && ./install.sh
USER app
CMD ["tool"]
