FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install django gunicorn
RUN python manage.py collectstatic --noinput
CMD ["gunicorn", "site.wsgi"]
