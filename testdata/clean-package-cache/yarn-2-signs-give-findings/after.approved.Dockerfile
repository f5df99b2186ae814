FROM node:22
RUN yarn install --immutable

FROM node:22 AS corepack
RUN corepack enable
RUN yarn install

FROM node:22 AS yarnrc
COPY package.json yarn.lock .yarnrc.yml ./
RUN yarn install
