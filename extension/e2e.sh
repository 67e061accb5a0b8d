#!/bin/sh
# make e2e: the extension in headless Debian Chromium (playwright-core) and
# the Firefox background script under Node. Fails, never skips, without
# /usr/bin/chromium (apt-get install -y chromium).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || { echo "e2e.sh: ${CHROMIUM:-/usr/bin/chromium} missing: apt-get install -y chromium" >&2; exit 1; }
[ -f ../bin/attrlint ] || make -C .. build
[ -f dist/chromium/manifest.json ] || ./build.sh
npm ci --no-audit --no-fund
node --test --test-concurrency=1 test/
