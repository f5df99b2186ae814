FROM node:20-slim
WORKDIR /app
EXPOSE 3000
CMD ["node", "server.js"]
COPY <<EOF /app/server.js
require("http").createServer((q, s) => s.end("ok")).listen(3000);
EOF
USER node