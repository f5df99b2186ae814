FROM python:3.12-slim AS base
RUN pip install --no-cache-dir flask

FROM base
COPY app.py /srv/app.py
RUN groupadd --system --gid 10001 app && useradd --system --no-log-init --uid 10001 --gid app app
USER app
CMD ["python", "/srv/app.py"]
