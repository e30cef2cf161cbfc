#!/usr/bin/env bash
# Packs one pinned npm package from the npm registry (never a CDN) into a work directory, checks the tarball
# against its pinned SHA-512 and extracts the given members under <work-dir>/package/. Shared by
# fetch-base-mibs.sh (net-snmp's base MIBs) and ear/src/test/build/fetch-axe-core.sh (axe-core).
#
# Usage: npm-pack-pinned.sh <work-dir> <package> <version> <sha512-hex-of-tarball> <member>...
set -euo pipefail

if [ $# -lt 5 ]; then
    echo "usage: $0 <work-dir> <package> <version> <sha512-hex> <member>..." >&2
    exit 2
fi
work=$1 package=$2 version=$3 sha512=$4
shift 4

if ! command -v npm >/dev/null 2>&1; then
    echo "[npm-pack-pinned] ERROR: npm not found; it is needed to fetch $package@$version." \
         "Install Node.js/npm (Debian package npm)." >&2
    exit 1
fi
rm -rf "$work"
mkdir -p "$work"
tarball="$package-$version.tgz"
echo "[npm-pack-pinned] npm pack $package@$version"
(cd "$work" && npm pack --prefer-offline --no-audit --no-fund --loglevel=error "$package@$version" >/dev/null)
if [ ! -f "$work/$tarball" ]; then
    echo "[npm-pack-pinned] ERROR: npm pack did not produce $work/$tarball" >&2
    exit 1
fi
actual=$(sha512sum "$work/$tarball" | cut -d' ' -f1)
if [ "$actual" != "$sha512" ]; then
    echo "[npm-pack-pinned] ERROR: SHA-512 of $tarball is $actual, expected $sha512" >&2
    exit 1
fi
tar -xzf "$work/$tarball" -C "$work" "${@/#/package/}"
