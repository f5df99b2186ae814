FROM node:20-alpine
WORKDIR /app
COPY . .
EXPOSE 4000
CMD ["node", "app.js"]
