#!/usr/bin/env bash
# Fetches the standard base MIB modules that DLC-MIB imports (SNMPv2-SMI, SNMPv2-TC,
# SNMPv2-CONF) plus SNMPv2-MIB (sysUpTime, snmpTrapOID for trap receivers) from the
# npm package net-snmp, pinned to one version and checked against a pinned SHA-512.
#
# Debian ships no IETF MIBs, and the npm registry is one of the few sources a build can
# reach; the files are never committed. Skips the download when the files of the same
# version are already in the output directory.
#
# Usage: fetch-base-mibs.sh <target-dir> <net-snmp-version> <sha512-hex-of-tarball>
# Writes: <target-dir>/base-mibs/{SNMPv2-SMI,SNMPv2-TC,SNMPv2-CONF,SNMPv2-MIB}.mib
set -euo pipefail

if [ $# -ne 3 ]; then
    echo "usage: $0 <target-dir> <net-snmp-version> <sha512-hex>" >&2
    exit 2
fi
target=$1
version=$2
sha512=$3

modules=(SNMPv2-SMI SNMPv2-TC SNMPv2-CONF SNMPv2-MIB)
out="$target/base-mibs"
stamp="$out/.net-snmp-$version"

have_all() {
    [ -f "$stamp" ] || return 1
    local m
    for m in "${modules[@]}"; do
        [ -s "$out/$m.mib" ] || return 1
    done
}

if have_all; then
    echo "[fetch-base-mibs] base MIBs from net-snmp@$version already in $out"
    exit 0
fi

members=()
for m in "${modules[@]}"; do
    members+=("lib/mibs/$m.mib")
done
work="$target/npm-net-snmp"
rm -rf "$out"
"$(dirname "$0")/npm-pack-pinned.sh" "$work" net-snmp "$version" "$sha512" "${members[@]}"
mkdir -p "$out"
for m in "${modules[@]}"; do
    cp "$work/package/lib/mibs/$m.mib" "$out/$m.mib"
done
touch "$stamp"
echo "[fetch-base-mibs] wrote ${modules[*]} to $out"
