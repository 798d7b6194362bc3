#!/bin/sh
# A short scenario against the emulator of docker-compose.yml, by service name, on its frozen clock: Ada's extension
# 100 calls 101, both answer after 2 s, the UnifiedAPI lists the call as on call, a UnifiedAPI hang-up ends it, and
# the control API's history says it was answered. Exits non-zero at the first step that goes otherwise.
set -eu
B=${EMULATOR:-http://emulator:8080}
step() { printf 'scenario: %s\n' "$*"; }
fail() { printf 'scenario FAILED: %s\n' "$*" >&2; exit 1; }

step "the seed mounted from the host is loaded"
TOKEN=$(curl -sf "$B/oauth/token.php" \
  -d 'client_id=rig-app&client_secret=rig-secret&grant_type=client_credentials&type=unifiedapi' | jq -r .access_token)
[ -n "$TOKEN" ] && [ "$TOKEN" != null ] || fail "no token for rig-app"

step "the clock is frozen (Emulator__Clock=manual)"
[ "$(curl -sf "$B/emulator/clock" | jq -r .mode)" = manual ] || fail "the clock is not manual"

step "100 calls 101 through the UnifiedAPI"
ID=$(curl -sf -X POST "$B/uapi/phoneCalls/@me/simple" -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
  -d '{"extension":"100","phoneCallView":[{"source":["0007*100"],"destination":["0007*101"]}]}' | jq -r '.[0].id')
[ -n "$ID" ] && [ "$ID" != null ] || fail "the call was not placed"

step "4 s pass on the control API's clock: both phones answer"
curl -sf -X POST "$B/emulator/clock/advance" -d '{"seconds":4}' > /dev/null
PHASE=$(curl -sf "$B/emulator/calls/$ID" | jq -r .phase)
[ "$PHASE" = connected ] || fail "call $ID is $PHASE, not connected"
STATUS=$(curl -sf "$B/uapi/phoneCalls/@me/100/$ID" -H "Authorization: Bearer $TOKEN" | jq -r '.entry[0].phoneCallView[0].status')
[ "$STATUS" = 5 ] || fail "the UnifiedAPI shows status $STATUS, not 5 (on call)"

step "a UnifiedAPI hang-up ends it, answered"
curl -sf -X DELETE "$B/uapi/phoneCalls/@me/100/$ID" -H "Authorization: Bearer $TOKEN" > /dev/null
DISPOSITION=$(curl -sf "$B/emulator/calls/$ID" | jq -r .disposition)
[ "$DISPOSITION" = answered ] || fail "call $ID ended $DISPOSITION, not answered"

step "passed"
