FROM python:3.10 AS build
COPY requirements.txt ./
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
RUN pip install -U pip && \
    pip install -r requirements.txt
ENV APP_HOME /app
WORKDIR $APP_HOME
COPY . ./

FROM python:3.10-slim
WORKDIR /
ENV APP_HOME /app
WORKDIR $APP_HOME
COPY --from=build /opt/venv /opt/venv
COPY --from=build /app /app
ENV PATH="/opt/venv/bin:$PATH"
CMD ["python", "main.py"]
