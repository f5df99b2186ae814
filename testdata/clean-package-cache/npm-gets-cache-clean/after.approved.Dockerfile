FROM node:22
RUN npm install -g pnpm && npm cache clean --force
RUN npm ci --omit=dev && npm run build && npm cache clean --force
RUN gosu node npm install && gosu node npm cache clean --force && echo done
RUN npm run test
