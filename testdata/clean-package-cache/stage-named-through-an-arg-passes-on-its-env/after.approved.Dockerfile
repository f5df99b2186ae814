ARG BASE=builder
FROM python:3.12-slim AS builder
ENV PIP_NO_CACHE_DIR=1

FROM ${BASE}
RUN pip install flask
