FROM node:20-slim
WORKDIR /app
COPY . .
RUN <<EOF
npm ci
npm run build
EOF
