FROM python:3.12
COPY . .
RUN pip install flask
CMD ["python", "app.py"]
