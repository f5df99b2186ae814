FROM node:20-slim AS sources
WORKDIR /app
COPY . .

FROM node:20-slim
WORKDIR /app
COPY --from=sources /app .
RUN npm ci
