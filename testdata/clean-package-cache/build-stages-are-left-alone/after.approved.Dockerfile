FROM python:3.12 AS build
RUN apt-get update && apt-get install -y gcc
RUN pip install --prefix=/install -r requirements.txt

FROM python:3.12 AS whole
RUN pip install --no-cache-dir flask

FROM python:3.12 AS home
RUN pip install --no-cache-dir requests

FROM node:22 AS app
USER node
WORKDIR /home/node/app
RUN npm install express && npm cache clean --force

FROM alpine:3.20 AS tools
RUN apk add --no-cache curl

FROM alpine:3.20 AS test
RUN apk add bats

FROM python:3.12-slim
COPY --from=build /install /usr/local
COPY --from=whole / /
COPY --from=home /root /root
COPY --from=app /home/node/app /app
RUN --mount=from=tools,target=/tools cp /tools/usr/bin/curl /usr/local/bin/
RUN apt-get update && apt-get install -y libpq5 && rm -rf /var/lib/apt/lists/*
