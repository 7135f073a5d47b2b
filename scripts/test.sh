#!/usr/bin/env bash
# Runs every check and test of the project and ends with one line: "N passed, N failed".
# Installs what the tests need on a fresh machine first (see scripts/setup.sh).
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh test || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }

results=artifacts/test-results
rm -rf "$results" && mkdir -p "$results"
failed_steps=0

echo "== build"
if ! dotnet build ExperienceGrid.sln -c Release -warnaserror --nologo -v quiet; then
  echo "0 passed, 1 failed"; exit 1
fi

echo "== format"
if ! dotnet format ExperienceGrid.sln --verify-no-changes --no-restore -v quiet; then
  echo "dotnet format found style problems (run: dotnet format ExperienceGrid.sln)"
  failed_steps=$((failed_steps + 1))
fi

echo "== tests"
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  echo "-- $name"
  dotnet test "$project" -c Release --no-build --nologo \
    --logger "trx;LogFileName=$name.trx" --results-directory "$results" \
    || true
done

# Sum every run from its TRX summary, so a crashed run counts as failed.
read -r passed failed < <(python3 - "$results" "$(ls tests/*/*.csproj | wc -l)" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = 0
files = glob.glob(sys.argv[1] + "/*.trx")
for f in files:
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    passed += int(c.get("passed"))
    failed += int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout")) + int(c.get("aborted"))
failed += max(0, int(sys.argv[2]) - len(files))  # a project that produced no results
print(passed, failed)
PY
)
failed=$((failed + failed_steps))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
