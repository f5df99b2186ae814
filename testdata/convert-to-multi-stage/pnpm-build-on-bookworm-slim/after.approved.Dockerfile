FROM node:22-bookworm AS build
# pnpm is not in the node image: corepack provides the version package.json names.
RUN corepack enable
WORKDIR /srv/api
COPY package.json pnpm-lock.yaml ./
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm run build
RUN rm -rf node_modules && pnpm install --prod --frozen-lockfile

FROM node:22-bookworm-slim
WORKDIR /srv/api
COPY --from=build /srv/api /srv/api
USER node
EXPOSE 3000
CMD ["npm", "start"]
