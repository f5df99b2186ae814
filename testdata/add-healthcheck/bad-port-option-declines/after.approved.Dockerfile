FROM node:20-alpine
EXPOSE 3000
CMD ["node", "server.js"]
