#!/usr/bin/env bash
# Container health check without curl or wget: one HTTP/1.0 GET over bash's /dev/tcp.
# Healthy when /health/live answers 200 within the timeout.
set -euo pipefail
port="${INCIDENT_ALERTS_HTTP_PORT:-8080}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET /health/live HTTP/1.0\r\nHost: localhost\r\n\r\n' >&3
read -r -t "${HEALTHCHECK_TIMEOUT:-3}" _ status _ <&3
[ "$status" = "200" ]
