#!/bin/sh
# make e2e: the extension in headless Debian Chromium (playwright-core) and
# headless Debian Firefox ESR (puppeteer-core over WebDriver BiDi), and the
# Firefox background script under Node. Fails, never skips, without
# /usr/bin/chromium or /usr/bin/firefox-esr (apt-get install -y chromium firefox-esr).
# The browser tests compare with the CLI, built here from this tree; if it
# cannot be built they fail under ATTRLINT_REQUIRE_TOOLS=1 (CI), else they
# compare with the module and say so.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
[ -x "${CHROMIUM:-/usr/bin/chromium}" ] || { echo "e2e.sh: ${CHROMIUM:-/usr/bin/chromium} missing: apt-get install -y chromium" >&2; exit 1; }
[ -x "${FIREFOX:-/usr/bin/firefox-esr}" ] || { echo "e2e.sh: ${FIREFOX:-/usr/bin/firefox-esr} missing: apt-get install -y firefox-esr" >&2; exit 1; }
if ! make -C .. build; then
	if [ "${ATTRLINT_REQUIRE_TOOLS:-}" = 1 ]; then echo "e2e.sh: cannot build the CLI (ATTRLINT_REQUIRE_TOOLS=1)" >&2; exit 1; fi
	echo "e2e.sh: cannot build the CLI: the tests compare with the module instead" >&2
	ATTRLINT_CLI=/nonexistent/attrlint; export ATTRLINT_CLI
fi
[ -f dist/chromium/manifest.json ] || ./build.sh
npm ci --no-audit --no-fund
node --test --test-concurrency=1 test/*.test.mjs
