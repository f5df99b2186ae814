FROM eclipse-temurin:17-jdk-jammy AS build
WORKDIR /app
COPY .mvn/ .mvn
COPY mvnw pom.xml ./
RUN ./mvnw dependency:resolve
COPY src ./src
RUN ./mvnw package -DskipTests

FROM eclipse-temurin:17-jre-jammy
WORKDIR /app
COPY --from=build /app/target/petclinic-3.1.0.jar /app/target/petclinic-3.1.0.jar
CMD ["java", "-jar", "/app/target/petclinic-3.1.0.jar"]
