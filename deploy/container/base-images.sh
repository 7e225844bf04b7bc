#!/usr/bin/env bash
# Base images for the Dockerfile made from Debian packages, for a machine without an image registry.
#
#   deploy/container/base-images.sh     # prints the --build-arg values for podman build
#
# Makes, once each (an image already there is kept; REBUILD=1 makes them again):
#   localhost/incident-alerts-debian:bookworm   debootstrap minbase, with this machine's extra CA certificates
#   localhost/incident-alerts-build:17          + openjdk-17-jdk-headless, maven   (BUILD_IMAGE)
#   localhost/incident-alerts-runtime:17        + openjdk-17-jre-headless          (RUNTIME_IMAGE)
# Environment: MIRROR (default: the Debian mirror apt uses here), SUITE (default bookworm).
# Needs root, podman, debootstrap.
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

SUITE=${SUITE:-bookworm}
DEBIAN_IMAGE=localhost/incident-alerts-debian:$SUITE
BUILD_IMAGE=localhost/incident-alerts-build:17
RUNTIME_IMAGE=localhost/incident-alerts-runtime:17

# The first Debian archive URI apt is configured with (deb822 or one-line sources).
apt_mirror() {
  grep -hsE '^(URIs:|deb )' /etc/apt/sources.list.d/*.sources /etc/apt/sources.list.d/*.list /etc/apt/sources.list \
    | grep -v security | sed -E 's/^URIs:[[:space:]]*//; s/^deb[[:space:]]+(\[[^]]*\][[:space:]]+)?//' \
    | awk '{print $1; exit}' || true
}
MIRROR=${MIRROR:-$(apt_mirror)}
MIRROR=${MIRROR:-http://deb.debian.org/debian}

wanted() { [ "${REBUILD:-0}" = 1 ] || ! podman image exists "$1"; }

make_debian() {
  wanted "$DEBIAN_IMAGE" || return 0
  command -v debootstrap >/dev/null || die "debootstrap is needed (apt-get install debootstrap)"
  local root
  root=$(mktemp -d)
  say "debootstrap $SUITE from $MIRROR (a few minutes)"
  debootstrap --variant=minbase "$SUITE" "$root" "$MIRROR" > "$root.log" 2>&1 \
    || { tail -n 20 "$root.log" >&2; rm -rf "$root" "$root.log"; die "debootstrap failed"; }
  # Where outgoing TLS is re-signed by a local proxy, tools in the images must trust what this machine trusts.
  if [ -d /usr/local/share/ca-certificates ]; then
    cp -a /usr/local/share/ca-certificates/. "$root/usr/local/share/ca-certificates/"
  fi
  rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
  tar -C "$root" -c . | podman import -q - "$DEBIAN_IMAGE" >/dev/null
  rm -rf "$root" "$root.log"
  say "made $DEBIAN_IMAGE"
}

# An image of the Debian base plus packages; ca-certificates brings the certificates above into the
# system store and (through ca-certificates-java) into Java's.
make_with_packages() {
  local image=$1; shift
  wanted "$image" || return 0
  say "building $image: $*"
  podman build -q --network host --format docker -t "$image" -f - "$container_dir" >/dev/null <<CONTAINERFILE
FROM $DEBIAN_IMAGE
RUN apt-get update -qq \\
 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ca-certificates $* >/dev/null \\
 && update-ca-certificates >/dev/null \\
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb
CONTAINERFILE
  say "made $image"
}

make_debian
make_with_packages "$BUILD_IMAGE" openjdk-17-jdk-headless maven
make_with_packages "$RUNTIME_IMAGE" openjdk-17-jre-headless
echo "--build-arg BUILD_IMAGE=$BUILD_IMAGE --build-arg RUNTIME_IMAGE=$RUNTIME_IMAGE"
