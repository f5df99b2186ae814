FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install flask gunicorn
HEALTHCHECK CMD curl -f http://localhost:8000/ || exit 1
CMD ["gunicorn", "app:app"]
