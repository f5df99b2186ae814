FROM python:3.12-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends gcc build-essential && rm -rf /var/lib/apt/lists/*
WORKDIR /srv
COPY . .
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
RUN pip install --no-cache-dir flask==3.0.3 gunicorn==22.0.0

FROM python:3.12-slim-bookworm
WORKDIR /srv
COPY --from=build /opt/venv /opt/venv
COPY --from=build /srv /srv
ENV PATH="/opt/venv/bin:$PATH"
USER nobody
CMD ["gunicorn", "--bind", "0.0.0.0:8000", "app:app"]
