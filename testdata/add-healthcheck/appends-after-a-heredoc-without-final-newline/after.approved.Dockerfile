FROM node:20-slim
WORKDIR /app
EXPOSE 3000
CMD ["node", "server.js"]
COPY <<EOF /app/server.js
require("http").createServer((q, s) => s.end("ok")).listen(3000);
EOF
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["node", "-e", "require('http').get({host:'127.0.0.1',port:3000,path:'/'},()=>process.exit(0)).on('error',()=>process.exit(1))"]