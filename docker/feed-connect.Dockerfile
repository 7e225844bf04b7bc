# A Kafka Connect image for Strimzi with the feed connector plugin (see docs/deployment.md, "Feed connector").
# Build the plugin first (mvn package); the build context is the plugin folder, from the repository root:
#   podman build -f docker/feed-connect.Dockerfile --build-arg STRIMZI_IMAGE=quay.io/strimzi/kafka:<strimzi>-kafka-<kafka> \
#       -t incident-alerts-connect:local target/incident-alerts-feed-connector
# STRIMZI_IMAGE: the Kafka image of your Strimzi operator's version.
ARG STRIMZI_IMAGE
FROM ${STRIMZI_IMAGE}
COPY --chown=1001:0 . /opt/kafka/plugins/
USER 1001
