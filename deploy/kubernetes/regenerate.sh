#!/usr/bin/env bash
# Re-renders incident-alerts.yaml from the Helm chart (default values) with the Helm engine the tests use,
# so no helm binary is needed.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$root"
mvn -q -B test -Dtest=PlainManifestsTest -Dsurefire.failIfNoSpecifiedTests=false -Dregenerate.manifests=true
echo "Wrote deploy/kubernetes/incident-alerts.yaml"
