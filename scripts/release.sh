#!/usr/bin/env bash
# Release binaries: scripts/release.sh VERSION -> dist/attrlint-VERSION-OS-ARCH[.exe] + dist/SHA256SUMS.
set -euo pipefail
version=${1:?usage: scripts/release.sh VERSION}
cd "$(dirname "$0")/.."
rm -rf dist && mkdir -p dist
for os in linux darwin windows; do
  for arch in amd64 arm64; do
    name="attrlint-${version}-${os}-${arch}"
    [ "$os" = windows ] && name="$name.exe"
    echo "building $name" >&2
    CGO_ENABLED=0 GOOS=$os GOARCH=$arch go build -trimpath \
      -ldflags "-s -w -X github.com/attrlint/attrlint/linter.Version=${version}" \
      -o "dist/$name" ./cmd/attrlint
  done
done
(cd dist && sha256sum attrlint-* > SHA256SUMS)
cat dist/SHA256SUMS
