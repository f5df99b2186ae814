FROM debian:12
RUN apt-get update \
    && apt-get install -y python3-pip nodejs npm \
    && rm -rf /var/lib/apt/lists/* \
    && pip3 install --no-cache-dir --break-system-packages httpie \
    && npm install -g yarn \
    && npm cache clean --force \
    && echo done
