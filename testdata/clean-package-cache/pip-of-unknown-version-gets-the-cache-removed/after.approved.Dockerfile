ARG BASE
FROM ${BASE}
RUN pip install --upgrade pip && pip install flask && rm -rf ~/.cache/pip

FROM mycompany/python-base:1
RUN pip install -r requirements.txt && rm -rf ~/.cache/pip

FROM centos:7
USER app
RUN pip install --user flask && rm -rf ~/.cache/pip

FROM public.ecr.aws/lambda/python:3.13
RUN pip install --no-cache-dir -r requirements.txt
RUN pip install --no-cache-dir -r requirements.txt && pip install gunicorn && rm -rf ~/.cache/pip
