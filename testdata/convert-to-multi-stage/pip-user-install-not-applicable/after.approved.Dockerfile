FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install --user flask
CMD ["python", "app.py"]
