FROM eclipse-temurin:21-jre-alpine
COPY target/app.jar /app.jar
EXPOSE 8090
HEALTHCHECK --interval=30s --timeout=5s --start-period=15s --retries=3 \
    CMD wget -S -O /dev/null http://127.0.0.1:8090/ 2>&1 | grep -q 'HTTP/'
ENTRYPOINT ["java", "-jar", "/app.jar"]
