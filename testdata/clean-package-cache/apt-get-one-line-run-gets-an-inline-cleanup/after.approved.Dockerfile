FROM debian:12
RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
RUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/* && git --version
RUN apt-get -o Acquire::Retries=3 update && apt-get -y install make && rm -rf /var/lib/apt/lists/* # build tools
