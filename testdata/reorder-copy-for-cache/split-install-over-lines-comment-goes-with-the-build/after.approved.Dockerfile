FROM node:20-slim
WORKDIR /app
COPY package.json package-lock.json ./
# dependencies, then the bundle
RUN npm ci \
      --no-audit \
      --no-fund
COPY . .
  # the bundle for production
RUN npm run build \
  # and only what runs
  && npm prune --omit=dev
CMD ["node", "dist/index.js"]
