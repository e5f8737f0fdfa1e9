# Build with the Maven wrapper, run the Spring Boot jar on a JRE.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
# Dependencies first, so that a source change does not download them again.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN ./mvnw -B -ntp -q dependency:go-offline
COPY . .
RUN ./mvnw -B -ntp -q -DskipTests package && cp target/zabota-*.jar /src/app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /app --create-home zabota
WORKDIR /app
COPY --from=build /src/app.jar /app/app.jar
USER zabota
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
