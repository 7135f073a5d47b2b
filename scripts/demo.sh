#!/usr/bin/env bash
# Runs one Orleans silo on the embedded SQLite default (./data/grid.db) with the demo simulator feeding it.
# Extra arguments go to the silo, e.g. --demo-rate 50 or --urls http://127.0.0.1:6000
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export ASPNETCORE_ENVIRONMENT=Development
echo "ExperienceGrid demo: open http://127.0.0.1:5080/ (floor and dashboard pages; demo users, password 'demo':"
echo "  chain.manager, region.{regionId}, manager.{venueId}, staff.{venueId})"
exec dotnet run --project src/ExperienceGrid.Silo -c Release -- --demo true --Auth:DemoUsers true --data-dir "$PWD/data" "$@"
