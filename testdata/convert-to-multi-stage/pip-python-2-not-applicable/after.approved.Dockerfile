FROM python:2.7
WORKDIR /app
COPY . .
RUN pip install flask
CMD ["python", "app.py"]
