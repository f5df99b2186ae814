FROM python:3.12-alpine
COPY app.py /app.py
EXPOSE 5000
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["python3", "-c", "import sys,http.client as h;c=h.HTTPConnection('127.0.0.1',5000);c.request('GET','/ready');sys.exit(c.getresponse().status>=400)"]
CMD ["python3", "/app.py"]
