FROM debian:12
RUN set -eux; \
    apt-get update; \
    apt-get install -y curl; \
    rm -rf /var/lib/apt/lists/*; \
    echo done
RUN set -e; if [ -f x ]; then apt-get update && apt-get install -y git; fi; rm -rf /var/lib/apt/lists/*; echo done
RUN set -e; apt-get update; apt-get install -y make && rm -rf /var/lib/apt/lists/*
SHELL ["/bin/bash", "-eo", "pipefail", "-c"]
RUN npm install -g serve; npm cache clean --force; echo done
