FROM registry.access.redhat.com/ubi9/ubi:9.4
RUN dnf install -y python3 && dnf clean all
COPY app.py /opt/app.py
RUN groupadd -r -g 10001 app && useradd -r --no-log-init -u 10001 -g app app
USER app
CMD ["python3", "/opt/app.py"]
