FROM maven:3.8-openjdk-11-slim AS build
WORKDIR /build
COPY pom.xml .
COPY src src
RUN mvn package

FROM eclipse-temurin:11-jre
WORKDIR /build
COPY --from=build /build/target/shop-1.4.jar /build/target/shop-1.4.jar
CMD ["java", "-jar", "/build/target/shop-1.4.jar"]
