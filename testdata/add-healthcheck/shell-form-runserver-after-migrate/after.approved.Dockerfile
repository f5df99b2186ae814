FROM python:3.12-alpine
WORKDIR /app
COPY . .
EXPOSE 8001
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["python3", "-c", "import http.client as h;c=h.HTTPConnection('127.0.0.1',8001);c.request('GET','/');c.getresponse()"]
CMD python manage.py migrate && exec python manage.py runserver 0.0.0.0:8001
