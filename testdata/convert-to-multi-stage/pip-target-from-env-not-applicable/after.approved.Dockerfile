FROM python:3.12
ENV PIP_TARGET=/deps
WORKDIR /app
COPY . .
RUN pip install flask
CMD ["python", "app.py"]
