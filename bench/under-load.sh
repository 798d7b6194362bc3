#!/usr/bin/env bash
# Runs the published emulator under the anchors' real-call POST (route A: a source number of its own per request, so
# every POST places a call that rings, answers after 3 s and ends 5 s later) and looks inside it while it works:
#   bench/under-load.sh gc    every garbage collection for 10 s: pause, generation, promoted bytes (dotnet-trace
#                             --profile gc-collect, read by `VoipUapi.Benchmarks -- gc-pauses`)
#   bench/under-load.sh allocations   the types that take the bytes the server allocates, for 10 s (dotnet-trace
#                             of the runtime's allocation ticks, read by `VoipUapi.Benchmarks -- allocation-ticks`)
#   bench/under-load.sh cpu   where the CPU goes for 8 s, by part of the product (Linux perf with the runtime's perf
#                             map, each sample charged to the first frame of ours or of a library; bench/cpu-parts.py).
#                             The workstation collector the emulator runs collects on the thread that allocated, so
#                             its work is charged to that part; DOTNET_gcServer=1 keeps it on threads of its own.
# after a warm-up of WARMUP (default 10s) under the same load. Needs wrk, curl, and for cpu `perf` (Debian:
# linux-perf); installs dotnet-trace as a global tool when missing.
# ROUTE=B loads the anchors' route B instead (the GET list of 0003*210 on the seed's calls, nothing placed).
# Env: PUBLISH_DIR (/tmp/voipuapi-publish, published here unless SKIP_PUBLISH=1), WARMUP (10s), ANCHORS (../shared/bench-anchors)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
anchors=${ANCHORS:-$repo/../shared/bench-anchors}
publish=${PUBLISH_DIR:-/tmp/voipuapi-publish}
mode=${1:?usage: bench/under-load.sh gc|allocations|cpu}
source "$anchors/lib.sh"
source "$repo/bench/lib.sh"
out=$(mktemp -d)

[[ ${SKIP_PUBLISH:-0} == 1 ]] || bash "$repo/bench/publish.sh" "$repo/src/VoipUapi.Api" "$publish"
port=$(free_port) base="http://127.0.0.1:$port"
if [[ $mode == cpu ]]; then
  # The perf map names the JIT's code; without ReadyToRun every hot method is JIT code perf can name.
  (cd "$publish" && DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 DOTNET_ReadyToRun=0 exec dotnet VoipUapi.Api.dll --urls "$base") >"$out/server.log" 2>&1 &
else
  (cd "$publish" && exec dotnet VoipUapi.Api.dll --urls "$base") >"$out/server.log" 2>&1 &
fi
pid=$!
trap 'stop_pid "$pid"; rm -rf "$out"' EXIT
for _ in {1..300}; do [[ $(http_status "$base/healthz") == 200 ]] && break; sleep 0.1; done
token=$(uapi_token "$base")
route_target "${ROUTE:-A}" "$base" "$anchors"
load() { wrk -t1 -c16 -d"$1" --latency -H "Authorization: Bearer $token" -s "$anchors/uapi.lua" "${route_target[@]}"; }

load "${WARMUP:-10s}" >/dev/null
load 14s >"$out/wrk.txt" &
wrk_pid=$!
sleep 2
if [[ $mode == gc || $mode == allocations ]]; then
  command -v dotnet-trace >/dev/null || [[ -x ~/.dotnet/tools/dotnet-trace ]] || dotnet tool install -g dotnet-trace >/dev/null
  reader=allocation-ticks
  if [[ $mode == gc ]]; then
    reader=gc-pauses
    PATH=$PATH:~/.dotnet/tools dotnet-trace collect -p "$pid" --profile gc-collect --duration 00:00:00:10 -o "$out/trace.nettrace" >/dev/null
  else
    # The runtime's GC keyword (0x1) at verbose level: an allocation tick about every 100 KB, naming the type.
    PATH=$PATH:~/.dotnet/tools dotnet-trace collect -p "$pid" --providers Microsoft-Windows-DotNETRuntime:0x1:5 --duration 00:00:00:10 -o "$out/trace.nettrace" >/dev/null
  fi
  wait "$wrk_pid"
  dotnet run -c Release --project "$repo/bench/VoipUapi.Benchmarks" -- "$reader" "$out/trace.nettrace"
else
  perf record -F 499 -g -p "$pid" -o "$out/perf.data" -- sleep 8 >/dev/null 2>&1
  wait "$wrk_pid"
  perf script -i "$out/perf.data" 2>/dev/null | python3 "$repo/bench/cpu-parts.py"
fi
echo "wrk during the measurement: $(sed -n 's/^BENCH \([0-9]*\) \([0-9]*\) \([0-9]*\) .*/\1 req\/s, p50 \2 µs, p99 \3 µs/p' "$out/wrk.txt")"
