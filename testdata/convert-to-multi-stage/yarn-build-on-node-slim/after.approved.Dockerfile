FROM node:20 AS build
WORKDIR /app
COPY package.json yarn.lock ./
RUN yarn install --frozen-lockfile
COPY . .
# Bundle the sources into dist/.
RUN yarn build
RUN rm -rf node_modules && yarn install --production --frozen-lockfile

FROM node:20-slim
WORKDIR /app
COPY --from=build /app /app
ENV NODE_ENV=production
EXPOSE 8080
CMD ["node", "dist/index.js"]
