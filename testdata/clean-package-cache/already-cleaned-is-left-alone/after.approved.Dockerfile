FROM debian:12
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y git && apt-get dist-clean
RUN apt-get update && apt-get install -y make && rm -rf /var/lib/apt
RUN rm -rf /var/lib/apt/lists/* && apt-get update && apt-get install -y gcc && rm -rf /var/lib/apt/lists/*
RUN pip install --no-cache-dir flask && pip install six && rm -rf /root/.cache/pip
RUN pip install attrs && pip cache purge

FROM centos:7
RUN yum install -y git && yum clean all

FROM alpine:3.20
RUN apk add --no-cache curl
RUN apk add git && rm -rf /var/cache/apk/*
