FROM python:3.12-slim
ARG PORT=8000
ENV PORT=${PORT}
WORKDIR /app
COPY . .
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["python3", "-c", "import http.client as h;c=h.HTTPConnection('127.0.0.1',8000);c.request('GET','/');c.getresponse()"]
CMD gunicorn -b 0.0.0.0:${PORT} app:app
