FROM python:3.12-bookworm AS build
WORKDIR /usr/src/app
COPY . .
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
RUN pip install --no-cache-dir -e .

FROM python:3.12-slim-bookworm
WORKDIR /usr/src/app
COPY --from=build /opt/venv /opt/venv
COPY --from=build /usr/src/app /usr/src/app
ENV PATH="/opt/venv/bin:$PATH"
CMD ["python", "-m", "hello"]
