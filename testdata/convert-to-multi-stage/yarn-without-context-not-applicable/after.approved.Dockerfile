FROM node:20
WORKDIR /app
COPY . .
RUN yarn install --frozen-lockfile && yarn build
CMD ["node", "dist/index.js"]
