FROM ubuntu:14.04
RUN apt-get update && apt-get install -y curl python && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL https://bootstrap.pypa.io/pip/2.7/get-pip.py | python
RUN pip install --no-cache-dir flask

FROM debian:8 AS build
RUN pip install --upgrade pip setuptools
FROM build
RUN pip install --no-cache-dir requests

FROM debian:8
RUN pip install --upgrade pipenv
RUN pip install requests
