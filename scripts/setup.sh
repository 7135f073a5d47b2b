#!/usr/bin/env bash
# Installs what the grid and its tests need on a fresh Debian machine. Safe to run again.
set -euo pipefail
need=()
command -v python3 >/dev/null || need+=(python3)
# The silo's pages take their browser libraries (SignalR client, uPlot) from npm (src/ExperienceGrid.Silo/npm.targets runs `npm ci`).
command -v npm >/dev/null || need+=(nodejs npm)
# Browser tests drive the Debian Chromium with Playwright (which never downloads a browser here).
[ -x /usr/bin/chromium ] || need+=(chromium)
# The cluster tests run a private redis-server (scripts/cluster.sh); the script also calls curl.
command -v redis-server >/dev/null || need+=(redis-server)
command -v curl >/dev/null || need+=(curl)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}"
fi
