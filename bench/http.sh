#!/usr/bin/env bash
# Publishes the emulator as the Dockerfile does and measures it with the shared anchors, beside bare Kestrel and
# WireMock.Net: req/s, p50/p99, server CPU µs per request and peak RSS for POST .../simple and the GET list at
# 16 connections (run.sh), then the cold start to /healthz (startup.sh). Needs wrk and curl
# (apt-get install -y wrk curl). Route A is the anchors' real-call POST: every request a source number of its own, so
# every POST places a call that rings, answers after 3 s and ends 5 s later. The tables, with the load average
# before and after, are recorded in $RESULTS (default bench/results/http-UTCSTAMP.md); docs/performance.md quotes them.
#
# Usage: bench/http.sh [ANCHORS_DIR]   (default: ../shared/bench-anchors beside the repository)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
anchors=${1:-$repo/../shared/bench-anchors}
publish=${PUBLISH_DIR:-/tmp/voipuapi-publish}

bash "$repo/bench/publish.sh" "$repo/src/VoipUapi.Api" "$publish"
results=${RESULTS:-$repo/bench/results/http-$(date -u +%Y%m%dT%H%MZ).md}
mkdir -p "$(dirname "$results")"
{
  echo "# bench/http.sh, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  bash "$anchors/run.sh" "$publish"
  echo
  echo "VoipUapi cold start:"
  bash "$anchors/startup.sh" "$publish"
  echo "KestrelBare cold start:"
  bash "$anchors/startup.sh" "${WORK:-/tmp/voip-bench}/publish/KestrelBare"
  echo
  echo "Load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$results"
