FROM node:20-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
ENV CI=true
RUN npm ci --omit=dev
ADD . .
CMD ["node", "index.js"]
