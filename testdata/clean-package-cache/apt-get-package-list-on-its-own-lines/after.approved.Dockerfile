FROM debian:12
RUN echo start && \
    echo more
RUN apt-get update && apt-get install -y \
	curl \
	git && \
	rm -rf /var/lib/apt/lists/*
