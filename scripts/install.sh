#!/usr/bin/env bash
# Installs everything provkg and its tests need on a fresh Debian machine: system packages (Java for the HermiT
# reasoner, Chromium for the page tests, Node.js and npm for the query editor, libseccomp2 for the endpoint's
# network wall, libcairo2 for PNG charts), a fresh venv in .venv, provkg with its test extras, and the browser
# assets of web/package-lock.json (YASGUI, axe-core) into web/node_modules.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    default-jre-headless chromium chromium-driver libseccomp2 libcairo2 >/dev/null
  command -v npm >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends npm >/dev/null
  # Virtuoso open source: the server engine `provkg push` and the query set are tested against
  # (tests/test_server_engines.py starts it on 127.0.0.1 with a database of its own)
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    virtuoso-opensource=7.2.5.1+dfsg1-0.3 >/dev/null
fi
# The query editor (YASGUI) and axe-core, pinned by web/package-lock.json; never committed, never from a CDN.
# Without npm, `provkg serve` shows the plain query page instead and says so.
if command -v npm >/dev/null; then
  npm ci --prefix web --no-audit --no-fund --loglevel=error
else
  echo "install.sh: npm not found: the YASGUI editor is not installed (provkg serve falls back to the plain page)" >&2
fi
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e '.[test]'
