FROM python:3.12 AS build
WORKDIR /srv/app
COPY . .
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
RUN pip install --no-cache-dir .

FROM python:3.12-slim
WORKDIR /srv/app
COPY --from=build /opt/venv /opt/venv
COPY --from=build /srv/app /srv/app
ENV PATH="/opt/venv/bin:$PATH"
USER nobody
CMD ["hello-server", "--port", "8000"]
