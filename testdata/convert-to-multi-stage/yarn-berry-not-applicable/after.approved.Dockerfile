FROM node:20
WORKDIR /app
COPY package.json yarn.lock .yarnrc.yml ./
COPY .yarn .yarn
RUN yarn install --immutable
COPY . .
# Bundle the sources into dist/.
RUN yarn build
ENV NODE_ENV=production
EXPOSE 8080
CMD ["node", "dist/index.js"]
