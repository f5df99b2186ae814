FROM node:20-alpine AS base
HEALTHCHECK CMD wget -qO- http://127.0.0.1:3000/ || exit 1

FROM base
COPY . /app
EXPOSE 3000
CMD ["node", "/app/server.js"]
