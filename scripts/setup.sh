#!/usr/bin/env bash
# Installs what the grid and its tests need on a fresh Debian machine. Safe to run again.
set -euo pipefail
need=()
command -v python3 >/dev/null || need+=(python3)
if [ ${#need[@]} -gt 0 ]; then
  apt-get update -qq && apt-get install -y -qq "${need[@]}"
fi
