FROM python:3.12
WORKDIR /app
COPY . .
RUN ["pip", "install", "Django==3.2.9"]
CMD ["python", "manage.py", "runserver"]
