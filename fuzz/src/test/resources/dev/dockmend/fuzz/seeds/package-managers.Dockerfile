FROM python:3.12-slim
RUN apt-get update
RUN apt-get install -y build-essential
RUN pip install requests
RUN npm install -g yarn && yarn cache clean
FROM alpine
RUN apk update && apk add --no-cache bash
RUN apk add git
RUN set -e; yum install -y make; dnf install -y gcc
RUN gem install bundler && composer install && conda install numpy
CMD python app.py
