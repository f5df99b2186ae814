FROM python:3.12
ENV PIP_CACHE_DIR=/pip-cache
RUN --mount=type=cache,target=/pip-cache pip install flask

FROM python:3.12
ARG XDG_CACHE_HOME=/cache
RUN --mount=type=cache,target=/cache pip install flask

FROM python:3.12
COPY pip.conf /etc/pip.conf
RUN --mount=type=cache,target=/var/pip pip install flask

FROM python:3.12
RUN --mount=type=cache,target=/pip pip install --cache-dir /pip flask

FROM python:3.12
ENV PIP_CACHE_DIR=/pip-cache
RUN pip install --no-cache-dir flask
