FROM node:20-bookworm-slim
USER node
WORKDIR /home/node/app
COPY --chown=node:node . .
RUN npm ci
USER root
RUN apt-get update && apt-get install -y --no-install-recommends tini && rm -rf /var/lib/apt/lists/*
USER node
CMD ["tini", "--", "node", "index.js"]
