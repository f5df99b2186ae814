FROM node:22-bookworm
# pnpm is not in the node image: corepack provides the version package.json names.
RUN corepack enable
WORKDIR /srv/api
COPY package.json pnpm-lock.yaml ./
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm run build
USER node
EXPOSE 3000
CMD ["npm", "start"]
