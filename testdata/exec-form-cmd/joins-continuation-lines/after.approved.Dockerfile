FROM python:3.12
CMD ["python", "-m", "http.server", "8000"]
