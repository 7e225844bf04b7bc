#!/usr/bin/env bash
# Copies the console's third-party files from pinned npm packages into src/main/resources/console/vendor/,
# each package's licence beside its files. Usage: scripts/console/vendor.sh (needs npm; reaches only the
# npm registry). The files are committed; the service never fetches anything at run time.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="$repo/src/main/resources/console/vendor"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Pinned versions: change them only together with vendor/README.md.
npm install --prefix "$tmp" --no-audit --no-fund --no-save --ignore-scripts \
  leaflet@1.9.4 world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null
m="$tmp/node_modules"

rm -rf "$out/leaflet" "$out/world-atlas" "$out/topojson-client"
mkdir -p "$out/leaflet" "$out/world-atlas" "$out/topojson-client"
cp "$m/leaflet/dist/leaflet.js" "$m/leaflet/dist/leaflet.css" "$m/leaflet/LICENSE" "$out/leaflet/"
# Natural Earth 1:110m country outlines as TopoJSON (world-atlas: ISC; Natural Earth: public domain).
cp "$m/world-atlas/countries-110m.json" "$m/world-atlas/LICENSE" "$out/world-atlas/"
cp "$m/topojson-client/dist/topojson-client.min.js" "$m/topojson-client/LICENSE" "$out/topojson-client/"
ls -lR "$out"
