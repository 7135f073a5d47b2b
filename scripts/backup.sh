#!/usr/bin/env bash
# A consistent copy of the embedded default's SQLite file (grain state and reminders), taken while the silo runs.
#
#   scripts/backup.sh [DATABASE] [COPY]
#
# DATABASE: the silo's grid.db (default: data/grid.db, where scripts/demo.sh keeps it). COPY: the file to write (default:
# backups/grid-<UTC time>.db; it must not exist yet). Prints the copy's path. SQLite's online backup API (through
# python3's sqlite3 module) copies the file inside one read transaction: the silo keeps writing meanwhile, and the copy
# holds every transaction committed before it started (every batch answered 202 by then). The copy is checked with
# PRAGMA quick_check before it takes its name. How to restore: README, "Backups of the embedded default".
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -le 2 ] || { sed -n '2,10p' "$0" >&2; exit 2; }
database=${1:-$root/data/grid.db}
copy=${2:-$root/backups/grid-$(date -u +%Y%m%dT%H%M%SZ).db}
fail() { echo "backup.sh: $*" >&2; exit 1; }

[ -f "$database" ] || fail "$database does not exist"
[ ! -e "$copy" ] || fail "$copy exists; name a new file"
command -v python3 >/dev/null || fail "python3 is missing (bash scripts/setup.sh demo installs it)"
mkdir -p "$(dirname "$copy")"
partial="$copy.partial"
# A failed copy leaves nothing behind; a finished one has been renamed by then.
trap 'rm -f "$partial" "$partial-wal" "$partial-shm"' EXIT

python3 - "$database" "$partial" <<'PY'
import sqlite3, sys

# A busy silo holds the write lock for a group commit at a time; a reader waits at most this long for its turn.
source = sqlite3.connect(sys.argv[1], timeout=30)
copy = sqlite3.connect(sys.argv[2])
source.backup(copy)  # all pages in one step: one read transaction, one snapshot
check = copy.execute("PRAGMA quick_check").fetchone()[0]
copy.close()
source.close()
if check != "ok":
    sys.exit(f"backup.sh: the copy failed its check: {check}")
PY

mv "$partial" "$copy"
echo "$copy"
