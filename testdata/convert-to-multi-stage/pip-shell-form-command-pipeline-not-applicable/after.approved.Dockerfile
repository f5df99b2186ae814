FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install gunicorn
CMD gunicorn --bind :$PORT main:app | tee /tmp/log
