#!/usr/bin/env bash
# Brings docker-compose.yml up for real on a machine without a Docker engine or an image registry:
# docker-compose (1.29) drives podman through its API socket, with compose.local-images.yml swapping
# the pulled images for ones built here. Checks that the service becomes healthy and that Prometheus
# scrapes it (up == 1), then takes the stack down again (containers, network, volumes), pass or fail.
#
#   deploy/container/compose-up.sh
#
# Grafana is not started: it has no Debian package, so no local image (see compose.local-images.yml).
# The images it builds stay for the next run (REBUILD=1 makes them again): the base images of
# base-images.sh, localhost/incident-alerts-kafka:4.3.1, localhost/incident-alerts-prometheus:debian
# and the service's incident-alerts:local. Host ports 8080, 9090 and 29092 must be free.
# Environment: KEEP=1 leaves the stack running (take it down with the printed command).
# Needs root, podman (runc, the CNI dnsname plugin), docker-compose, curl, kcat, java and mvn.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

project=incident-alerts-compose
KAFKA_IMAGE=localhost/incident-alerts-kafka:4.3.1
PROMETHEUS_IMAGE=localhost/incident-alerts-prometheus:debian
for tool in podman docker-compose curl kcat java mvn; do
  command -v "$tool" >/dev/null || die "$tool is needed"
done
for port in 8080 9090 29092; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then die "host port $port is taken"; fi
done

run_dir=$(mktemp -d)
compose() {
  docker-compose -p "$project" -f "$repo_dir/docker-compose.yml" -f "$container_dir/compose.local-images.yml" "$@"
}
service_pid=
driver_pid=
cleanup() {
  local status=$?
  if [ "${KEEP:-0}" = 1 ] && [ "$status" -eq 0 ]; then
    say "left running; take it down with: DOCKER_HOST=$DOCKER_HOST docker-compose -p $project down -v"
    return
  fi
  [ "$status" -eq 0 ] || compose logs --tail 30 >&2 || true
  compose down -v --remove-orphans >/dev/null 2>&1 || true
  [ -z "$driver_pid" ] || kill "$driver_pid" 2>/dev/null || true
  [ -z "$service_pid" ] || kill "$service_pid" 2>/dev/null || true
  rm -rf "$run_dir"
  exit "$status"
}
trap cleanup EXIT
wanted() { [ "${REBUILD:-0}" = 1 ] || ! podman image exists "$1"; }

# --- images
"$container_dir/base-images.sh" > /dev/null
if wanted "$KAFKA_IMAGE"; then
  say "building $KAFKA_IMAGE from Kafka's Maven artefacts"
  context=$run_dir/kafka
  cp -a "$container_dir/kafka" "$context"
  cp -a "$("$repo_dir/deploy/local-kafka.sh" fetch)" "$context/libs"
  podman build -q --network host --format docker -t "$KAFKA_IMAGE" "$context" > /dev/null
fi
if wanted "$PROMETHEUS_IMAGE"; then
  say "building $PROMETHEUS_IMAGE from Debian's prometheus package"
  podman build -q --network host --format docker -t "$PROMETHEUS_IMAGE" "$container_dir/prometheus" > /dev/null
fi

# --- docker-compose talks to podman's Docker-compatible API on a socket of its own
export DOCKER_HOST=unix://$run_dir/podman.sock
podman system service --time=0 "$DOCKER_HOST" > "$run_dir/service.log" 2>&1 &
service_pid=$!
until curl -sf --unix-socket "$run_dir/podman.sock" http://d/_ping > /dev/null; do
  kill -0 "$service_pid" 2>/dev/null || { cat "$run_dir/service.log" >&2; die "podman system service exited"; }
  sleep 0.2
done

start=$(date +%s)
say "building the service image with docker-compose (load $(load))"
compose build -q incident-alerts
say "built in $(seconds_since "$start") s (load $(load))"
[ "$(podman image inspect -f '{{.HealthCheck.Test}}' incident-alerts:local)" != "[]" ] \
  || die "the image docker-compose built has no HEALTHCHECK"

# Without systemd podman runs no health checks by itself, and depends_on: service_healthy waits for a
# status: this loop runs every compose container's check, as the timers would, every 10 s (the shortest
# interval in docker-compose.yml; Kafka's check is a JVM start, too costly to run more often).
drive_health_checks() {
  while :; do
    for id in $(podman ps -q --filter "label=com.docker.compose.project=$project"); do
      podman healthcheck run "$id" > /dev/null 2>&1 || true
    done
    sleep 10
  done
}
drive_health_checks &
driver_pid=$!

start=$(date +%s)
say "docker-compose up (Grafana not started: no local image)"
compose up -d --no-build 2> >(grep -v 'unable to get systemd connection' >&2)
say "up in $(seconds_since "$start") s (load $(load))"
# From here on the clock starts when up returns: on a loaded machine kafka-init alone (one JVM per
# topic) can take minutes, and up waits for it.
start=$(date +%s)

container=$(compose ps -q incident-alerts)
health() { podman inspect -f '{{.State.Healthcheck.Status}}' "$container"; }
until [ "$(health)" = healthy ]; do
  [ "$(podman inspect -f '{{.State.Running}}' "$container")" = true ] || die "incident-alerts exited"
  [ "$(seconds_since "$start")" -lt 300 ] || die "incident-alerts not healthy within 300 s"
  sleep 1
done
say "ok - incident-alerts healthy $(seconds_since "$start") s after up returned (load $(load))"

seed_round_trip localhost:29092 > /dev/null
say "ok - the seed article came back as an alert through the host listener localhost:29092"

query='up{job="incident-alerts"}'
until curl -sf -G http://localhost:9090/api/v1/query --data-urlencode "query=$query" \
        | grep -q '"value":\[[0-9.]*,"1"\]'; do
  [ "$(seconds_since "$start")" -lt 300 ] || die "Prometheus does not report $query == 1 within 300 s"
  sleep 2
done
say "ok - Prometheus reports $query == 1 ($(seconds_since "$start") s after up returned)"
compose ps
say "PASS"
