FROM python:3.12-slim
WORKDIR /app
CMD ["gunicorn", "app:app", "--bind", "0.0.0.0:8000", "--workers=2"]
