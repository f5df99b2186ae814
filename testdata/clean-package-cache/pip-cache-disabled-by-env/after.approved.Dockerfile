FROM python:3.12 AS base
ENV PIP_NO_CACHE_DIR=off
RUN pip install flask

FROM base AS child
RUN pip install requests

FROM python:3.12 AS other
ARG PIP_NO_CACHE_DIR=1
RUN pip install six
RUN PIP_NO_CACHE_DIR=1 pip install attrs

FROM python:3.12 AS plain
RUN pip install --no-cache-dir idna
