FROM node:20-alpine
WORKDIR /app
COPY --chown=1000:1000 package*.json ./
RUN npm ci
COPY --chown=1000:1000 . .
USER node
CMD ["node", "server.js"]
