# attrlint build. `make test` is the one test command (README, .ci/run).
GO      ?= go
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -s -w -X github.com/attrlint/attrlint/linter.Version=$(VERSION)
FUZZTIME ?= 10s

.PHONY: build test gotest fuzz fuzz-smoke bench eval wasm wasm-check extension e2e release example clean

build:
	$(GO) build -trimpath -ldflags '$(LDFLAGS)' -o bin/attrlint ./cmd/attrlint

# The README's example: an example draft checked against the example corpus.
example: build
	./bin/attrlint --corpus examples/corpus examples/drafts || test $$? -eq 1

test: gotest fuzz-smoke wasm-check extension e2e

gotest:
	$(GO) vet ./...
	GOOS=wasip1 GOARCH=wasm $(GO) build ./rules/...
	$(GO) test -timeout 30m ./...
	$(GO) test -race -run 'Concurrent|Parallel' ./linter/ ./rules/...

# Every fuzz target, briefly, on top of its seed corpus (testdata/fuzz).
fuzz-smoke:
	FUZZTIME=4000x ./scripts/fuzz.sh

fuzz:
	FUZZTIME=$(FUZZTIME) ./scripts/fuzz.sh

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

eval:
	$(GO) run ./cmd/attrlint-eval

wasm:
	GOOS=wasip1 GOARCH=wasm GOWASM=satconv,signext $(GO) build -buildmode=c-shared -trimpath -ldflags='-s -w' -o bin/attrlint.wasm ./wasm/reactor

wasm-check: wasm
	$(GO) run ./wasm/check bin/attrlint.wasm

extension: wasm
	./extension/build.sh

e2e: extension
	./extension/e2e.sh

release:
	./scripts/release.sh $(VERSION)

clean:
	rm -rf bin dist extension/dist
