#!/usr/bin/env bash
# The floor under the emulator's HTTP costs, measured the way the shared anchors measure the emulator: bare Kestrel
# (the anchors' KestrelBare), the same stack as the emulator with empty MVC actions, and the minimal-API equivalent
# (bench/VoipUapi.HttpFloor, published as the emulator is: bench/publish.sh), each `wrk -t1 -c16 -d8s --latency`
# after a 2 s warm-up on POST .../simple and the GET list, with the server's CPU µs per request; then their cold
# starts (startup.sh). Needs wrk and curl.
#
# Usage: bench/floors.sh [ANCHORS_DIR]   (default: ../shared/bench-anchors beside the repository)
# Env:   DURATION (8s)  WARMUP (2s)  CONNECTIONS (16)  WORK (/tmp/voip-bench)
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
anchors=${1:-$repo/../shared/bench-anchors}
source "$anchors/lib.sh"
source "$repo/bench/lib.sh"
work=${WORK:-/tmp/voip-bench}
duration=${DURATION:-8s} warmup=${WARMUP:-2s} connections=${CONNECTIONS:-16}

dotnet publish "$anchors/KestrelBare" -c Release -o "$work/publish/KestrelBare" --nologo >/dev/null || exit 1
bash "$repo/bench/publish.sh" "$repo/bench/VoipUapi.HttpFloor" "$work/publish/HttpFloor" || exit 1

pid=""
trap '[[ -n $pid ]] && stop_pid "$pid"' EXIT

# Prints one table row per route: label|path|body file.
measure() {
  local name=$1 folder=$2 app=$3; shift 3
  local port base line
  port=$(free_port) base="http://127.0.0.1:$port"
  (cd "$folder" && exec dotnet "$app.dll" --urls "$base") >/dev/null 2>&1 &
  pid=$!
  until [[ $(http_status "$base/healthz") == 200 ]]; do alive "$pid" || { echo "$name did not start" >&2; exit 1; }; sleep 0.1; done
  for route in "$@"; do
    IFS='|' read -r label path body <<<"$route"
    line=$(measured_wrk "$pid" "$warmup" "$duration" "$connections" -s "$anchors/uapi.lua" "$base$path" -- ${body:+"$body"})
    read -r _ rps p50 p99 _ _ cpu <<<"$line"
    awk -v n="$name" -v l="$label" -v r="$rps" -v a="$p50" -v b="$p99" -v c="$cpu" \
      'BEGIN { printf "| %s | %s | %d | %.2f | %.2f | %.0f |\n", n, l, r, a / 1000, b / 1000, c }'
  done
  stop_pid "$pid" && pid=""
}

body=$anchors/call.json
echo "wrk -t1 -c$connections -d$duration after a $warmup warm-up; $(nproc) cores shared by wrk and the server; $(date -Iseconds)"
echo
echo "| server | route | req/s | p50 ms | p99 ms | server CPU µs/req |"
echo "|---|---|---:|---:|---:|---:|"
measure KestrelBare "$work/publish/KestrelBare" KestrelBare \
  "A POST simple call|/uapi/phoneCalls/@me/simple|$body" "B GET call list|/uapi/phoneCalls/@me/0003*210|"
measure "empty MVC actions" "$work/publish/HttpFloor" VoipUapi.HttpFloor \
  "A POST simple call|/uapi/phoneCalls/@me/simple|$body" "B GET call list|/uapi/phoneCalls/@me/0003*210|"
measure "empty minimal-API handlers" "$work/publish/HttpFloor" VoipUapi.HttpFloor \
  "A POST simple call|/minimal/phoneCalls/@me/simple|$body" "B GET call list|/minimal/phoneCalls/@me/0003*210|"
echo
bash "$anchors/startup.sh" "$work/publish/KestrelBare" | tail -1
bash "$anchors/startup.sh" "$work/publish/HttpFloor" | tail -1
