# syntax=docker/dockerfile:1

# Base images: the public ones by default; deploy/container/base-images.sh prints build arguments for
# local ones made from Debian packages, for a machine without a registry.
ARG BUILD_IMAGE=maven:3.9.11-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre-noble

# --- build: the shaded jar, with the Maven repository cached between builds
FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY pom.xml .
COPY src ./src
RUN --mount=type=cache,target=/root/.m2 mvn -B -q -Dmaven.test.skip=true package

# --- runtime: JRE only, non-root, read-only root filesystem friendly
FROM ${RUNTIME_IMAGE}
RUN groupadd --system --gid 10001 incident \
 && useradd --system --uid 10001 --gid 10001 --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin incident \
 && mkdir -p /opt/incident-alerts /var/lib/incident-alerts \
 && chown 10001:10001 /var/lib/incident-alerts
COPY --from=build /src/target/incident-alerts.jar /opt/incident-alerts/incident-alerts.jar
COPY --chmod=0755 docker/healthcheck.sh /opt/incident-alerts/healthcheck.sh

# State survives container restarts; /tmp must stay writable too (RocksDB unpacks its native library there).
ENV INCIDENT_ALERTS_STATE_DIR=/var/lib/incident-alerts \
    INCIDENT_ALERTS_HTTP_PORT=8080
VOLUME ["/var/lib/incident-alerts"]
USER 10001:10001
EXPOSE 8080

# Generous start period: state restoration may precede the first "live" answer.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=4 \
  CMD ["/opt/incident-alerts/healthcheck.sh"]

# Heap follows the container's memory limit; extra JVM flags go in JAVA_TOOL_OPTIONS.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/incident-alerts/incident-alerts.jar"]
CMD ["run"]
