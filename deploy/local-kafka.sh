#!/usr/bin/env bash
# A standalone single-node KRaft broker for local development, run from Maven artefacts (no Docker).
#
#   deploy/local-kafka.sh start | stop | status | fetch
#
# Environment:
#   PORT             client (PLAINTEXT) port, default 9092
#   CONTROLLER_PORT  KRaft controller port, default PORT + 1
#   DATA_DIR         log directory kept across runs; unset: a fresh folder on every start
#   KAFKA_VERSION    broker version, default 4.3.1
#   KAFKA_HEAP_OPTS  default -Xmx512m
#   START_TIMEOUT    seconds to wait for the broker, default 90
# Libraries are cached in ${XDG_CACHE_HOME:-~/.cache}/incident-alerts/kafka-lib/<version>; the pid file,
# log and config of the broker on PORT live in .../incident-alerts/local-kafka-<PORT>.
set -euo pipefail

KAFKA_VERSION=${KAFKA_VERSION:-4.3.1}
SLF4J_VERSION=2.0.17
LOG4J_VERSION=2.25.4
PORT=${PORT:-9092}
CONTROLLER_PORT=${CONTROLLER_PORT:-$((PORT + 1))}
START_TIMEOUT=${START_TIMEOUT:-90}
cache=${XDG_CACHE_HOME:-$HOME/.cache}/incident-alerts
lib=$cache/kafka-lib/$KAFKA_VERSION
run_dir=$cache/local-kafka-$PORT
pid_file=$run_dir/kafka.pid
log_file=$run_dir/kafka.log
config=$run_dir/server.properties

die() { echo "local-kafka: $*" >&2; exit 1; }

running_pid() {
  local pid
  [ -f "$pid_file" ] || return 1
  pid=$(cat "$pid_file")
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

# Downloads the broker and its tools (with dependencies) once, through Maven.
fetch_libs() {
  [ -f "$lib/.complete" ] && return 0
  command -v mvn >/dev/null || die "mvn is needed to download Kafka $KAFKA_VERSION"
  local work
  work=$(mktemp -d)
  cat > "$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId>
  <artifactId>local-kafka</artifactId>
  <version>1</version>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>$KAFKA_VERSION</version></dependency>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka-tools</artifactId><version>$KAFKA_VERSION</version></dependency>
    <!-- the logging the Kafka distribution ships: the broker reports "Kafka Server started" through it -->
    <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>$SLF4J_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j2-impl</artifactId><version>$LOG4J_VERSION</version></dependency>
  </dependencies>
</project>
POM
  echo "local-kafka: downloading Kafka $KAFKA_VERSION into $lib ..." >&2
  rm -rf "$lib"
  mvn -q -B -f "$work/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$lib" >&2
  rm -rf "$work"
  touch "$lib/.complete"
}

write_config() {
  local data=$1
  cat > "$config" <<PROPS
node.id=1
process.roles=broker,controller
controller.quorum.voters=1@localhost:$CONTROLLER_PORT
listeners=PLAINTEXT://localhost:$PORT,CONTROLLER://localhost:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://localhost:$PORT
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
log.dirs=$data
num.partitions=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
  cat > "$run_dir/log4j2.properties" <<'LOG'
rootLogger.level = INFO
rootLogger.appenderRef.stdout.ref = STDOUT
appender.stdout.type = Console
appender.stdout.name = STDOUT
appender.stdout.layout.type = PatternLayout
appender.stdout.layout.pattern = [%d] %p %m (%c)%n
logger.kafka.name = kafka
logger.kafka.level = INFO
logger.apache.name = org.apache.kafka
logger.apache.level = WARN
LOG
}

start() {
  local pid
  if pid=$(running_pid); then
    echo "local-kafka: already running (pid $pid) on localhost:$PORT"
    return 0
  fi
  command -v java >/dev/null || die "java is needed"
  fetch_libs
  mkdir -p "$run_dir"
  local data=${DATA_DIR:-$run_dir/data}
  [ -n "${DATA_DIR:-}" ] || rm -rf "$data"
  mkdir -p "$data"
  write_config "$data"
  # A fresh log per start, so the readiness check below cannot match an earlier run.
  [ -f "$log_file" ] && mv -f "$log_file" "$log_file.1"
  # A leading '-' would make the storage tool read the id as an option (1 start in 64 failed so).
  local cluster_id=-
  while [[ $cluster_id == -* ]]; do
    cluster_id=$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=')
  done
  java -cp "$lib/*" -Dlog4j2.configurationFile="$run_dir/log4j2.properties" kafka.tools.StorageTool \
    format --ignore-formatted -t "$cluster_id" -c "$config" > "$log_file" 2>&1 \
    || die "formatting $data failed; see $log_file"
  # shellcheck disable=SC2086
  nohup java ${KAFKA_HEAP_OPTS:--Xmx512m} -Dlog4j2.configurationFile="$run_dir/log4j2.properties" \
    -cp "$lib/*" kafka.Kafka "$config" >> "$log_file" 2>&1 < /dev/null &
  pid=$!
  echo "$pid" > "$pid_file"
  local waited=0
  until grep -q "Kafka Server started" "$log_file" && (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; do
    kill -0 "$pid" 2>/dev/null || { rm -f "$pid_file"; tail -n 30 "$log_file" >&2; die "broker exited; see $log_file"; }
    [ "$waited" -lt $((START_TIMEOUT * 5)) ] || { stop; die "broker did not start within ${START_TIMEOUT}s; see $log_file"; }
    sleep 0.2
    waited=$((waited + 1))
  done
  echo "local-kafka: running (pid $pid) on localhost:$PORT, data $data, log $log_file"
}

stop() {
  local pid
  if ! pid=$(running_pid); then
    rm -f "$pid_file"
    echo "local-kafka: not running on localhost:$PORT"
    return 0
  fi
  kill -TERM "$pid"
  local waited=0
  while kill -0 "$pid" 2>/dev/null; do
    if [ "$waited" -ge 150 ]; then
      echo "local-kafka: broker ignored SIGTERM for 30s; killing it" >&2
      kill -KILL "$pid" 2>/dev/null || true
      break
    fi
    sleep 0.2
    waited=$((waited + 1))
  done
  rm -f "$pid_file"
  echo "local-kafka: stopped (pid $pid)"
}

status() {
  local pid
  if pid=$(running_pid); then
    echo "local-kafka: running (pid $pid) on localhost:$PORT"
  else
    echo "local-kafka: not running on localhost:$PORT"
    return 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  fetch) fetch_libs; echo "$lib" ;; # the downloaded jars' folder, e.g. for an image
  *) echo "usage: $0 start|stop|status|fetch" >&2; exit 2 ;;
esac
