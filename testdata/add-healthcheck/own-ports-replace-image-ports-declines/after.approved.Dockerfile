FROM redis:7-alpine
EXPOSE 6380 16379
CMD ["redis-server", "--port", "6380"]
