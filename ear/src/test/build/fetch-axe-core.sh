#!/usr/bin/env bash
# Fetches axe-core (the accessibility rules the browser tests run in every page, AccessibilityIT) from the npm
# registry, pinned to one version and checked against a pinned SHA-512, with mibs/src/build/npm-pack-pinned.sh, as the
# base MIBs are fetched. Never from a CDN; never committed. Skips the download when the same version is there.
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
work="$target/npm-axe-core"
rm -rf "$out"
"$(dirname "$0")/../../../../mibs/src/build/npm-pack-pinned.sh" "$work" axe-core "$version" "$sha512" axe.min.js LICENSE
mkdir -p "$out"
cp "$work/package/axe.min.js" "$work/package/LICENSE" "$out/"
touch "$stamp"
echo "[fetch-axe-core] wrote $out/axe.min.js"
