FROM node:20-slim
WORKDIR /app
COPY package.json .npmrc ./
RUN npm ci
COPY . .
