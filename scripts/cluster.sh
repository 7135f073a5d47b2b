#!/usr/bin/env bash
# A private PostgreSQL on 127.0.0.1 and N silos on their own ports, for load runs and the cluster tests.
#
#   scripts/cluster.sh up N        build once, start PostgreSQL (if needed) and silos 1..N, wait for /health
#   scripts/cluster.sh start I     (re)start silo I            scripts/cluster.sh stop I    SIGTERM silo I (graceful)
#   scripts/cluster.sh kill I      SIGKILL silo I              scripts/cluster.sh pause I / resume I   SIGSTOP / SIGCONT
#   scripts/cluster.sh pg-up | pg-stop | pg-start | pg-restart
#   scripts/cluster.sh down        stop every silo and PostgreSQL it started (by pid); purge = down + delete the data
#   scripts/cluster.sh state       print artifacts/cluster/state.json
#
# Silo i listens on http://127.0.0.1:$((EG_BASE_PORT+i)); PostgreSQL on 127.0.0.1:$EG_PG_PORT.
# Environment: EG_PG_PORT (55432), EG_BASE_PORT (5100), EG_CLUSTER_DIR (artifacts/cluster), EG_DB (grid),
# EG_PARTITIONS (64), EG_SILO_DLL (the Release build; given = no build), EG_SKIP_BUILD=1, EG_SILO_ARGS (extra args).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=$(mkdir -p "${EG_CLUSTER_DIR:-$root/artifacts/cluster}" && cd "${EG_CLUSTER_DIR:-$root/artifacts/cluster}" && pwd)
pg_port=${EG_PG_PORT:-55432}
base_port=${EG_BASE_PORT:-5100}
db=${EG_DB:-grid}
partitions=${EG_PARTITIONS:-64}
pgbin=/usr/lib/postgresql/15/bin
dll=${EG_SILO_DLL:-$root/src/ExperienceGrid.Silo/bin/Release/net10.0/ExperienceGrid.Silo.dll}
as_pg=()
pgroot=$dir
if [ "$(id -u)" -eq 0 ]; then
  # initdb/postgres refuse to run as root; the postgres user must be able to enter every parent of its folders.
  as_pg=(runuser -u postgres --)
  "${as_pg[@]}" test -x "$dir" 2>/dev/null || pgroot=/var/tmp/experiencegrid-pg-$(echo "$dir" | md5sum | cut -c1-12)
fi
pgdata=$pgroot/pg

