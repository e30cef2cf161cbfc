#!/usr/bin/env bash
# Fetches axe-core (the accessibility rules the browser tests run in every page, AccessibilityIT) from the npm
# registry, pinned to one version and checked against a pinned SHA-512, as mibs/src/build/fetch-base-mibs.sh
# fetches the base MIBs. Never from a CDN; never committed. Skips the download when the same version is there.
#
# Usage: fetch-axe-core.sh <target-dir> <axe-core-version> <sha512-hex-of-tarball>
# Writes: <target-dir>/axe-core/axe.min.js
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 <target-dir> <axe-core-version> <sha512-hex>" >&2
    exit 2
fi
target=$1
version=$2
sha512=$3

out="$target/axe-core"
stamp="$out/.axe-core-$version"
if [ -f "$stamp" ] && [ -s "$out/axe.min.js" ]; then
    echo "[fetch-axe-core] axe-core@$version already in $out"
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "[fetch-axe-core] ERROR: npm not found; it is needed to fetch axe-core@$version for the browser tests." \
         "Install Node.js/npm (Debian package npm)." >&2
    exit 1
fi

work="$target/npm-axe-core"
rm -rf "$work" "$out"
mkdir -p "$work" "$out"
tarball="axe-core-$version.tgz"
echo "[fetch-axe-core] npm pack axe-core@$version"
(cd "$work" && npm pack --prefer-offline --no-audit --no-fund --loglevel=error "axe-core@$version" >/dev/null)
if [ ! -f "$work/$tarball" ]; then
    echo "[fetch-axe-core] ERROR: npm pack did not produce $work/$tarball" >&2
    exit 1
fi
actual=$(sha512sum "$work/$tarball" | cut -d' ' -f1)
if [ "$actual" != "$sha512" ]; then
    echo "[fetch-axe-core] ERROR: SHA-512 of $tarball is $actual, expected $sha512" >&2
    exit 1
fi
tar -xzf "$work/$tarball" -C "$work" package/axe.min.js package/LICENSE
cp "$work/package/axe.min.js" "$work/package/LICENSE" "$out/"
touch "$stamp"
echo "[fetch-axe-core] wrote $out/axe.min.js"
