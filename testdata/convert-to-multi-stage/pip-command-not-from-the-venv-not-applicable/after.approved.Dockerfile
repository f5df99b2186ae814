FROM python:3.10-buster
ENV APP_HOME /app
WORKDIR $APP_HOME
COPY . ./
RUN pip install -r requirements.txt
CMD ["/usr/local/bin/python3", "main.py"]
