FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4
RUN microdnf install -y java-17-openjdk-headless && microdnf clean all
COPY app.jar /opt/app.jar
USER 10001:10001
CMD ["java", "-jar", "/opt/app.jar"]
