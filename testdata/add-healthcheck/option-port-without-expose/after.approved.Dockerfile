FROM node:20-alpine
WORKDIR /app
COPY . .
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["node", "-e", "require('http').get({host:'127.0.0.1',port:4000,path:'/'},()=>process.exit(0)).on('error',()=>process.exit(1))"]
CMD ["node", "server.js"]
