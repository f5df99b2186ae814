FROM node:20-alpine
WORKDIR /app
COPY . .
EXPOSE 4567
CMD ["node", "bot.js"]
