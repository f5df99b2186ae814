FROM python:3.12-slim
WORKDIR /opt/sonar
COPY . .
EXPOSE 9000
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["python3", "-c", "import http.client as h;c=h.HTTPConnection('127.0.0.1',9000);c.request('GET','/');c.getresponse()"]
CMD ["./bin/run.sh"]
