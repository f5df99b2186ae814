FROM node:20-alpine
COPY . /app
EXPOSE 3000
CMD ["node", "/app/server.js"]
