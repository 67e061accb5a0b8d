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
	# The module's id: the worker keeps a copy of the module in Cache Storage
	# under this id (reading it there is several times faster than from the
	# package), so a rebuilt module is never mistaken for the old one.
	printf "// Written by build.sh.\nexport const MODULE_ID = '%s';\n" "$(sha256sum "$wasm" | cut -c1-32)" > "$out/build.js"
	node manifest.mjs "$target" "$out/manifest.json"
	(cd "$out" && rm -f "../attrlint-$target.zip" && zip -qr -X "../attrlint-$target.zip" .)
done
if [ "${SKIP_WEB_EXT_LINT:-}" != 1 ]; then
	[ -x node_modules/.bin/web-ext ] || npm ci --no-audit --no-fund
	node_modules/.bin/web-ext lint --source-dir dist/firefox --self-hosted --output text
fi
ls -l dist/*.zip
