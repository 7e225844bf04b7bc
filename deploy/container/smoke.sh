#!/usr/bin/env bash
# Builds the image and runs it as docker-compose.yml and the Helm chart do (read-only root, tmpfs /tmp,
# a state volume, the image's non-root user) against a real broker (deploy/local-kafka.sh on the host
# network), then checks what a user relies on. Exit 0 only if every check holds.
#
#   deploy/container/smoke.sh
#
# Environment:
#   BASES       auto (default): the public base images when Docker Hub answers, else local ones from
#               deploy/container/base-images.sh; or public, local
#   IMAGE       test this image instead of building one
#   KEEP_IMAGE  1: keep the image it built (localhost/incident-alerts-smoke:<pid>)
# Everything it makes is named incident-alerts-smoke-<pid> and removed on exit, pass or fail.
# Needs root, podman (runc), curl, kcat, java and mvn (for the broker).
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

GRACE=45 # the compose stop_grace_period and the chart's terminationGracePeriodSeconds
name=incident-alerts-smoke-$$
for tool in podman curl kcat java mvn; do
  command -v "$tool" >/dev/null || die "$tool is needed"
done

built_image=
broker_port=$(free_port)
controller_port=$(free_port)
http_port=$(free_port)
[ "$broker_port" != "$controller_port" ] && [ "$http_port" != "$broker_port" ] && [ "$http_port" != "$controller_port" ] \
  || die "free_port picked one port twice; run again"
deploy_kafka() { CONTROLLER_PORT=$controller_port "$repo_dir/deploy/local-kafka.sh" "$@"; }
cleanup() {
  local status=$?
  if podman container exists "$name"; then
    [ "$status" -eq 0 ] || podman logs --tail 40 "$name" >&2 || true
    without_timer_noise podman rm -f -t 0 "$name" >/dev/null || true
  fi
  if podman volume exists "$name-state"; then podman volume rm -f "$name-state" >/dev/null || true; fi
  PORT=$broker_port deploy_kafka stop >/dev/null 2>&1 || true
  rm -rf "${XDG_CACHE_HOME:-$HOME/.cache}/incident-alerts/local-kafka-$broker_port"
  if [ -n "$built_image" ] && [ "${KEEP_IMAGE:-0}" != 1 ]; then
    podman rmi -f "$built_image" >/dev/null 2>&1 || true
  fi
  exit "$status"
}
trap cleanup EXIT
passed=0
ok() { passed=$((passed + 1)); say "ok $passed - $*"; }

# Polls until the command succeeds; fails when the container has exited or the time is up.
wait_for() {
  local what=$1 timeout=$2 start
  shift 2
  start=$(date +%s)
  until "$@" >/dev/null 2>&1; do
    [ "$(podman inspect -f '{{.State.Running}}' "$name")" = true ] || die "container exited while waiting for $what"
    [ "$(seconds_since "$start")" -lt "$timeout" ] || die "$what not within ${timeout}s"
    sleep 1
  done
}

# --- the image
if [ -n "${IMAGE:-}" ]; then
  image=$IMAGE
  podman image exists "$image" || die "no image $image"
else
  case ${BASES:-auto} in
    public) local_bases=0 ;;
    local) local_bases=1 ;;
    auto) if registry_reachable; then local_bases=0; else local_bases=1; fi ;;
    *) die "BASES is auto, public or local" ;;
  esac
  if [ "$local_bases" = 1 ]; then
    say "no registry: local base images from Debian packages"
    read -r -a base_args <<< "$("$container_dir/base-images.sh")"
  else
    base_args=(--build-arg BUILD_IMAGE=docker.io/library/maven:3.9.11-eclipse-temurin-17
               --build-arg RUNTIME_IMAGE=docker.io/library/eclipse-temurin:17-jre-noble)
  fi
  image=localhost/incident-alerts-smoke:$$
  say "building $image (${base_args[*]})"
  start=$(date +%s)
  built_image=$image
  # --format docker: the OCI format has no HEALTHCHECK.
  podman build -q --network host --format docker "${base_args[@]}" -t "$image" "$repo_dir" >/dev/null
  say "built in $(seconds_since "$start") s (load $(load))"
fi
[ "$(podman image inspect -f '{{.HealthCheck.Test}}' "$image")" != "[]" ] || die "the image has no HEALTHCHECK"

# --- a broker
PORT=$broker_port deploy_kafka start >/dev/null
say "broker on localhost:$broker_port"

# --- the service, as compose runs it (host network: the broker listens on the host's loopback)
podman volume create "$name-state" >/dev/null
start=$(date +%s)
without_timer_noise podman run -d --name "$name" --network host --read-only --tmpfs /tmp:exec,mode=1777,size=64m \
  -v "$name-state:/var/lib/incident-alerts" --stop-timeout "$GRACE" \
  -e KAFKA_BOOTSTRAP_SERVERS="localhost:$broker_port" -e INCIDENT_ALERTS_HTTP_PORT="$http_port" \
  -e INCIDENT_ALERTS_TOPICS_PARTITIONS=3 -e INCIDENT_ALERTS_TOPICS_REPLICATION=1 \
  "$image" > /dev/null
base=http://127.0.0.1:$http_port
wait_for "/health/live" 120 curl -sf "$base/health/live"
ok "/health/live answers 200 ($(seconds_since "$start") s after podman run)"
wait_for "/health/ready" 180 curl -sf "$base/health/ready"
ok "/health/ready answers 200 ($(seconds_since "$start") s after podman run, load $(load))"

health=$(podman healthcheck run "$name" 2>&1) || die "the image's HEALTHCHECK failed: $health"
ok "the image's HEALTHCHECK passes (podman healthcheck run: ${health:-healthy})"

uid=$(podman exec "$name" cat /proc/1/status | awk '/^Uid:/ {print $2}')
[ -n "$uid" ] && [ "$uid" != 0 ] || die "the service runs as uid '${uid}'"
ok "the service runs as uid $uid"
if podman exec "$name" touch /opt/incident-alerts/probe 2>/dev/null; then die "the root filesystem is writable"; fi
ok "the root filesystem is read-only"

# --- the seed article in, its alert out
seed_round_trip "localhost:$broker_port" > /dev/null
ok "the seed article came back as an ARMED_ASSAULT alert on incident.alerts"

metrics=$(curl -sf "$base/metrics") || die "/metrics did not answer"
grep -qE '^incident_alerts_alerts_total\{.*\} [1-9]' <<< "$metrics" || die "/metrics does not count the alert"
ok "/metrics scraped: $(grep -cE '^[a-z]' <<< "$metrics") samples, incident_alerts_alerts_total counts the alert"

# --- a clean stop: SIGTERM, out within the grace period, not killed
start=$(date +%s)
without_timer_noise podman stop -t "$GRACE" "$name" >/dev/null
took=$(seconds_since "$start")
code=$(podman inspect -f '{{.State.ExitCode}}' "$name")
[ "$code" = 0 ] || [ "$code" = 143 ] || die "exit status $code after SIGTERM (137: killed at the end of the grace period)"
[ "$took" -lt "$GRACE" ] || die "stopping took ${took}s, the grace period is ${GRACE}s"
ok "SIGTERM: stopped in ${took}s (grace ${GRACE}s), exit status $code"

say "PASS: $passed checks"
