#!/usr/bin/env bash
# The dashboard (/emulator/ui) in a real browser: Debian's chromium driven by playwright-core from npm (both
# installed when missing), against the emulator built from this clone, started here with --clock manual and a
# control key on a free loopback port, and ended by its PID. Screenshots go to $ARTIFACTS (default
# artifacts/browser). Ends with one line "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
artifacts=${ARTIFACTS:-$repo/artifacts/browser}
key=browser-test-key
work=$(mktemp -d)
emulator_pid=
finish() {
  [[ -n $emulator_pid ]] && kill "$emulator_pid" 2>/dev/null && wait "$emulator_pid" 2>/dev/null
  rm -rf "$work"
}
trap finish EXIT
fail() { echo "browser test: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

apt_install() {
  [[ $(id -u) -eq 0 ]] || fail "$* missing, and installing it needs root: apt-get install -y $*"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@"; } > "$work/apt.log" 2>&1 \
    || { tail -20 "$work/apt.log" >&2; fail "apt-get install $* failed"; }
}
command -v chromium > /dev/null || apt_install chromium
command -v node > /dev/null && command -v npm > /dev/null || apt_install nodejs npm
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error > "$work/npm.log" 2>&1) || { cat "$work/npm.log" >&2; fail "npm ci failed"; }

dotnet build "$repo/src/VoipUapi.Api" --nologo -v q -o "$work/emulator" > "$work/build.log" 2>&1 || { tail -20 "$work/build.log" >&2; fail "the emulator does not build"; }
dotnet "$work/emulator/VoipUapi.Api.dll" --urls http://127.0.0.1:0 --clock manual --control-key "$key" > "$work/emulator.log" 2>&1 &
emulator_pid=$!
url=
for _ in $(seq 1 120); do
  url=$(sed -n 's/.*Now listening on: \(http:\/\/127\.0\.0\.1:[0-9]*\).*/\1/p' "$work/emulator.log" | head -1)
  [[ -n $url ]] && break
  kill -0 "$emulator_pid" 2>/dev/null || { cat "$work/emulator.log" >&2; fail "the emulator stopped at start"; }
  sleep 0.5
done
[[ -n $url ]] || { cat "$work/emulator.log" >&2; fail "the emulator did not listen within 60 s"; }

mkdir -p "$artifacts"
(cd "$here" && EMULATOR_URL=$url CONTROL_KEY=$key ARTIFACTS=$artifacts node --test \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$work/results.tap" dashboard.test.mjs)
status=$?
passed=$(sed -n 's/^# pass \([0-9]*\)$/\1/p' "$work/results.tap")
failed=$(sed -n 's/^# fail \([0-9]*\)$/\1/p' "$work/results.tap")
passed=${passed:-0}
failed=${failed:-0}
if [[ $status -ne 0 && $failed -eq 0 ]]; then failed=1; fi
echo "screenshots: $artifacts"
echo "$passed passed, $failed failed"
[[ $status -eq 0 && $failed -eq 0 && $passed -gt 0 ]]
