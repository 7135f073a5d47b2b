#!/usr/bin/env bash
# A private redis-server on 127.0.0.1, N silos on their own ports, optionally M front ends (Orleans clients of the
# silos, without grains) and a Prometheus scraping both: the cluster profile, for load runs and tests.
#
#   scripts/cluster.sh up N [--frontends M]
#                                    build once, start Redis and silos 1..N (a fresh cluster id), wait for /health,
#                                    then front ends 1..M (waiting for their /health), then Prometheus scraping all of them
#   scripts/cluster.sh frontend-start K   (re)start front end K   scripts/cluster.sh frontend-kill K   SIGKILL front end K
#   scripts/cluster.sh start K       (re)start silo K           scripts/cluster.sh stop K     SIGTERM silo K (graceful)
#   scripts/cluster.sh kill K        SIGKILL silo K
#   scripts/cluster.sh redis-stop    SIGTERM Redis              scripts/cluster.sh redis-start  start it again (same data)
#   scripts/cluster.sh status        every process, its pid and whether it is alive; the state file
#   scripts/cluster.sh down          stop every silo, Redis and Prometheus this script started (by pid); purge = down +
#                                    delete data
#
# Silo K listens on http://127.0.0.1:$((EG_BASE_PORT+K)), on Orleans port $((EG_SILO_PORT_BASE+K)) and takes Orleans
# clients on gateway port $((EG_GATEWAY_PORT_BASE+K)); front end K on http://127.0.0.1:$((EG_FRONTEND_PORT_BASE+K)); Redis on
# 127.0.0.1:$EG_REDIS_PORT with appendonly yes, appendfsync always; Prometheus on http://127.0.0.1:$EG_PROMETHEUS_PORT,
# scraping silos and front ends every 5 s with a scrape key generated per `up` (they take it as Metrics:ScrapeKeys:0), evaluating
# deploy/prometheus/rules.yml. State (read by eg-load --kill-silo): $EG_CLUSTER_DIR/state.json. Environment:
# EG_REDIS_PORT (56379), EG_BASE_PORT (5100), EG_SILO_PORT_BASE (11200), EG_GATEWAY_PORT_BASE (30200),
# EG_FRONTEND_PORT_BASE (EG_BASE_PORT+50), EG_PROMETHEUS_PORT (59090), EG_CLUSTER_DIR
# (artifacts/cluster), EG_SILO_DLL (given = no build), EG_SKIP_BUILD=1, EG_SILO_ARGS (extra silo args).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mkdir -p "${EG_CLUSTER_DIR:-$root/artifacts/cluster}" && cd "${EG_CLUSTER_DIR:-$root/artifacts/cluster}" && pwd)
redis_port=${EG_REDIS_PORT:-56379}
base_port=${EG_BASE_PORT:-5100}
silo_port_base=${EG_SILO_PORT_BASE:-11200}
gateway_port_base=${EG_GATEWAY_PORT_BASE:-30200}
frontend_port_base=${EG_FRONTEND_PORT_BASE:-$((base_port + 50))}
prometheus_port=${EG_PROMETHEUS_PORT:-59090}
dll=${EG_SILO_DLL:-$root/src/ExperienceGrid.Silo/bin/Release/net10.0/ExperienceGrid.Silo.dll}

usage() { sed -n '2,25p' "$0" >&2; exit 2; }
fail() { echo "cluster.sh: $*" >&2; exit 1; }
say() { echo "cluster.sh: $*" >&2; }
index_of() { [[ "${1:-}" =~ ^[1-9][0-9]?$ ]] || { echo "cluster.sh: '${1:-}' is not a silo number (1-99)" >&2; usage; }; echo "$1"; }

