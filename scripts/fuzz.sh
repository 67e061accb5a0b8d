#!/usr/bin/env bash
# Runs every Go fuzz target for $FUZZTIME (default 10s; a count such as
# 5000x runs that many inputs) on top of its seed corpus.
#
# A duration-bounded run can end with a bare "context deadline exceeded"
# and no failing input: Go's fuzz coordinator races its own deadline on a
# loaded machine (go.dev/issue/75804, fixed in Go 1.27). Such a run is
# retried once; a real finding always writes a failing input and prints
# "Failing input written to", and that fails at once.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${FUZZTIME:=10s}"
found=0
run() {
  local pkg=$1 name=$2 log
  log=$(mktemp)
  if go test -run '^$' -fuzz "^${name}\$" -fuzztime "$FUZZTIME" "$pkg" 2>&1 | tee "$log"; then
    rm -f "$log"; return 0
  fi
  if grep -q 'context deadline exceeded' "$log" && ! grep -q -e 'Failing input written to' -e 'panic:' "$log"; then
    rm -f "$log"; return 2
  fi
  rm -f "$log"; return 1
}
for pkg in $(go list ./...); do
  dir=$(go list -f '{{.Dir}}' "$pkg")
  for name in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$dir"/*_test.go 2>/dev/null | sed 's/^func //'); do
    found=1
    echo "fuzz $pkg $name ($FUZZTIME)"
    rc=0; run "$pkg" "$name" || rc=$?
    if [ "$rc" = 2 ]; then
      echo "fuzz $pkg $name: the coordinator's deadline race (no failing input); once more"
      run "$pkg" "$name"
    elif [ "$rc" != 0 ]; then
      exit 1
    fi
  done
done
[ "$found" = 1 ] || { echo "no fuzz targets found" >&2; exit 1; }
