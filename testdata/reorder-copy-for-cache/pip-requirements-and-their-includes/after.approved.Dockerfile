FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt /srv/
COPY requirements/base.txt requirements/constraints.txt /srv/requirements/
RUN pip install --no-cache-dir -r requirements.txt
COPY . /srv
CMD ["python", "-m", "app"]
