FROM debian:12 AS base
RUN apt-get update
RUN apt-get install -y curl

FROM debian:12 AS refreshed
RUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y make && rm -rf /var/lib/apt/lists/*

FROM debian:12 AS parent
RUN apt-get update && apt-get install -y gcc

FROM parent AS child
RUN apt-get install -y g++
