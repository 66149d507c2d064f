# The production image. Build the jar first (it needs the production frontend bundle):
#   ./mvnw -Pproduction package -DskipTests
# then `docker compose up --build`.
FROM eclipse-temurin:21-jre
RUN useradd --system --create-home praxis && mkdir -p /var/lib/praxis && chown praxis /var/lib/praxis
USER praxis
WORKDIR /home/praxis
COPY target/praxis-*.jar /home/praxis/praxis.jar
ENV PRAXIS_DATA_DIR=/var/lib/praxis
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/home/praxis/praxis.jar"]
