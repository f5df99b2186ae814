FROM node:20-slim
WORKDIR /app
COPY . .
RUN npm ci 2>&1 | tee /tmp/npm.log && npm run build
