#!/usr/bin/env bash
# Keeps the provisioned server across ./mvnw -Prun package when what it is provisioned from is unchanged (issue 15:
# provisioning is 37 s of the run command's start). Run before provisioning: compares the digest of the inputs
# (the POMs, the CLI scripts and their properties, the module jars) with the one recorded in the server by
# run-server.sh; deletes the server when they differ, so that the provisioning step (which skips an existing
# server under -Prun) builds it again. The deployment is not an input: run-server.sh copies the new EAR each time.
set -euo pipefail
server_dir=$1 digest_file=$2
shift 2
digest=$(find "$@" -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -d' ' -f1)
echo "$digest" > "$digest_file"
if [ -d "$server_dir" ] && [ "$(cat "$server_dir/.dlc-inputs" 2>/dev/null)" = "$digest" ]; then
  echo "Reusing the server in $server_dir: provisioned from the same inputs ($digest)."
elif [ -d "$server_dir" ]; then
  echo "The server in $server_dir was provisioned from other inputs (or by another build): provisioning again."
  rm -rf "$server_dir"
fi
