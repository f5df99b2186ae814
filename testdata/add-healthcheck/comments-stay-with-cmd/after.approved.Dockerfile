FROM node:20-alpine
COPY . /app
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["node", "-e", "require('http').get({host:'127.0.0.1',port:3000,path:'/'},()=>process.exit(0)).on('error',()=>process.exit(1))"]

# start the server
ENTRYPOINT ["node"]
CMD ["/app/server.js"]
