#!/bin/sh
# Builds the extension: dist/chromium/ (unpacked), dist/firefox/, and the
# zips dist/attrlint-chromium.zip and dist/attrlint-firefox.zip. Needs
# bin/attrlint.wasm (make wasm). The Firefox build must pass web-ext lint.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
wasm="$root/bin/attrlint.wasm"
[ -f "$wasm" ] || { echo "build.sh: $wasm missing (run make wasm)" >&2; exit 2; }
cd "$here"
rm -rf dist && mkdir -p dist
for target in chromium firefox; do
	out="dist/$target"
	mkdir -p "$out"
	cp src/*.js src/*.html src/*.css "$out/"
	cp "$wasm" "$out/attrlint.wasm"
	node manifest.mjs "$target" "$out/manifest.json"
	(cd "$out" && rm -f "../attrlint-$target.zip" && zip -qr -X "../attrlint-$target.zip" .)
done
if [ "${SKIP_WEB_EXT_LINT:-}" != 1 ]; then
	[ -x node_modules/.bin/web-ext ] || npm ci --no-audit --no-fund
	node_modules/.bin/web-ext lint --source-dir dist/firefox --self-hosted --output text
fi
ls -l dist/*.zip
