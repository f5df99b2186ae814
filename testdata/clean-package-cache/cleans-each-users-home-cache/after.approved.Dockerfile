FROM node:22
RUN npm install -g pnpm && gosu node npm install -g typescript && npm cache clean --force && gosu node npm cache clean --force && echo done
RUN sudo apt-get update && sudo -E apt-get install -y curl && sudo -E rm -rf /var/lib/apt/lists/*
