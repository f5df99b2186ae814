FROM python:3.12
WORKDIR /app
COPY . .
CMD ["celery", "-A", "tasks", "worker"]
