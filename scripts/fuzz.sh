#!/usr/bin/env bash
# Runs every Go fuzz target for $FUZZTIME (default 10s) on top of its seed corpus.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${FUZZTIME:=10s}"
found=0
for pkg in $(go list ./...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for name in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //'); do
    found=1
    echo "fuzz $pkg $name ($FUZZTIME)"
    go test -run '^$' -fuzz "^${name}\$" -fuzztime "$FUZZTIME" "$pkg"
  done
done
[ "$found" = 1 ] || { echo "no fuzz targets found" >&2; exit 1; }
