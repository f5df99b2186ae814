FROM eclipse-temurin:21-jre
COPY app.jar /app.jar
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD ["curl", "-s", "-o", "/dev/null", "http://127.0.0.1:8080/"]
CMD ["java", "-jar", "/app.jar"]
