FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends nginx curl && rm -rf /var/lib/apt/lists/*
CMD ["nginx", "-g", "daemon off;"]
