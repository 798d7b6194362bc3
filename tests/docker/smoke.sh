#!/usr/bin/env bash
# The Docker image and examples/compose for real: builds the image with the unchanged Dockerfile, runs it and checks
# /healthz, the HEALTHCHECK, the non-root user, a token and a call through the port published on 127.0.0.1, a port
# moved by ASPNETCORE_HTTP_PORTS, a read-only root filesystem with every capability dropped, then runs the compose
# example's scenario. Installs what it needs (Debian's docker.io, debootstrap, docker-compose), starts dockerd only
# when none answers and ends only the one it started, by PID. Where Microsoft's registry is out of reach, the
# stand-ins of ../shared/docker (beside the clone; STANDINS_SCRIPT names another) provide the base images, and a
# runtime-deps stand-in is built from their Debian base (runtime-deps-standin.Dockerfile).
# Ends with one line "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
standins=${STANDINS_SCRIPT:-$repo/../shared/docker/make-standins.sh}
image=voipuapi:smoke
project=voipuapi-smoke
work=$(mktemp -d)
export DOCKER_BUILDKIT=0 COMPOSE_DOCKER_CLI_BUILD=0
passed=0
failed=0
containers=(default port9000 locked)
dockerd_pid=

t0=$SECONDS
say() { printf '[%4ds] %s\n' "$((SECONDS - t0))" "$*"; }
pass() { passed=$((passed + 1)); say "PASS $1"; }
failure() { failed=$((failed + 1)); say "FAIL $1"; [[ -n ${2:-} ]] && sed 's/^/    /' <<<"$2" | tail -30; }
# check NAME COMMAND...: one counted check, its output shown only when it fails
check() {
  local name=$1 output
  shift
  if output=$("$@" 2>&1); then pass "$name"; else failure "$name" "$output"; fi
}
finish() {
  local status=$?
  for name in "${containers[@]}"; do docker rm -f "$project-$name" > /dev/null 2>&1; done
  [[ -f $repo/examples/compose/docker-compose.yml ]] && (cd "$repo/examples/compose" && docker-compose -p "$project" down -v --rmi local > /dev/null 2>&1)
  if [[ -n $dockerd_pid ]]; then
    kill "$dockerd_pid" 2> /dev/null
    for _ in $(seq 1 40); do kill -0 "$dockerd_pid" 2> /dev/null || break; sleep 0.5; done
  fi
  rm -rf "$work"
  return $status
}
trap finish EXIT
give_up() { failure "$1" "${2:-}"; echo "$passed passed, $failed failed"; exit 1; }

