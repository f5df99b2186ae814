FROM node:20-alpine
COPY . /app
EXPOSE 3000
HEALTHCHECK NONE
CMD ["node", "/app/server.js"]
