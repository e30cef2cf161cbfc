#!/usr/bin/env bash
# Runs the provisioned server in the foreground (used by ./mvnw -Prun package).
# exec: Ctrl+C reaches the server JVM directly, which shuts down and leaves no process behind.
set -euo pipefail
server_dir=$1 data_dir=$2 port_offset=$3 dev_key=$4
mkdir -p "$data_dir/trusted-keys"
# A development server trusts the development license key, so the demo can install its license file.
cp "$dev_key" "$data_dir/trusted-keys/"
unset LAUNCH_JBOSS_IN_BACKGROUND
exec "$server_dir/bin/standalone.sh" \
  -Djboss.socket.binding.port-offset="$port_offset" \
  -Ddlc.data.dir="$data_dir" \
  -Ddlc.snmp.port="$((1161 + port_offset))"
