FROM python:3.12-slim
WORKDIR /app
COPY . .
EXPOSE 5005
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["python3", "-c", "import http.client as h;c=h.HTTPConnection('127.0.0.1',5005);c.request('GET','/');c.getresponse()"]
CMD ["gunicorn", "-b", "0.0.0.0:5005", "app:app"]
