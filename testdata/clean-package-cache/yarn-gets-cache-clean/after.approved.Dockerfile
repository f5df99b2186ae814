FROM node:22
RUN yarn install --frozen-lockfile && yarn cache clean
RUN yarn && yarn build && yarn cache clean
RUN yarn global add serve && yarn cache clean
RUN yarn --version && yarn build
