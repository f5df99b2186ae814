FROM ubuntu:18.04
RUN apt-get update && apt-get install -y python3-pip \
    && pip3 install --upgrade pip
RUN pip3 install -r requirements.txt

FROM python:3.12
RUN python -m pip install -U "pip<25"
RUN pip install flask \
    && python -m pip install -U requests \
    && pip install gunicorn

FROM node:20
RUN npm install -g npm@10
RUN npm ci

FROM ruby:3.3
RUN gem update --system
RUN gem install bundler

FROM debian:bookworm
RUN curl -fsSL https://bootstrap.pypa.io/get-pip.py | python3
RUN pip install awscli
