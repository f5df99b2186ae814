FROM node:20-slim AS build
WORKDIR /app
# the whole project
COPY --chown=node:node package.json package-lock.json ./
RUN npm ci
COPY --chown=node:node . .
RUN npm run build

FROM node:20-slim
COPY --from=build /app/dist /srv
CMD ["node", "/srv/index.js"]
