FROM node:20-slim AS web
WORKDIR /web
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build

FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt ./
RUN pip install -r requirements.txt
COPY . .
COPY --from=web /web/dist ./static
