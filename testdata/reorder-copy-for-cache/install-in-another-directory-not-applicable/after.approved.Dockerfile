FROM node:20-slim
WORKDIR /app
COPY . .
RUN cd web && npm ci
