# The service as a container image: built with Maven, run on a JRE as a non-root user.
# docker-compose.yml builds it and points it at a Neo4j container; run alone it starts
# its embedded Neo4j with the data under /app/data (a volume).

FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
# Dependencies and plugins in their own layer: it is rebuilt only when pom.xml changes,
# so a code change does not download everything again.
COPY pom.xml ./
RUN mvn -B -q dependency:go-offline
COPY graphql ./graphql
COPY cypher ./cypher
COPY src ./src
RUN mvn -B -DskipTests package

FROM eclipse-temurin:17-jre
RUN groupadd --system conflictgraph \
    && useradd --system --gid conflictgraph --home-dir /app --no-create-home conflictgraph \
    && mkdir -p /app/data \
    && chown conflictgraph:conflictgraph /app/data
WORKDIR /app
COPY --from=build /build/target/conflict-graph-*.jar /app/conflict-graph.jar
USER conflictgraph
ENV CONFLICTGRAPH_EMBEDDED_DATA_DIRECTORY=/app/data/neo4j
# The embedded database's files: keep them outside the container.
VOLUME ["/app/data"]
EXPOSE 8080
# Heap: a share of the container's memory limit (JAVA_TOOL_OPTIONS=-Xmx... overrides it).
# A JVM out of memory exits at once (the orchestrator restarts it) instead of lingering
# unresponsive; on SIGTERM the service finishes requests in flight for up to 20 s, then stops.
# The jar's manifest carries the --add-opens flags Neo4j needs (Add-Opens).
STOPSIGNAL SIGTERM
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50.0", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/conflict-graph.jar"]
