#!/usr/bin/env bash
# Vendor the phone page's map library (Leaflet) into desktop/cosafe/room/page/leaflet/:
# its script, its style and its licence, at the pinned version below, so the room asks
# no other host for anything. The package comes from the npm registry with `npm pack`
# and must match the pinned sha256, so the same command gives the same files.
# To update: change VERSION, run with --print-sha to see the new archive's sha256,
# check the library's changes, put the new sum in SHA256 and run again.
set -euo pipefail

VERSION="1.9.4"
SHA256="84c65a256e50657896f54c33bd857b6849ebe94c817803be818bf32a3dde0b77"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TARGET="$ROOT/desktop/cosafe/room/page/leaflet"
command -v npm >/dev/null 2>&1 || { echo "vendor_map_library: npm is needed (Node.js)" >&2; exit 1; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "leaflet@$VERSION" >/dev/null)
archive="$work/leaflet-$VERSION.tgz"
actual="$(sha256sum "$archive" | cut -d' ' -f1)"
if [ "${1:-}" = "--print-sha" ]; then
  echo "$actual"
  exit 0
fi
if [ "$actual" != "$SHA256" ]; then
  echo "vendor_map_library: leaflet-$VERSION.tgz has sha256 $actual, not the pinned $SHA256" >&2
  exit 1
fi
tar -xzf "$archive" -C "$work" package/LICENSE package/dist/leaflet.js package/dist/leaflet.css
mkdir -p "$TARGET"
cp "$work/package/dist/leaflet.js" "$work/package/dist/leaflet.css" "$TARGET/"
cp "$work/package/LICENSE" "$TARGET/LICENSE"
echo "leaflet $VERSION (npm, sha256 $SHA256)" > "$TARGET/VERSION"
echo "vendor_map_library: leaflet $VERSION in ${TARGET#$ROOT/}"
