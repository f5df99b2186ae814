FROM python:3.12-slim
WORKDIR /app
RUN groupadd --system --gid 10001 app && useradd --system --no-log-init --uid 10001 --gid app app
RUN cd /tmp && export PIP_NO_CACHE_DIR=1 && pip install flask
COPY --chown=app:app app.py .
EXPOSE 8080
USER app
CMD ["python", "app.py"]
