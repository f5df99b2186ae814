FROM python:3.12
WORKDIR /usr/local
COPY app.py .
RUN pip install flask
CMD ["python", "app.py"]
