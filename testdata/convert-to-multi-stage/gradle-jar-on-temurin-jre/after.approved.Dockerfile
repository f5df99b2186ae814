FROM gradle:8.5-jdk17 AS build
WORKDIR /home/gradle/project
COPY --chown=gradle:gradle . .
RUN gradle build --no-daemon -x test

FROM eclipse-temurin:17-jre
WORKDIR /home/gradle/project
COPY --from=build /home/gradle/project/build/libs/api-1.2.0.jar /home/gradle/project/build/libs/api-1.2.0.jar
EXPOSE 8080
CMD ["java", "-jar", "build/libs/api-1.2.0.jar"]