redis_pid() { cat "$dir/redis.pid" 2>/dev/null || true; }
redis_alive() { local pid; pid=$(redis_pid); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
silo_pid() { cat "$dir/silo-$1.pid" 2>/dev/null || true; }
silo_alive() { local pid; pid=$(silo_pid "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
silo_url() { echo "http://127.0.0.1:$((base_port + $1))"; }
frontend_pid() { cat "$dir/frontend-$1.pid" 2>/dev/null || true; }
frontend_alive() { local pid; pid=$(frontend_pid "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
frontend_url() { echo "http://127.0.0.1:$((frontend_port_base + $1))"; }
cluster_id() { cat "$dir/cluster-id" 2>/dev/null || fail "no cluster here yet: run 'cluster.sh up N' first"; }
prometheus_pid() { cat "$dir/prometheus.pid" 2>/dev/null || true; }
prometheus_alive() { local pid; pid=$(prometheus_pid); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }

# processes KIND URL-FUNCTION: the JSON array of the running processes of a kind (silo, frontend) with index, url, pid.
processes() {
  local list="" sep="" f i
  for f in "$dir/$1"-*.pid; do
    [ -e "$f" ] || continue
    i=${f##*/$1-}; i=${i%.pid}
    list+="$sep{\"index\":$i,\"url\":\"$($2 "$i")\",\"pid\":$(cat "$f")}"; sep=","
  done
  echo "[$list]"
}

write_state() {
  printf '{"redis":{"port":%s,"pid":%s},"prometheus":{"url":"http://127.0.0.1:%s","pid":%s},"clusterId":"%s","silos":%s,"frontends":%s}\n' \
    "$redis_port" "$(redis_pid | grep . || echo null)" "$prometheus_port" "$(prometheus_pid | grep . || echo null)" \
    "$(cat "$dir/cluster-id" 2>/dev/null)" "$(processes silo silo_url)" "$(processes frontend frontend_url)" > "$dir/state.json"
}

install_redis() {
  command -v redis-server >/dev/null && return
  say "installing redis-server (Debian package)"
  apt-get update -qq && apt-get install -y -qq redis-server >/dev/null || fail "could not install redis-server"
}

install_prometheus() {
  command -v prometheus >/dev/null && return
  say "installing prometheus (Debian package)"
  apt-get update -qq && apt-get install -y -qq prometheus >/dev/null || fail "could not install prometheus"
}

build() {
  if [ -z "${EG_SILO_DLL:-}" ] && [ "${EG_SKIP_BUILD:-0}" != 1 ]; then
    say "building the silo (Release)"
    dotnet build "$root/src/ExperienceGrid.Silo" -c Release --nologo -v quiet >/dev/null || fail "the silo did not build"
  fi
  [ -f "$dll" ] || fail "$dll is missing"
}

redis_start() {
  redis_alive && return
  install_redis
  mkdir -p "$dir/redis"
  # The appendonly file is the durability a 202 promises: every write is fsynced before Redis answers.
  redis-server --bind 127.0.0.1 --port "$redis_port" --dir "$dir/redis" --appendonly yes --appendfsync always \
    --save '' --daemonize no --logfile "$dir/redis.log" >/dev/null 2>&1 &
  echo $! > "$dir/redis.pid"
  for _ in $(seq 1 100); do
    redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG && { say "redis on 127.0.0.1:$redis_port (pid $(redis_pid))"; write_state; return; }
    redis_alive || fail "redis-server exited; see $dir/redis.log (is port $redis_port taken?)"
    sleep 0.1
  done
  fail "redis-server did not answer on port $redis_port"
}

# exited PID: the process has ended. One that ended but is not yet reaped by its parent (a zombie) still answers
# kill -0, so its state in /proc/PID/stat (the field after the parenthesised name) tells: Z, or no such process.
exited() { local state; state=$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1); [ -z "$state" ] || [ "$state" = Z ]; }

# terminate PID SECONDS: TERM, then KILL if it has not exited after SECONDS; false when it was not running.
terminate() {
  local pid=$1 polls=$(($2 * 50))
  [ -n "$pid" ] && ! exited "$pid" || return 1
  kill -TERM "$pid"
  for _ in $(seq 1 "$polls"); do exited "$pid" && break; sleep 0.02; done
  exited "$pid" || kill -KILL "$pid" 2>/dev/null
  return 0
}

redis_stop() {
  local pid; pid=$(redis_pid)
  terminate "$pid" 10 && say "redis stopped"
  rm -f "$dir/redis.pid"
  write_state
}

silo_start() {
  local i=$1 id extra=()
  silo_alive "$i" && return
  id=$(cluster_id)
  [ -n "${EG_SILO_ARGS:-}" ] && read -r -a extra <<< "$EG_SILO_ARGS"
  (cd "$(dirname "$dll")" && ASPNETCORE_ENVIRONMENT=Development exec dotnet "$dll" \
     --urls "$(silo_url "$i")" --Auth:DemoUsers true --Grid:Redis "127.0.0.1:$redis_port" --Grid:ClusterId "$id" \
     --Grid:SiloPort "$((silo_port_base + i))" --Grid:GatewayPort "$((gateway_port_base + i))" --Metrics:ScrapeKeys:0 "$(cat "$dir/scrape-key")" "${extra[@]}" \
     >>"$dir/silo-$i.log" 2>&1) &
  echo $! > "$dir/silo-$i.pid"
  write_state
  say "silo $i starting on $(silo_url "$i") (pid $(silo_pid "$i"))"
}

# frontend_start K: front end K, an Orleans client of this cluster's silos (found through Redis) with the same sign-in.
frontend_start() {
  local i=$1 id
  frontend_alive "$i" && return
  id=$(cluster_id)
  (cd "$(dirname "$dll")" && ASPNETCORE_ENVIRONMENT=Development exec dotnet "$dll" \
     --urls "$(frontend_url "$i")" --Grid:Role frontend --Auth:DemoUsers true --Grid:Redis "127.0.0.1:$redis_port" \
     --Grid:ClusterId "$id" --Metrics:ScrapeKeys:0 "$(cat "$dir/scrape-key")" >>"$dir/frontend-$i.log" 2>&1) &
  echo $! > "$dir/frontend-$i.pid"
  write_state
  say "front end $i starting on $(frontend_url "$i") (pid $(frontend_pid "$i"))"
}

# wait_healthy KIND K: until silo or front end K answers /health with 200.
wait_healthy() {
  local kind=$1 i=$2
  for _ in $(seq 1 1200); do
    if curl -fs "$("${kind}_url" "$i")/health" >/dev/null 2>&1; then say "$kind $i healthy"; return 0; fi
    "${kind}_alive" "$i" || { tail -20 "$dir/$kind-$i.log" >&2; fail "$kind $i exited; see $dir/$kind-$i.log"; }
    sleep 0.1
  done
  fail "$kind $i did not become healthy in 120 s; see $dir/$kind-$i.log"
}

frontend_stop() {
  terminate "$(frontend_pid "$1")" 30 && say "front end $1 stopped"
  rm -f "$dir/frontend-$1.pid"
  write_state
}

silo_stop() {
  local pid; pid=$(silo_pid "$1")
  terminate "$pid" 30 && say "silo $1 stopped"
  rm -f "$dir/silo-$1.pid"
  write_state
}

# prometheus_start N M: a Prometheus scraping silos 1..N (job experience-grid, each labelled silo="K") and front ends
# 1..M (job experience-grid-frontends, frontend="K": they count the touchpoints they take) with the scrape key, and
# evaluating the repository's alerting rules.
prometheus_start() {
  local n=$1 m=$2 i silos="" frontends=""
  prometheus_alive && return
  install_prometheus
  mkdir -p "$dir/prometheus"
  for i in $(seq 1 "$n"); do
    silos+="
      - targets: ['127.0.0.1:$((base_port + i))']
        labels: {silo: '$i'}"
  done
  for i in $(seq 1 "$m"); do
    frontends+="
      - targets: ['127.0.0.1:$((frontend_port_base + i))']
        labels: {frontend: '$i'}"
  done
  cat > "$dir/prometheus/prometheus.yml" <<YAML
global:
  scrape_interval: 5s
  evaluation_interval: 5s
rule_files:
  - $root/deploy/prometheus/rules.yml
scrape_configs:
  - job_name: experience-grid
    metrics_path: /metrics
    authorization:
      type: Bearer
      credentials_file: $dir/scrape-key
    static_configs:$silos
  - job_name: experience-grid-frontends
    metrics_path: /metrics
    authorization:
      type: Bearer
      credentials_file: $dir/scrape-key
    static_configs:${frontends:- []}
YAML
  prometheus --config.file="$dir/prometheus/prometheus.yml" --storage.tsdb.path="$dir/prometheus/data" \
    --web.listen-address="127.0.0.1:$prometheus_port" --log.level=warn >>"$dir/prometheus.log" 2>&1 &
  echo $! > "$dir/prometheus.pid"
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$prometheus_port/-/ready" >/dev/null 2>&1 && {
      say "prometheus on http://127.0.0.1:$prometheus_port (pid $(prometheus_pid)), scraping silos 1..$n and $m front ends"; write_state; return; }
    prometheus_alive || fail "prometheus exited; see $dir/prometheus.log (is port $prometheus_port taken?)"
    sleep 0.1
  done
  fail "prometheus did not become ready on port $prometheus_port"
}

prometheus_stop() {
  terminate "$(prometheus_pid)" 10 && say "prometheus stopped"
  rm -f "$dir/prometheus.pid"
  write_state
}

status() {
  local f i
  if redis_alive; then echo "redis   127.0.0.1:$redis_port  pid $(redis_pid)  alive"; else echo "redis   127.0.0.1:$redis_port  down"; fi
  for f in "$dir"/silo-*.pid; do
    [ -e "$f" ] || continue
    i=${f##*/silo-}; i=${i%.pid}
    if silo_alive "$i"; then echo "silo $i  $(silo_url "$i")  pid $(silo_pid "$i")  alive"; else echo "silo $i  $(silo_url "$i")  pid $(silo_pid "$i")  dead"; fi
  done
  for f in "$dir"/frontend-*.pid; do
    [ -e "$f" ] || continue
    i=${f##*/frontend-}; i=${i%.pid}
    if frontend_alive "$i"; then echo "frontend $i  $(frontend_url "$i")  pid $(frontend_pid "$i")  alive"; else echo "frontend $i  $(frontend_url "$i")  pid $(frontend_pid "$i")  dead"; fi
  done
  if prometheus_alive; then echo "prometheus  http://127.0.0.1:$prometheus_port  pid $(prometheus_pid)  alive"; else echo "prometheus  http://127.0.0.1:$prometheus_port  down"; fi
  echo "state: $dir/state.json"
}

case "${1:-}" in
  up)
    n=$(index_of "${2:-}") m=0
    if [ $# -gt 2 ]; then
      [ $# -eq 4 ] && [ "$3" = --frontends ] && [[ "$4" =~ ^[0-9]{1,2}$ ]] || usage
      m=$4
    fi
    for f in "$dir"/silo-*.pid "$dir"/frontend-*.pid; do [ -e "$f" ] && fail "a cluster is running here; run 'cluster.sh down' first"; done
    build
    # A fresh cluster id: silos must not spend their start probing the entries of silos of an earlier run.
    echo "grid-$(date +%s)-$$" > "$dir/cluster-id"
    # Prometheus' bearer credential for /metrics, new with every cluster; only this user can read it.
    (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=\n' > "$dir/scrape-key")
    redis_start
    for i in $(seq 1 "$n"); do silo_start "$i"; done
    for i in $(seq 1 "$n"); do wait_healthy silo "$i"; done
    for i in $(seq 1 "$m"); do frontend_start "$i"; done
    for i in $(seq 1 "$m"); do wait_healthy frontend "$i"; done
    prometheus_start "$n" "$m"
    cat "$dir/state.json" ;;
  start) i=$(index_of "${2:-}"); redis_alive || fail "redis is not running: run 'cluster.sh up N' or 'redis-start'"; silo_start "$i"; wait_healthy silo "$i" ;;
  frontend-start) i=$(index_of "${2:-}"); frontend_start "$i"; wait_healthy frontend "$i" ;;
  frontend-kill)
    i=$(index_of "${2:-}")
    pid=$(frontend_pid "$i"); [ -n "$pid" ] || fail "front end $i is not running"
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$dir/frontend-$i.pid"; write_state; say "front end $i killed (pid $pid)" ;;
  stop) i=$(index_of "${2:-}"); silo_stop "$i" ;;
  kill)
    i=$(index_of "${2:-}")
    pid=$(silo_pid "$i"); [ -n "$pid" ] || fail "silo $i is not running"
    kill -KILL "$pid" 2>/dev/null || true
    rm -f "$dir/silo-$i.pid"; write_state; say "silo $i killed (pid $pid)" ;;
  redis-stop) redis_stop ;;
  redis-start) redis_start ;;
  status) [ $# -eq 1 ] || usage; status ;;
  down|purge)
    [ $# -eq 1 ] || usage
    prometheus_stop
    for f in "$dir"/frontend-*.pid; do [ -e "$f" ] || continue; i=${f##*/frontend-}; frontend_stop "${i%.pid}"; done
    for f in "$dir"/silo-*.pid; do [ -e "$f" ] || continue; i=${f##*/silo-}; silo_stop "${i%.pid}"; done
    redis_stop
    if [ "$1" = purge ]; then
      rm -rf "$dir/redis" "$dir/prometheus" "$dir/cluster-id" "$dir/scrape-key" "$dir"/silo-*.log "$dir"/frontend-*.log "$dir/redis.log" "$dir/prometheus.log"
    fi ;;
  *) usage ;;
esac
