FROM python:3.11-bookworm AS build
WORKDIR /code
COPY ./requirements.txt /code/requirements.txt
RUN python -m venv /opt/venv
ENV PATH="/opt/venv/bin:$PATH"
RUN python -m pip install --upgrade pip && python -m pip install -r requirements.txt
COPY ./main.py /code/

FROM python:3.11-slim-bookworm
WORKDIR /code
COPY --from=build /opt/venv /opt/venv
COPY --from=build /code /code
ENV PATH="/opt/venv/bin:$PATH"
CMD ["uvicorn", "main:app", "--host", "0.0.0.0", "--port", "80"]
