FROM maven:3.9.6-eclipse-temurin-21-alpine AS build
WORKDIR /usr/src/app
COPY . .
RUN mvn -B -q package

FROM eclipse-temurin:21-jre-alpine
WORKDIR /usr/src/app
COPY --from=build /usr/src/app/target/service.jar /usr/src/app/target/service.jar
CMD java -Xmx512m -jar target/service.jar
