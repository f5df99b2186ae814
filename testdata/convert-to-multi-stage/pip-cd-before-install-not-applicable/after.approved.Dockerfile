FROM python:3.12
WORKDIR /app
COPY . .
RUN cd src && pip install -r requirements.txt
CMD ["python", "app.py"]
