# What the bench scripts share, beside the shared anchors' lib.sh (free_port, http_status, alive, stop_pid), which a
# script sources first.

# The token of the seed's UnifiedAPI user app from the emulator at BASE.
uapi_token() {
  curl -s "$1/oauth/token.php" \
    -d 'client_id=uapi-user-app&client_secret=uapi-user-secret&grant_type=client_credentials&type=unifiedapi' |
    sed -n 's/.*"access_token" *: *"\([^"]*\)".*/\1/p'
}

# Sets the array route_target to wrk's URL and script arguments for the anchors' route A (ROUTE=A: every POST a call
# of a source number of its own, answered after 3 s, ended 5 s later) or B (the GET list of 0003*210).
# Usage: route_target ROUTE BASE ANCHORS
route_target() {
  if [[ $1 == B ]]; then
    route_target=("$2/uapi/phoneCalls/@me/0003*210")
  else
    route_target=("$2/uapi/phoneCalls/@me/simple?callDuration=5" -- "$3/call.json" fresh-source)
  fi
}

# wrk -t1 for WARMUP, then for DURATION with --latency; prints the anchors' BENCH line (BENCH req/s p50 p99 requests
# errors, in µs) with the CPU µs per request of the server PID appended.
# Usage: measured_wrk PID WARMUP DURATION CONNECTIONS WRK_ARGUMENTS...
measured_wrk() {
  local server=$1 warmup=$2 duration=$3 connections=$4 before after line requests
  shift 4
  wrk -t1 -c"$connections" -d"$warmup" "$@" >/dev/null
  before=$(awk '{ print $14 + $15 }' "/proc/$server/stat")
  line=$(wrk -t1 -c"$connections" -d"$duration" --latency "$@" | grep '^BENCH ')
  after=$(awk '{ print $14 + $15 }' "/proc/$server/stat")
  read -r _ _ _ _ requests _ <<<"$line"
  awk -v line="$line" -v j=$((after - before)) -v q="$requests" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%s %.1f\n", line, j * 1e6 / hz / q }'
}
