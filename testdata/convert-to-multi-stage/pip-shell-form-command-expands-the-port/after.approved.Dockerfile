FROM python:3.8 AS build
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
RUN pip install -U pip
COPY requirements.txt ./
RUN set -ex; \
    pip install -r requirements.txt; \
    pip install gunicorn
ENV APP_HOME /app
WORKDIR $APP_HOME
COPY . ./

FROM python:3.8-slim
WORKDIR /
ENV APP_HOME /app
WORKDIR $APP_HOME
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
ENV PATH="/opt/venv/bin:$PATH"
CMD exec gunicorn --bind :$PORT --workers 1 --threads 8 main:app
