FROM python:3.12-slim
ARG PORT=8000
WORKDIR /app
COPY . .
CMD gunicorn -b 0.0.0.0:${PORT} app:app
