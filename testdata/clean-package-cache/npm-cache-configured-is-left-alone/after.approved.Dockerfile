FROM node:22
ENV npm_config_cache=/tmp/npm-cache
RUN npm install

FROM node:22 AS second
RUN npm install --cache /tmp/cache
RUN npm install && npm cache clean --force
RUN npm ci && rm -rf "$HOME/.npm"
