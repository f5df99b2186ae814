FROM node:20-slim
COPY . /app
EXPOSE 3000
HEALTHCHECK --interval=1m --timeout=3s --start-period=1m30s --retries=5 \
    CMD ["node", "-e", "require('http').get({host:'127.0.0.1',port:3000,path:'/'},()=>process.exit(0)).on('error',()=>process.exit(1))"]
CMD ["node", "/app/server.js"]
