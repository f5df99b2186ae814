FROM node:20-slim
WORKDIR /app
COPY . /src
RUN npm ci
