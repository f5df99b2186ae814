FROM python:3.12
RUN apt-get update && apt-get install -y python3-numpy
WORKDIR /app
COPY . .
RUN pip install flask
CMD ["python", "app.py"]
