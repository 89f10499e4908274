#!/usr/bin/env bash
# Installs everything provkg and its tests need on a fresh Debian machine: system packages (Java for the HermiT
# reasoner, Chromium for the query-page test), a fresh venv in .venv, and provkg with its test extras.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    default-jre-headless chromium chromium-driver >/dev/null
  # Virtuoso open source: the server engine `provkg push` and the query set are tested against
  # (tests/test_server_engines.py starts it on 127.0.0.1 with a database of its own)
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    virtuoso-opensource=7.2.5.1+dfsg1-0.3 >/dev/null
fi
python3 -m venv .venv
.venv/bin/pip install -q --upgrade pip
.venv/bin/pip install -q -e '.[test]'
