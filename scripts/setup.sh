#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks (the .NET 10 SDK is given). Safe to run again; needs root only when
# something is missing.
#
#   scripts/setup.sh demo   what scripts/demo.sh needs: npm (the pages' SignalR client and uPlot, fetched at build
#                           time), curl and python3 (the README's API examples read tokens with it)
#   scripts/setup.sh test   that, and what the tests need: Chromium (browser tests), redis-server and prometheus
#                           (cluster tests; prometheus brings promtool, which checks the alerting rules)
set -euo pipefail
cd "$(dirname "$0")/.."
say() { echo "setup: $*"; }

# apt-get install OPTIONS... PACKAGES..., without questions (root, no stdin), saying what and why.
install() {
  local why=$1 options=$2; shift 2
  say "installing $* ($why)"
  export DEBIAN_FRONTEND=noninteractive
  [ -n "${updated:-}" ] || apt-get update -qq </dev/null
  updated=1
  # shellcheck disable=SC2086 # options are words
  apt-get install -y -qq $options "$@" </dev/null >/dev/null
  say "installed $*"
}

demo=()
# The pages' browser libraries (SignalR client, uPlot) come from npm: npm.targets runs `npm ci` only while
# node_modules lacks one of them, so a tree built before needs no npm.
{ [ -f src/ExperienceGrid.Silo/node_modules/@microsoft/signalr/dist/browser/signalr.min.js ] \
  && [ -f src/ExperienceGrid.Silo/node_modules/uplot/dist/uPlot.iife.min.js ]; } \
  || command -v npm >/dev/null || demo+=(nodejs npm)
command -v curl >/dev/null || demo+=(curl)
command -v python3 >/dev/null || demo+=(python3)

tests=()
if [ "${1:-}" = test ]; then
  # Browser tests drive the Debian Chromium with Playwright (which never downloads a browser here).
  [ -x /usr/bin/chromium ] || { tests+=(chromium); slow="; Chromium is about 100 packages, a few minutes"; }
  # The cluster tests run a private redis-server (scripts/cluster.sh).
  command -v redis-server >/dev/null || tests+=(redis-server)
  # scripts/cluster.sh runs a Prometheus beside the silos; promtool (in the same package) checks the alerting rules.
  { command -v prometheus >/dev/null && command -v promtool >/dev/null; } || tests+=(prometheus)
elif [ "${1:-}" != demo ]; then
  sed -n '2,8p' "$0" >&2; exit 2
fi

# Debian's npm recommends a C toolchain that the pages' libraries do not need.
[ ${#demo[@]} -eq 0 ] || install "for the demo" --no-install-recommends "${demo[@]}"
[ ${#tests[@]} -eq 0 ] || install "for the tests${slow:-}" "" "${tests[@]}"
