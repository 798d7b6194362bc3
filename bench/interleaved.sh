#!/usr/bin/env bash
# Interleaved rounds of the shared anchors' route A (the real-call POST) or B (the GET list of 0003*210) over several
# configurations, each a published folder started with its own environment, so that a machine whose speed drifts
# affects every configuration alike. Each run: a fresh process, `wrk -t1 -c16`, 4 s warm-up, 8 s measured; prints
# req/s, the server's CPU µs per request, p50, p99, errors and peak RSS.
#
# Usage: bench/interleaved.sh A|B LABEL=DIR[=ENV] ...   e.g.
#   bench/interleaved.sh A server=/tmp/pub=DOTNET_gcServer=1 workstation=/tmp/pub=DOTNET_gcServer=0
# DIR holds VoipUapi.Api.dll or the floor app's VoipUapi.HttpFloor.dll (bench/publish.sh). ENV is one NAME=VALUE.
# Env: ROUNDS (4), ANCHORS (../shared/bench-anchors). Needs wrk and curl.
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
anchors=${ANCHORS:-$repo/../shared/bench-anchors}
source "$anchors/lib.sh"
source "$repo/bench/lib.sh"
route=${1:?usage: bench/interleaved.sh A|B LABEL=DIR[=ENV] ...}; shift
[[ $route == A || $route == B ]] || { echo "route must be A or B, not '$route'" >&2; exit 2; }
(( $# > 0 )) || { echo "name at least one LABEL=DIR[=ENV]" >&2; exit 2; }
pid=""
trap '[[ -n $pid ]] && stop_pid "$pid"' EXIT

run() {
  local label=$1 dir=$2 setting=$3 port base app line peak
  app=VoipUapi.Api.dll; [[ -f $dir/VoipUapi.HttpFloor.dll ]] && app=VoipUapi.HttpFloor.dll
  [[ -f $dir/$app ]] || { echo "$dir holds neither VoipUapi.Api.dll nor VoipUapi.HttpFloor.dll" >&2; exit 2; }
  port=$(free_port) base="http://127.0.0.1:$port"
  (cd "$dir" && exec env ${setting:+"$setting"} dotnet "$app" --urls "$base") >/dev/null 2>&1 &
  pid=$!
  until [[ $(http_status "$base/healthz") == 200 ]]; do alive "$pid" || { echo "$label did not start" >&2; exit 1; }; sleep 0.1; done
  route_target "$route" "$base" "$anchors"
  line=$(measured_wrk "$pid" 4s 8s 16 -H "Authorization: Bearer $(uapi_token "$base")" -s "$anchors/uapi.lua" "${route_target[@]}")
  peak=$(awk '/VmHWM/ { print int($2 / 1024) }' "/proc/$pid/status")
  stop_pid "$pid"; pid=""
  read -r _ rps p50 p99 _ errors cpu <<<"$line"
  awk -v l="$label" -v r="$rps" -v a="$p50" -v b="$p99" -v c="$cpu" -v e="$errors" -v m="$peak" \
    'BEGIN { printf "%-14s %6d req/s  %6.1f µs/req  p50 %6.2f ms  p99 %7.2f ms  errors %d  peak RSS %d MiB\n", l, r, c, a / 1000, b / 1000, e, m }'
}

echo "route $route, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "${ROUNDS:-4}"); do
  for configuration in "$@"; do
    IFS='=' read -r label dir setting <<<"$configuration"
    run "$label" "$dir" "$setting"
  done
done
