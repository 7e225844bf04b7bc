#!/usr/bin/env bash
# Runs a class of the broker or its tools: kafka-run-class.sh CLASS ARGS...
# The tools live for seconds (kafka-init starts one per topic): the quick compiler and serial GC start faster.
# shellcheck disable=SC2086
exec java ${KAFKA_HEAP_OPTS:--Xmx256m} -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Dlog4j2.configurationFile=/opt/kafka/config/tools-log4j2.properties \
  -cp '/opt/kafka/libs/*' "$@"
