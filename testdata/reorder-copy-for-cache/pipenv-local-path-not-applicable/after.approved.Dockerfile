FROM python:3.12-slim
WORKDIR /srv
RUN pip install pipenv
COPY . .
RUN pipenv install --deploy --system
