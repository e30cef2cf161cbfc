#!/usr/bin/env bash
# Lints a MIB module with smilint (libsmi) and net-snmp, then writes the lint-clean MIB,
# the base MIBs and OID listings into the target directory for other tools and tests.
#
# smilint always exits 0, so the check fails on ANY smilint output at level 6.
# Both parsers run hermetically: no system or user config files, only the MIB
# directory below (Debian's /etc/smi.conf and /etc/snmp/snmp.conf are ignored).
#
# Usage: lint-mib.sh <mib-file> <target-dir> [smilint-level]
#   <mib-file>     the MIB source; its file name without extension is the module name
#   <target-dir>   must hold base-mibs/ (see fetch-base-mibs.sh and itu-alarm-mibs.py)
# Writes (under <target-dir>):
#   mibs/                      lint-clean MIB + base MIBs (for snmptranslate/snmptrapd -M)
#   dlc-mib-oids.txt           "name<TAB>numeric OID" for every node of the module
#   dlc-mib-notifications.txt  "name<TAB>numeric OID<TAB>obj1,obj2,..." (varbinds in order)
#   dlc-mib-identifiers.txt    smidump -f identifiers
#   dlc-mib-tree.txt           smidump -f tree
#   dlc-mib.xml                smidump -f xml (everything, incl. descriptions)
#   dlc-mib-snmptranslate.txt  snmptranslate -Tso of the loaded MIB tree
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "usage: $0 <mib-file> <target-dir> [smilint-level]" >&2
    exit 2
fi
src=$1
target=$2
level=${3:-6}
tag="[lint-mib]"

fail() {
    echo "$tag ERROR: $*" >&2
    exit 1
}

need() { # command, Debian package
    command -v "$1" >/dev/null 2>&1 ||
        fail "'$1' not found: install the Debian package $2 (apt-get install -y $2)"
}
need smilint smitools
need smidump smitools
need snmptranslate snmp

[ -f "$src" ] || fail "MIB source $src not found"
base="$target/base-mibs"
for m in SNMPv2-SMI SNMPv2-TC SNMPv2-CONF SNMPv2-MIB; do
    [ -s "$base/$m.mib" ] || fail "$base/$m.mib missing: run fetch-base-mibs.sh first"
done
for m in IANA-ITU-ALARM-TC-MIB ITU-ALARM-TC-MIB; do
    [ -s "$base/$m.mib" ] || fail "$base/$m.mib missing: run itu-alarm-mibs.py first"
done

file=$(basename "$src")
module=${file%.*}

mibs="$target/mibs"
lintdir="$target/mib-lint"
scratch="$target/mib-scratch"
outputs=("$target/dlc-mib-oids.txt" "$target/dlc-mib-notifications.txt"
         "$target/dlc-mib-identifiers.txt" "$target/dlc-mib-tree.txt"
         "$target/dlc-mib.xml" "$target/dlc-mib-snmptranslate.txt")
