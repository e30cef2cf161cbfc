#!/usr/bin/env bash
# Runs the provisioned server in the foreground (used by ./mvnw -Prun package), in development mode.
# exec: Ctrl+C reaches the server JVM directly, which shuts down and leaves no process behind.
set -euo pipefail
server_dir=$1 data_dir=$2 port_offset=$3 tools_jar=$4 ear=$5 inputs_digest=$6
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# The development license key, for the demo's and your own test license files: generated once into the data
# directory (never into the repository), kept on later runs. The server trusts it because of -Ddlc.development=true.
# (Checked here first: a JVM only to find the key there costs the start a second.)
if [ ! -f "$data_dir/development/license-key.pem" ] || [ ! -f "$data_dir/development/license-key.pub.pem" ]; then
  "$java" -jar "$tools_jar" license-keygen --out-dir "$data_dir/development" --keep-existing
fi
# Data directories from before issue 11 trust the development key that was published in the repository; the
# server would refuse every license file while it is there.
old_key="$data_dir/trusted-keys/dev-license-key.pub.pem"
if [ -f "$old_key" ]; then
  rm "$old_key"
  echo "Removed $old_key (the former, published development key; no longer trusted)."
fi
# This build's deployment (provisioning deploys it only when it provisions; reuse-server.sh may have kept the
# server), without the scanner's markers of the last run, then the record of the inputs the server is provisioned
# from, for the next run's reuse-server.sh.
deployments="$server_dir/standalone/deployments"
rm -f "$deployments/$(basename "$ear")".*
cp "$ear" "$deployments/"
cp "$inputs_digest" "$server_dir/.dlc-inputs"
# Class data sharing: the first run's JVM archives the classes it loaded when it stops (Ctrl+C), later runs map
# them instead of loading them again (about 2 s of the server's 14 s start). The archive goes with the server:
# reuse-server.sh deletes both when the inputs change; a stale or foreign one is ignored (checked by the JVM).
cds_archive="$server_dir/dlc-run.jsa"
if [ -f "$cds_archive" ]; then
  cds_option="-XX:SharedArchiveFile=$cds_archive"
else
  cds_option="-XX:ArchiveClassesAtExit=$cds_archive"
  echo "Class data sharing: this run's classes are archived when the server stops, for faster starts next time."
fi
export PREPEND_JAVA_OPTS="${PREPEND_JAVA_OPTS:-} $cds_option -Xlog:cds*=off"
unset LAUNCH_JBOSS_IN_BACKGROUND
exec "$server_dir/bin/standalone.sh" \
  -Djboss.socket.binding.port-offset="$port_offset" \
  -Ddlc.data.dir="$data_dir" \
  -Ddlc.development=true \
  -Ddlc.snmp.port="$((1161 + port_offset))"
