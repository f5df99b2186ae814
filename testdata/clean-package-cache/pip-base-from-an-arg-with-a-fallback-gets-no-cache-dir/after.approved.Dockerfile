ARG PYTHON_VERSION
FROM python:${PYTHON_VERSION:-3.12}-slim
RUN pip install --no-cache-dir flask
