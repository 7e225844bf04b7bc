#!/usr/bin/env bash
# Runs a class of the broker or its tools: kafka-run-class.sh CLASS ARGS...
# shellcheck disable=SC2086
exec java ${KAFKA_HEAP_OPTS:--Xmx256m} -Dlog4j2.configurationFile=/opt/kafka/config/tools-log4j2.properties \
  -cp '/opt/kafka/libs/*' "$@"