pg_pid() { [ -f "$pgdata/postmaster.pid" ] && head -1 "$pgdata/postmaster.pid" || true; }
pg_alive() { local pid; pid=$(pg_pid); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
silo_pid() { cat "$dir/silo-$1.pid" 2>/dev/null || true; }
silo_alive() { local pid; pid=$(silo_pid "$1"); [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; }
silo_url() { echo "http://127.0.0.1:$((base_port + $1))"; }
connection_string() { echo "Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=$db"; }

write_state() {
  local silos="" sep="" i pid
  for f in "$dir"/silo-*.pid; do
    [ -e "$f" ] || continue
    i=${f##*/silo-}; i=${i%.pid}; pid=$(cat "$f")
    silos+="$sep{\"index\":$i,\"url\":\"$(silo_url "$i")\",\"pid\":$pid}"; sep=","
  done
  printf '{"postgres":{"port":%s,"pid":%s},"silos":[%s]}\n' "$pg_port" "$(pg_pid | grep . || echo null)" "$silos" > "$dir/state.json"
}

build() {
  if [ -z "${EG_SILO_DLL:-}" ] && [ "${EG_SKIP_BUILD:-0}" != 1 ]; then
    dotnet build "$root/src/ExperienceGrid.Silo" -c Release --nologo -v quiet >/dev/null
  fi
}

pg_start() {
  if pg_alive; then return; fi
  if [ ! -f "$pgdata/PG_VERSION" ]; then
    mkdir -p "$pgdata" && chown -R postgres "$pgdata" 2>/dev/null && { [ "$pgroot" = "$dir" ] || chown postgres "$pgroot"; } || true
    "${as_pg[@]}" "$pgbin/initdb" -D "$pgdata" -U postgres -A trust --no-sync -E UTF8 >"$dir/initdb.log" 2>&1
  fi
  # A SIGKILLed server leaves a stale pid file and socket lock behind.
  rm -f "$pgdata/postmaster.pid" "$pgroot"/sock/.s.PGSQL."$pg_port".lock
  mkdir -p "$pgroot/sock" && touch "$pgroot/pg.log" && chown postgres "$pgroot/sock" "$pgroot/pg.log" 2>/dev/null || true
  "${as_pg[@]}" "$pgbin/pg_ctl" -D "$pgdata" -l "$pgroot/pg.log" -w -t 60 start \
    -o "-p $pg_port -c listen_addresses=127.0.0.1 -k $pgroot/sock -c max_connections=300 -c shared_buffers=256MB" >/dev/null
  "$pgbin/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$db'" | grep -q 1 \
    || "$pgbin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres "$db"
  write_state
}

pg_stop() {
  local pid; pid=$(pg_pid)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -INT "$pid" # fast shutdown: ends client sessions
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  write_state
}

silo_start() {
  local i=$1
  if silo_alive "$i"; then return; fi
  local extra=()
  [ -n "${EG_SILO_ARGS:-}" ] && read -r -a extra <<< "$EG_SILO_ARGS"
  (cd "$(dirname "$dll")" && ASPNETCORE_ENVIRONMENT=Development exec dotnet "$dll" \
     --urls "$(silo_url "$i")" --Auth:DemoUsers true --Grid:Store postgres \
     --ConnectionStrings:Grid "$(connection_string)" --Grid:PartitionCount "$partitions" "${extra[@]}" \
     >>"$dir/silo-$i.log" 2>&1) &
  echo $! > "$dir/silo-$i.pid"
  write_state
}

wait_healthy() {
  local i=$1
  for _ in $(seq 1 600); do
    if curl -fs "$(silo_url "$i")/health" >/dev/null 2>&1; then return 0; fi
    silo_alive "$i" || { echo "silo $i exited; see $dir/silo-$i.log" >&2; tail -20 "$dir/silo-$i.log" >&2; return 1; }
    sleep 0.1
  done
  echo "silo $i did not become healthy" >&2; return 1
}

signal_silo() {
  local pid; pid=$(silo_pid "$2")
  [ -n "$pid" ] && kill "-$1" "$pid" 2>/dev/null || true
}

silo_stop() {
  local pid; pid=$(silo_pid "$1")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -CONT "$pid" 2>/dev/null || true
    kill -TERM "$pid"
    for _ in $(seq 1 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$dir/silo-$1.pid"
  write_state
}

case "${1:-}" in
  up)
    n=${2:?usage: cluster.sh up N}
    build
    pg_start
    for i in $(seq 1 "$n"); do silo_start "$i"; done
    for i in $(seq 1 "$n"); do wait_healthy "$i"; done
    cat "$dir/state.json" ;;
  start) silo_start "${2:?silo index}"; wait_healthy "$2" ;;
  stop) silo_stop "${2:?silo index}" ;;
  kill) signal_silo KILL "${2:?silo index}"; rm -f "$dir/silo-$2.pid"; write_state ;;
  pause) signal_silo STOP "${2:?silo index}" ;;
  resume) signal_silo CONT "${2:?silo index}" ;;
  pg-up) pg_start ;;
  pg-start) pg_start ;;
  pg-stop) pg_stop ;;
  pg-restart) pg_stop; pg_start ;;
  state) cat "$dir/state.json" ;;
  down|purge)
    for f in "$dir"/silo-*.pid; do [ -e "$f" ] || continue; i=${f##*/silo-}; silo_stop "${i%.pid}"; done
    pg_stop
    if [ "$1" = purge ]; then rm -rf "$pgdata" "$pgroot/sock"; [ "$pgroot" = "$dir" ] || rm -rf "$pgroot"; fi ;;
  *) sed -n '2,15p' "$0"; exit 2 ;;
esac
