FROM node:20-alpine
ARG PORT
COPY . /app
EXPOSE $PORT
CMD ["node", "/app/server.js"]
