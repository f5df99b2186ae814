FROM node:20
WORKDIR /home/node/app
COPY --chown=node:node . .
RUN npm ci && npm run build
CMD ["node", "dist/index.js"]
