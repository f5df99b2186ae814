FROM node:20 AS base
ENTRYPOINT ["docker-entrypoint.sh"]
CMD ["node", "server.js", "--port", "80"]

FROM base AS worker
CMD ["node", "worker.js"]

FROM base AS plain
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["npm", "start"]
