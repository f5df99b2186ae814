ARG PYTHON=3.12
FROM ubuntu:16.04
RUN pip install --no-cache-dir flask

FROM debian:stretch-slim
RUN pip3 install --no-cache-dir flask

FROM docker.io/library/python:2.7
RUN pip install --no-cache-dir flask

FROM python:${PYTHON}-alpine
RUN pip install --no-cache-dir flask
