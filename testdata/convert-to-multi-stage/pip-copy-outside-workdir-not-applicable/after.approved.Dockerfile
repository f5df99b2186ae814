FROM python:3.12
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY config.yaml /etc/app/config.yaml
COPY . .
CMD ["python", "app.py"]
