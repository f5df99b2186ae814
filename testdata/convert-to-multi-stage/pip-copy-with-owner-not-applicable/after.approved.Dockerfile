FROM python:3.12
WORKDIR /app
COPY --chown=1000:1000 . .
RUN pip install flask
USER 1000
CMD ["python", "app.py"]
