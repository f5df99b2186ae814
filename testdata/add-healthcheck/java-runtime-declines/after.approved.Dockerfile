FROM eclipse-temurin:21-jre
COPY app.jar /app.jar
EXPOSE 8080
CMD ["java", "-jar", "/app.jar"]
