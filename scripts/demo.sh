#!/usr/bin/env bash
# Builds and runs one Orleans silo on the embedded SQLite default (./data/grid.db) with the demo simulator feeding
# it, and says where to look once /health answers. Ctrl-C stops the silo. Extra arguments go to the silo, e.g.
# --demo-rate 50, --Alerts:ClaimTimeout 00:02:00, --Chain:FollowUpDue 1.00:00:00 or --urls http://127.0.0.1:6000
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
# The demo builds on its own (artifacts/demo) without analyzers, which take half the build: style is the tests'
# job (scripts/test.sh), and outputs built without analyzers must not pass for up to date in the checked build.
out=$root/artifacts/demo
build=(--artifacts-path "$out" --nologo -v quiet)
started=$SECONDS
say() { echo "demo: $* ($((SECONDS - started)) s)"; }

url=http://127.0.0.1:5080
args=("$@")
for i in "${!args[@]}"; do
  case "${args[$i]}" in
    --urls) url=${args[$((i + 1))]:-$url} ;;
    --urls=*) url=${args[$i]#--urls=} ;;
  esac
done
url=${url%%;*}

bash scripts/setup.sh demo
say "restoring packages"
dotnet restore src/ExperienceGrid.Silo "${build[@]}"
say "building the silo (Release)"
dotnet build src/ExperienceGrid.Silo -c Release --no-restore "${build[@]}" -clp:NoSummary \
  -p:RunAnalyzers=false -p:GenerateDocumentationFile=false

silo=
stop() {
  trap - INT TERM
  if [ -n "$silo" ]; then kill -TERM "$silo" 2>/dev/null || true; wait "$silo" || true; fi
  exit 130
}
trap stop INT TERM

say "starting the silo on $url (data: $root/data/grid.db)"
# A shorter claim timeout than the default 2 minutes lets a viewer see escalations early, and care follow-ups due a
# minute after the visit (not 24 hours) go overdue and escalate to the region manager within the first 5 minutes; an
# argument given to demo.sh comes after them and wins.
(cd "$out/bin/ExperienceGrid.Silo/release" && ASPNETCORE_ENVIRONMENT=Development exec dotnet ExperienceGrid.Silo.dll \
  --urls "$url" --demo true --Auth:DemoUsers true --data-dir "$root/data" --Alerts:ClaimTimeout 00:01:00 \
  --Chain:FollowUpDue 00:01:00 "$@") &
silo=$!
until curl -fs -o /dev/null "$url/health"; do
  kill -0 "$silo" 2>/dev/null || { wait "$silo" && rc=0 || rc=$?; echo "demo: the silo exited ($rc) before it was healthy" >&2; exit 1; }
  sleep 0.2
done

say "ready"
cat <<TEXT

  open $url/  (sign in there; demo users, password 'demo':
  chain.manager, region.{regionId}, manager.{venueId}, staff.{venueId}, operator; e.g. staff.blaze-london-shoreditch)
  Ctrl-C stops the silo.

TEXT
wait "$silo"
