FROM python:3.12-bookworm@sha256:0c6e5b1e1f6d8cb4b2a3f5a5c2e7d1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4 AS build
WORKDIR /app
COPY requirements.txt .
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
RUN pip install -r requirements.txt
COPY app.py .

FROM python:3.12-slim-bookworm
WORKDIR /app
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
ENV PATH="/opt/venv/bin:$PATH"
CMD ["python", "app.py"]
