FROM node:22-bookworm AS build
WORKDIR /srv
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build
RUN npm prune --omit=dev

FROM node:22-bookworm-slim
WORKDIR /srv
COPY --from=build /srv /srv
HEALTHCHECK CMD ["node", "dist/healthcheck.js"]
CMD ["npm", "start"]