# Nothing stale survives a failed check.
rm -rf "$mibs" "$lintdir" "$scratch" "${outputs[@]}"
mkdir -p "$lintdir" "$scratch/persistent" "$scratch/snmpconf"
cp "$base"/*.mib "$lintdir/"
cp "$src" "$lintdir/$module.mib"

# --- libsmi ------------------------------------------------------------------------
smiconf="$scratch/smi.conf"
: > "$smiconf"
smi() { # tool args...: only the lint directory, no config file
    local tool=$1
    shift
    SMIPATH="$lintdir" "$tool" -c "$smiconf" "$@"
}

echo "$tag smilint -l $level $module ($src)"
lint=$(smi smilint -l "$level" -s "$lintdir/$module.mib" 2>&1) || true
if [ -n "$lint" ]; then
    # Point at the source file rather than the copy.
    printf '%s\n' "$lint" | sed "s|$lintdir/$module.mib|$src|g" >&2
    fail "smilint reported problems in $src (level $level); fix them"
fi

# (awk reads to the end: an early exit would kill smidump with SIGPIPE under pipefail)
defined=$(smi smidump -f identifiers "$lintdir/$module.mib" 2>&1 |
          awk '!/^#/ && NF && !found { print $1; found = 1 }')
[ "$defined" = "$module" ] ||
    fail "$src must define module $module (file name = module name); smidump says: $defined"

# --- net-snmp ----------------------------------------------------------------------
export SNMP_PERSISTENT_DIR="$scratch/persistent"
export SNMPCONFPATH="$scratch/snmpconf"
unset MIBS MIBDIRS MIBFILES || true
nst() { # snmptranslate args...: only the lint directory and the module
    snmptranslate -Pw -M "$lintdir" -m "$module" "$@"
}
# Noise net-snmp prints for the macro definitions in the base MIBs.
noise='MACRO \(lines [0-9]+\.\.[0-9]+ parsed and ignored\)\.$|^Created directory: '

# The node of the MODULE-IDENTITY, the root of everything the module defines.
identity=$(smi smidump -f xml "$lintdir/$module.mib" |
           sed -n 's/.*<identity node="\([^"]*\)".*/\1/p' | sed -n 1p)
[ -n "$identity" ] || fail "$src has no MODULE-IDENTITY"
root=$(nst -On "$module::$identity" 2>"$scratch/err" || true)
if grep -Ev "$noise" "$scratch/err" | grep -q . || [[ ! "$root" =~ ^(\.[0-9]+)+$ ]]; then
    grep -Ev "$noise" "$scratch/err" >&2 || true
    fail "net-snmp could not load $module from $src (module identity $identity -> '$root')"
fi
root=${root#.}

nst -Tz > "$scratch/tz" 2>"$scratch/err" || fail "snmptranslate -Tz failed"
if grep -Ev "$noise" "$scratch/err" | grep -q .; then
    grep -Ev "$noise" "$scratch/err" >&2
    fail "net-snmp reported problems while loading $src"
fi

# --- outputs -----------------------------------------------------------------------
mkdir -p "$mibs"
cp "$lintdir"/*.mib "$mibs/"

# Every node at or below the module identity, in OID order: name<TAB>OID
tr -d '"' < "$scratch/tz" |
    awk -v root="$root" '$2 == root || index($2, root ".") == 1 { print $1 "\t" $2 }' \
    > "$target/dlc-mib-oids.txt"
[ -s "$target/dlc-mib-oids.txt" ] || fail "no OIDs found below $root"

nst -Tso > "$target/dlc-mib-snmptranslate.txt" 2>/dev/null
smi smidump -f identifiers "$mibs/$module.mib" > "$target/dlc-mib-identifiers.txt"
smi smidump -f tree "$mibs/$module.mib" > "$target/dlc-mib-tree.txt"
smi smidump -f xml "$mibs/$module.mib" > "$target/dlc-mib.xml"

# Notifications: name<TAB>OID<TAB>varbind objects in order (from net-snmp's parse)
: > "$target/dlc-mib-notifications.txt"
for n in $(awk '!/^#/ && $3 == "notification" { print $2 }' "$target/dlc-mib-identifiers.txt"); do
    oid=$(nst -On "$module::$n" 2>/dev/null)
    objects=$(nst -Td "$module::$n" 2>/dev/null |
              sed -n 's/^ *OBJECTS[[:space:]]*{ *\(.*[^ ]\) *}.*/\1/p' | tr -d ' ')
    printf '%s\t%s\t%s\n' "$n" "${oid#.}" "$objects" >> "$target/dlc-mib-notifications.txt"
done

count=$(wc -l < "$target/dlc-mib-oids.txt")
echo "$tag OK: $module is lint-clean; $count OIDs below $root in $target/dlc-mib-oids.txt;" \
     "MIBs for -M in $mibs"
