FROM eclipse-temurin:21-jdk
WORKDIR /src
COPY . .
RUN ./gradlew dependencies --no-daemon && ./gradlew build --no-daemon
