#!/usr/bin/env bash
# The app syncs an enrolled store when it starts: the clinic's group and
# sessions, absent after enrolling, are there once the app has run.
# Usage: appsync.sh CIRCLE_SERVER CIRCLECTL CIRCLE_APP   (needs a key store)
set -euo pipefail
server=$1 ctl=$2 app=$3
dir=$(mktemp -d)
"$server" dev --data-dir "$dir/srv" --seed-demo >"$dir/log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$dir"' EXIT
for _ in $(seq 1 150); do grep -q '^circle-server listening on ' "$dir/log" && break; sleep 0.2; done
invite=$(sed -n 's/^invite //p' "$dir/log")
"$ctl" --data-dir "$dir/phone" enroll "$invite" >/dev/null
groups() { "$ctl" --data-dir "$dir/phone" stats | awk '$1 == "group" {print $2}'; }
[ "$(groups)" = 0 ] || { echo "expected no group before the app ran"; exit 1; }
# The app syncs at start; give it a few seconds, then end it as a phone would.
QT_QPA_PLATFORM=offscreen timeout 8 "$app" --data-dir "$dir/phone" || [ $? -eq 124 ]
[ "$(groups)" = 1 ] || { echo "the app did not sync the clinic's group"; exit 1; }
echo "the app synced the enrolled store at start"
