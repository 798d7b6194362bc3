#!/usr/bin/env bash
# Publishes a project as the Dockerfile publishes the emulator: Release, linux-x64, self-contained, one composite
# ReadyToRun image of the app and the framework (docs/decisions/0034). The folder runs with `dotnet APP.dll`, as the
# shared anchors start it, or with its own `./APP`.
#
# Usage: bench/publish.sh PROJECT_DIR OUTPUT_DIR
set -euo pipefail
project=${1:?usage: bench/publish.sh PROJECT_DIR OUTPUT_DIR}
output=${2:?usage: bench/publish.sh PROJECT_DIR OUTPUT_DIR}
dotnet publish "$project" -c Release -r linux-x64 --self-contained true -p:PublishReadyToRun=true \
  -p:PublishReadyToRunComposite=true -o "$output" --nologo >/dev/null
