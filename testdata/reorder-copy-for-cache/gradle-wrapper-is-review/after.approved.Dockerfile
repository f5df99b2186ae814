FROM eclipse-temurin:21-jdk
WORKDIR /app
COPY settings.gradle build.gradle gradlew ./
COPY gradle ./gradle/
RUN ./gradlew dependencies --no-daemon
COPY . .
RUN ./gradlew build --no-daemon
