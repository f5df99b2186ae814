FROM node:20 AS build
WORKDIR /src
COPY . .
EXPOSE 9229
RUN npm ci && npm run build

FROM node:20-slim
WORKDIR /app
COPY --from=build /src/dist ./dist
EXPOSE 3000
USER node
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["node", "-e", "require('http').get({host:'127.0.0.1',port:3000,path:'/'},()=>process.exit(0)).on('error',()=>process.exit(1))"]
CMD ["node", "dist/server.js"]
