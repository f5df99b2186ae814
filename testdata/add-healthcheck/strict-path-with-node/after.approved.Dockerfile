FROM node:20-alpine
WORKDIR /app
COPY . .
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["node", "-e", "require('http').get({host:'127.0.0.1',port:3000,path:'/health'},r=>process.exit(r.statusCode<400?0:1)).on('error',()=>process.exit(1))"]
CMD ["node", "server.js"]
