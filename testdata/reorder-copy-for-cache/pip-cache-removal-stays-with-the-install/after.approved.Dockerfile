FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt ./
RUN pip install -r requirements.txt && rm -rf /root/.cache/pip
COPY . .
RUN python -m compileall app
