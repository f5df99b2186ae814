ARG PORT=3000
FROM node:20-alpine
ARG PORT
ENV PORT=${PORT}
COPY . /app
EXPOSE ${PORT}
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["node", "-e", "require('http').get({host:'127.0.0.1',port:3000,path:'/'},()=>process.exit(0)).on('error',()=>process.exit(1))"]
CMD ["node", "/app/server.js"]
