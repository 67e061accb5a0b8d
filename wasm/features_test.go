package wasm_test

import (
	"os"
	"strings"
	"testing"

	"github.com/attrlint/attrlint/wasm/internal/modbuild"
)

// The module the tests build and the one `make wasm` ships use the same
// WebAssembly features: a feature only the tests had would pass here and
// fail in a browser.
func TestMakefileFeatures(t *testing.T) {
	b, err := os.ReadFile("../Makefile")
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, l := range strings.Split(string(b), "\n") {
		if strings.Contains(l, "-buildmode=c-shared") && strings.Contains(l, "GOARCH=wasm") {
			lines = append(lines, l)
		}
	}
	if len(lines) == 0 {
		t.Fatal("no module build line in the Makefile")
	}
	for _, l := range lines {
		if !strings.Contains(l, " GOWASM="+modbuild.Features+" ") {
			t.Errorf("Makefile builds the module without GOWASM=%s: %s", modbuild.Features, strings.TrimSpace(l))
		}
	}
}
