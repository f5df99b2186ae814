FROM python:3.12
ENV PATH=/usr/local/bin:/usr/bin:/bin
WORKDIR /app
COPY . .
RUN pip install flask
CMD ["python", "app.py"]
