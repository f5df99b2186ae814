FROM python:3.12-slim
RUN --mount=type=cache,target=/root/.cache/pip pip install flask \
    && pip install -e .
RUN --network=none python -m compileall /app
RUN python -m pytest
