// Package modbuild builds the reactor module the way `make wasm` does, for
// the tests and checks that build a module of their own.
package modbuild

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
)

// Features is GOWASM: the WebAssembly features past the 1.0 core that the
// module's code may use. Sign-extension operators and saturating
// float-to-int conversions are in every engine the module runs in
// (Chromium since 75 and Firefox since 64, against the extension's
// minimum 116 and 142; Node; wazero's default core features), and they cut
// a lint's time under wazero by about 3% (paired wasm/check runs: 11.0x
// to 10.9x, 11.5x to 11.0x and 11.3x to 10.9x native for a 2,000-word
// text). The Makefile's wasm target sets the same value.
const Features = "satconv,signext"

// Build builds the reactor package reactorDir into the file out. With
// strip, it drops the symbol table and the name section (-s -w), as the
// shipped module does; without, function names stay for size reports.
func Build(reactorDir, out string, strip bool) error {
	gobin := filepath.Join(runtime.GOROOT(), "bin", "go")
	if _, err := os.Stat(gobin); err != nil {
		gobin = "go"
	}
	args := []string{"build", "-buildmode=c-shared", "-trimpath"}
	if strip {
		args = append(args, "-ldflags=-s -w")
	}
	cmd := exec.Command(gobin, append(args, "-o", out, ".")...)
	cmd.Dir = reactorDir
	cmd.Env = append(os.Environ(), "GOOS=wasip1", "GOARCH=wasm", "GOWASM="+Features)
	if b, err := cmd.CombinedOutput(); err != nil {
		return fmt.Errorf("building the module: %v\n%s", err, b)
	}
	return nil
}
