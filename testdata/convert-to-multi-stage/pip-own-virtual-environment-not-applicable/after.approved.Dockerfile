FROM python:3.12
WORKDIR /app
RUN python -m venv /venv
ENV PATH=/venv/bin:$PATH
COPY . .
RUN pip install flask
CMD ["python", "app.py"]
