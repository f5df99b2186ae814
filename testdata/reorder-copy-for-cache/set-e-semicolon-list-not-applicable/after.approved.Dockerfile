FROM node:20-slim
WORKDIR /app
COPY . .
RUN set -eux; \
    npm ci; \
    npm run build
