FROM node:20-alpine
WORKDIR /app
RUN apk add --no-cache tini && \
  tini --version && \
  { addgroup -S app || true; } && \
  chown -R node:node /app
