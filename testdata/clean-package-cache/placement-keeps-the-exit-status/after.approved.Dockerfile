FROM debian:12
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/* || exit 1
RUN apt-get update && apt-get install -y git 2>&1 | tee /tmp/log && rm -rf /var/lib/apt/lists/*
RUN (apt-get update && apt-get install -y make && rm -rf /var/lib/apt/lists/*) && echo built
RUN for p in curl git; do npm install -g "$p"; done && npm cache clean --force && echo done
RUN if [ -f a ]; then apt-get update && apt-get install -y a; else apt-get update && apt-get install -y b; fi && rm -rf /var/lib/apt/lists/*
RUN install() { npm install -g "$1"; }; install serve
RUN npm install -g serve & wait
RUN apt-get update && exec apt-get install -y vim
