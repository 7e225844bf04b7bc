# Shared by the scripts in deploy/container (sourced, not run).
# shellcheck shell=bash
container_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_dir=$(cd "$container_dir/../.." && pwd)
export CONTAINERS_CONF=${CONTAINERS_CONF:-$container_dir/containers.conf}

say() { echo "[$(date -u +%H:%M:%S)] $*" >&2; }
die() { say "FAIL: $*"; exit 1; }

# A TCP port nothing on this host answers on (a random pick, tried with bash's /dev/tcp). It is taken
# below the kernel's ephemeral range: a port from inside it, free when picked, can be handed to an
# outgoing connection (the image build's) before the broker binds it.
free_port() {
  local port ephemeral_low
  ephemeral_low=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  [ "$ephemeral_low" -gt 20000 ] 2>/dev/null || ephemeral_low=32768
  while :; do
    port=$((10000 + RANDOM % (ephemeral_low - 10000)))
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || { echo "$port"; return; }
  done
}

# Whether Docker Hub answers (401 without a token is an answer); no registry here means local base images.
registry_reachable() {
  local code
  code=$(curl -s -o /dev/null -m 10 -w '%{http_code}' https://registry-1.docker.io/v2/ 2>/dev/null) || true
  [ "$code" = 401 ] || [ "$code" = 200 ]
}

# Podman's health check timers need systemd; without it, it logs an error for each container it
# starts or stops. The checks run through `podman healthcheck run` instead, so those lines are dropped.
without_timer_noise() {
  local status=0
  "$@" 2> >(grep -v 'unable to get systemd connection' >&2) || status=$?
  return "$status"
}

seconds_since() { echo $(( $(date +%s) - $1 )); }
load() { cut -d' ' -f1-3 /proc/loadavg; }

# Publishes seed-article.jsonl with kcat to BOOTSTRAP and waits for its alert on incident.alerts
# (committed records only, as an exactly-once service's consumers read); prints the alert.
seed_round_trip() {
  local bootstrap=$1 key alert
  key=$(sed -E 's/^\{"id":"([^"]+)".*/\1/' "$container_dir/seed-article.jsonl")
  kcat -P -b "$bootstrap" -t news.articles -k "$key" "$container_dir/seed-article.jsonl"
  alert=$(timeout 120 kcat -C -b "$bootstrap" -t incident.alerts -o beginning -c 1 -q \
            -X isolation.level=read_committed -f '%s\n') || die "no alert on incident.alerts within 120 s"
  grep -q "\"articleId\":\"$key\"" <<< "$alert" || die "the alert is not for $key: $alert"
  grep -q '"ARMED_ASSAULT"' <<< "$alert" || die "the alert is not an armed assault: $alert"
  echo "$alert"
}
