FROM python:3.12
CMD python \
# the port
    -m http.server 8000