# 1. Tools and a daemon
missing=()
command -v dockerd > /dev/null || missing+=(docker.io)
command -v docker-compose > /dev/null || missing+=(docker-compose)
command -v debootstrap > /dev/null || missing+=(debootstrap)
command -v curl > /dev/null || missing+=(curl)
if ((${#missing[@]} > 0)); then
  [[ $(id -u) -eq 0 ]] || give_up "tools: ${missing[*]} missing, and installing them needs root"
  say "apt-get install ${missing[*]}"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"; } > "$work/apt.log" 2>&1 \
    || give_up "tools: apt-get install ${missing[*]}" "$(tail -20 "$work/apt.log")"
fi
if ! docker info > /dev/null 2>&1; then
  say "starting dockerd (none answers)"
  dockerd > "$work/dockerd.log" 2>&1 &
  dockerd_pid=$!
  for _ in $(seq 1 60); do docker info > /dev/null 2>&1 && break; sleep 0.5; done
  docker info > /dev/null 2>&1 || give_up "dockerd starts" "$(tail -20 "$work/dockerd.log")"
fi

# 2. Base images: Microsoft's, or this machine's stand-ins for them
if [[ -f $standins ]]; then
  say "stand-ins for Microsoft's base images ($standins)"
  bash "$standins" > "$work/standins.log" 2>&1 || give_up "stand-in base images" "$(cat "$work/standins.log")"
fi
# runtime-deps, the runtime stage's base, is not among those stand-ins: one is made here from their Debian base
runtime_deps=mcr.microsoft.com/dotnet/runtime-deps:10.0
if ! docker image inspect "$runtime_deps" > /dev/null 2>&1 && docker image inspect voipuapi-local/bookworm-deps:12 > /dev/null 2>&1; then
  say "stand-in for $runtime_deps ($here/runtime-deps-standin.Dockerfile)"
  docker build -t "$runtime_deps" -f "$here/runtime-deps-standin.Dockerfile" "$here" > "$work/runtime-deps.log" 2>&1 \
    || give_up "stand-in for $runtime_deps" "$(tail -20 "$work/runtime-deps.log")"
fi
client_base=${CLIENT_BASE:-}
if [[ -z $client_base ]] && docker image inspect voipuapi-local/bookworm-deps:12 > /dev/null 2>&1; then
  client_base=voipuapi-local/bookworm-deps:12
fi

# 3. The image
say "docker build -t $image ."
build_start=$SECONDS
check "the image builds with the unchanged Dockerfile" docker build -t "$image" "$repo"
docker image inspect "$image" > /dev/null 2>&1 || give_up "no image to run"
size=$(docker image inspect -f '{{.Size}}' "$image")
say "image $image: $((size / 1000 / 1000)) MB ($size bytes), built in $((SECONDS - build_start)) s"

# run NAME PORT DOCKER-RUN-ARGS...: starts container $project-NAME (NAME one of $containers, which the exit
# removes) publishing PORT on a random 127.0.0.1 port, and prints that port
run() {
  local name=$project-$1 port=$2
  shift 2
  docker rm -f "$name" > /dev/null 2>&1
  docker run -d --name "$name" -p "127.0.0.1::$port" "$@" "$image" > /dev/null || return 1
  docker port "$name" "$port/tcp" | sed -n 's/^127\.0\.0\.1:\([0-9]*\)$/\1/p' | head -1
}
# healthz PORT: 200 from /healthz, retried while Docker's port proxy or Kestrel is not ready yet
healthz() {
  local code
  for _ in $(seq 1 60); do
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/healthz") && [[ $code == 200 ]] && return 0
    sleep 0.5
  done
  echo "GET /healthz on 127.0.0.1:$1 answered ${code:-nothing}"
  return 1
}
# healthy NAME: the image's own HEALTHCHECK reports healthy (its first check runs 10 s after start)
healthy() {
  local status
  for _ in $(seq 1 60); do
    status=$(docker inspect -f '{{.State.Health.Status}}' "$project-$1") && [[ $status == healthy ]] && return 0
    [[ $status == unhealthy ]] && break
    sleep 1
  done
  echo "health: ${status:-none}"
  docker inspect -f '{{range .State.Health.Log}}{{.ExitCode}} {{.Output}}{{end}}' "$project-$1"
  return 1
}
non_root() {
  local uid
  uid=$(docker exec "$project-$1" id -u) || return 1
  [[ $uid != 0 ]] || { echo "the emulator runs as root"; return 1; }
  echo "uid $uid"
}
# a_call PORT: a token of the default seed's User app, a simple call, and the call listed, through the published port
a_call() {
  local base="http://127.0.0.1:$1" token id listed
  token=$(curl -sf "$base/oauth/token.php" \
    -d 'client_id=uapi-user-app&client_secret=uapi-user-secret&grant_type=client_credentials&type=unifiedapi' \
    | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')
  [[ -n $token ]] || { echo "no token"; return 1; }
  id=$(curl -sf -X POST "$base/uapi/phoneCalls/@me/simple" -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"extension":"210","phoneCallView":[{"source":["0003*210"],"destination":["0003*00"]}]}' \
    | sed -n 's/.*"id":"\([0-9a-f]*\)".*/\1/p')
  [[ -n $id ]] || { echo "the call was not placed"; return 1; }
  listed=$(curl -sf "$base/uapi/phoneCalls/@me/210/$id" -H "Authorization: Bearer $token")
  grep -q "\"id\":\"$id\"" <<<"$listed" || { echo "call $id not listed: $listed"; return 1; }
  echo "call $id placed and listed"
}

say "container on the image's defaults"
if port=$(run default 8080) && [[ -n $port ]]; then
  check "default: /healthz 200 on the published 127.0.0.1 port" healthz "$port"
  check "default: the HEALTHCHECK turns healthy" healthy default
  check "default: the emulator runs as a non-root user" non_root default
  check "default: a token and a call through the published port" a_call "$port"
else
  failure "default: the container starts"
fi

say "container with ASPNETCORE_HTTP_PORTS=9000"
if port=$(run port9000 9000 -e ASPNETCORE_HTTP_PORTS=9000) && [[ -n $port ]]; then
  check "port 9000: /healthz 200 on the moved port" healthz "$port"
  check "port 9000: the HEALTHCHECK follows the port and turns healthy" healthy port9000
else
  failure "port 9000: the container starts"
fi

say "container with a read-only root filesystem and every capability dropped"
if port=$(run locked 8080 --read-only --cap-drop ALL --security-opt no-new-privileges) && [[ -n $port ]]; then
  check "read-only, no capabilities: /healthz 200" healthz "$port"
  check "read-only, no capabilities: the HEALTHCHECK turns healthy" healthy locked
  check "read-only, no capabilities: a token and a call" a_call "$port"
else
  failure "read-only, no capabilities: the container starts"
fi

# 4. The compose example: its emulator (built from the same Dockerfile), a seed from the host, a client on service_healthy
free_port() {
  local port
  for port in $(seq 18080 18180); do (echo > "/dev/tcp/127.0.0.1/$port") 2> /dev/null || { echo "$port"; return; }; done
}
say "examples/compose: docker-compose up (client base ${client_base:-debian:12-slim})"
compose_run() {
  cd "$repo/examples/compose" \
    && CLIENT_BASE=${client_base:-debian:12-slim} EMULATOR_PORT=$(free_port) \
      docker-compose -p "$project" up --build --abort-on-container-exit --exit-code-from client
}
check "compose: the client's scenario passes against http://emulator:8080 once the emulator is healthy" compose_run

say "image size: $((size / 1000 / 1000)) MB"
echo "$passed passed, $failed failed"
[[ $failed -eq 0 && $passed -gt 0 ]]
