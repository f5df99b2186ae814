FROM python:3.12-slim
WORKDIR /srv
COPY . .
RUN pip install --no-cache-dir -e .
