FROM ubuntu:14.04
RUN apt-get update && apt-get install -y python-pip && rm -rf /var/lib/apt/lists/*
RUN pip install flask

FROM debian:jessie
RUN pip install --upgrade pip && pip install flask
