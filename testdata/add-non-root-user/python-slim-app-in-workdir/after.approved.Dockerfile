FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
EXPOSE 8000
RUN groupadd --system --gid 10001 app && useradd --system --no-log-init --uid 10001 --gid app app
USER app
CMD ["python", "app.py"]
