FROM ubuntu:24.04
RUN apt-get update && apt-get install -y --no-install-recommends python3 && rm -rf /var/lib/apt/lists/*
COPY app.py /opt/app.py
RUN groupadd --system --gid 10001 app && useradd --system --no-log-init --uid 10001 --gid app app
USER app
CMD ["python3", "/opt/app.py"]
