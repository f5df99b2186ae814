FROM ubuntu:22.04
RUN apt-get update && apt-get install -y --no-install-recommends curl lib32gcc-s1 && rm -rf /var/lib/apt/lists/*
COPY srcds /srcds
EXPOSE 27015 27005
CMD ["/srcds/srcds_run", "-game", "tf"]
