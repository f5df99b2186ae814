FROM python:3.12-slim
WORKDIR /app
COPY . .
EXPOSE 4100
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["python3", "-c", "import http.client as h;c=h.HTTPConnection('127.0.0.1',4100);c.request('GET','/');c.getresponse()"]
ENTRYPOINT ["tini", "--"]
CMD ["python", "-m", "uvicorn", "main:app", "--host", "0.0.0.0", "--port", "4100"]
