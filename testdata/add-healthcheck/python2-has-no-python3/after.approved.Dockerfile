FROM python:2.7-slim
COPY app.py /app.py
EXPOSE 8000
CMD ["python", "/app.py"]
