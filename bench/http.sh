#!/usr/bin/env bash
# Publishes the emulator as the Dockerfile does and measures it with the shared anchors, beside bare Kestrel and
# WireMock.Net: req/s, p50/p99, server CPU µs per request and peak RSS for POST .../simple and the GET list at
# 16 connections (run.sh), then the cold start to /healthz (startup.sh). Needs wrk and curl
# (apt-get install -y wrk curl). Results: docs/performance.md.
#
# Usage: bench/http.sh [ANCHORS_DIR]   (default: ../shared/bench-anchors beside the repository)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
anchors=${1:-$repo/../shared/bench-anchors}
publish=${PUBLISH_DIR:-/tmp/voipuapi-publish}

dotnet publish "$repo/src/VoipUapi.Api" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$publish" --nologo >/dev/null
bash "$anchors/run.sh" "$publish"
bash "$anchors/startup.sh" "$publish"
bash "$anchors/startup.sh" "${WORK:-/tmp/voip-bench}/publish/KestrelBare"
