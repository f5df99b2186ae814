FROM python:3.12-alpine
COPY . /app
WORKDIR /app
RUN pip install --no-cache-dir -r requirements.txt
EXPOSE 5001
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["python3", "-c", "import http.client as h;c=h.HTTPConnection('127.0.0.1',5001);c.request('GET','/');c.getresponse()"]
ENTRYPOINT ["python"]
CMD ["app.py"]
