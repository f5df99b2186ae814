FROM node:18.20.4-bookworm AS build
WORKDIR /app
COPY . .
RUN npm install && npm run build:prod
RUN npm prune --omit=dev

FROM node:18.20.4-bookworm-slim
WORKDIR /app
COPY --from=build /app /app
CMD npm start
