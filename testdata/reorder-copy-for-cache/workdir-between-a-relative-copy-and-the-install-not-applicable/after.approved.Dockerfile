FROM python:3.12-slim
WORKDIR /srv
COPY . .
WORKDIR /srv/app
RUN pip install -r requirements.txt
