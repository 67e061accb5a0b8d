package wasm_test

import (
	"context"
	"crypto/rand"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/attrlint/attrlint/wasm/internal/modbuild"
)

// The module is built once per test binary, from the source of this tree,
// with the flags `make wasm` uses, and compiled once.
var (
	wasmBytes []byte
	wrt       wazero.Runtime
	compiled  wazero.CompiledModule
)

func TestMain(m *testing.M) {
	os.Exit(run(m))
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "attrlint-wasm-test")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	defer os.RemoveAll(dir)
	if wasmBytes, err = buildModule(dir); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	ctx := context.Background()
	wrt = wazero.NewRuntime(ctx)
	defer wrt.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, wrt)
	if compiled, err = wrt.CompileModule(ctx, wasmBytes); err != nil {
		fmt.Fprintln(os.Stderr, "compiling the module:", err)
		return 2
	}
	return m.Run()
}

func buildModule(dir string) ([]byte, error) {
	// Read the reactor's sources so that go test's cache notices when they
	// change (every other package the module holds is imported by the tests).
	srcs, err := filepath.Glob(filepath.Join("reactor", "*.go"))
	if err != nil || len(srcs) == 0 {
		return nil, fmt.Errorf("no reactor sources: %v", err)
	}
	for _, f := range srcs {
		if _, err := os.ReadFile(f); err != nil {
			return nil, err
		}
	}
	out := filepath.Join(dir, "attrlint.wasm")
	if err := modbuild.Build("reactor", out, true); err != nil {
		return nil, err
	}
	return os.ReadFile(out)
}

// instance is one instantiated module.
type instance struct {
	t   testing.TB
	ctx context.Context
	mod api.Module
}

func newInstance(t testing.TB) *instance {
	t.Helper()
	ctx := context.Background()
	cfg := wazero.NewModuleConfig().WithStartFunctions("_initialize").WithName("").
		WithSysWalltime().WithSysNanotime().WithRandSource(rand.Reader).WithStderr(os.Stderr)
	mod, err := wrt.InstantiateModule(ctx, compiled, cfg)
	if err != nil {
		t.Fatalf("instantiating the module: %v", err)
	}
	t.Cleanup(func() { mod.Close(ctx) })
	return &instance{t: t, ctx: ctx, mod: mod}
}

func (in *instance) fn(name string, args ...uint64) []uint64 {
	in.t.Helper()
	f := in.mod.ExportedFunction(name)
	if f == nil {
		in.t.Fatalf("module does not export %s", name)
	}
	res, err := f.Call(in.ctx, args...)
	if err != nil {
		in.t.Fatalf("%s trapped: %v", name, err)
	}
	return res
}

// put copies b into a buffer from alloc and returns its pointer.
func (in *instance) put(b []byte) uint32 {
	in.t.Helper()
	p := uint32(in.fn("alloc", uint64(len(b)))[0])
	if p == 0 {
		in.t.Fatalf("alloc(%d) returned 0", len(b))
	}
	if !in.mod.Memory().Write(p, b) {
		in.t.Fatalf("writing %d bytes at %d: out of range", len(b), p)
	}
	return p
}

// take reads and frees a packed result.
func (in *instance) take(r uint64) []byte {
	in.t.Helper()
	p, n := uint32(r>>32), uint32(r)
	b, ok := in.mod.Memory().Read(p, n)
	if !ok {
		in.t.Fatalf("result %d+%d is outside memory (%d bytes)", p, n, in.mod.Memory().Size())
	}
	out := append([]byte(nil), b...)
	in.fn("free", uint64(p))
	return out
}

// call sends req to an export taking (ptr, len) and returns its answer.
func (in *instance) call(name string, req []byte) []byte {
	in.t.Helper()
	p := in.put(req)
	r := in.fn(name, uint64(p), uint64(len(req)))[0]
	in.fn("free", uint64(p))
	return in.take(r)
}

// call0 calls an export without arguments that returns a packed result.
func (in *instance) call0(name string) []byte {
	in.t.Helper()
	return in.take(in.fn(name)[0])
}
