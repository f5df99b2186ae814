FROM node:20-alpine
WORKDIR /app
RUN npm ci --omit=dev && \
  npm cache clean --force && \
  { addgroup -S app || true; } && \
  chown -R node:node /app
