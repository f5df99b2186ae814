FROM node:20-slim
WORKDIR /app
COPY --link --chmod=644 package.json package-lock.json /app/
RUN npm ci
COPY --link --chmod=644 . /app
