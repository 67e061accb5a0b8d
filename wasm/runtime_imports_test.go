package wasm_test

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"slices"
	"testing"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/attrlint/attrlint/wasm/abi"
)

// allowedDuringCalls are the WASI functions the module may call while it
// answers requests: the clock, randomness, and poll_oneoff with clock
// subscriptions only (the Go scheduler waiting for a timer when a
// collection runs inside a call; the extension's shim implements it). A
// call that reads files, environment or sockets, polls a file, or writes to
// stdout (a crash report), fails.
var allowedDuringCalls = []string{"clock_time_get", "random_get", "poll_oneoff(clock)"}

// pollName tells a poll_oneoff that waits on clocks only from one that
// polls files: the subscriptions are 48 bytes, their tag at offset 8 (0 is
// a clock).
func pollName(mod api.Module, params []uint64) string {
	in, n := uint32(params[0]), uint32(params[2])
	for i := uint32(0); i < n; i++ {
		tag, ok := mod.Memory().ReadByte(in + i*48 + 8)
		if !ok || tag != 0 {
			return "poll_oneoff(files)"
		}
	}
	return "poll_oneoff(clock)"
}

// importsCorpusCap is how many fixtures TestImportsCalledDuringCalls adds
// to the module's corpus.
const importsCorpusCap = 48

// TestImportsCalledDuringCalls records every WASI call the module makes
// while it lints every fixture and builds, exports and loads a corpus of
// the first importsCorpusCap.
func TestImportsCalledDuringCalls(t *testing.T) {
	called := map[string]int{}
	recording := false
	factory := experimental.FunctionListenerFactoryFunc(func(def api.FunctionDefinition) experimental.FunctionListener {
		// The listener sits on the host module's functions.
		if def.ModuleName() != wasi_snapshot_preview1.ModuleName {
			return nil
		}
		name := def.Name()
		return experimental.FunctionListenerFunc(func(_ context.Context, mod api.Module, _ api.FunctionDefinition, params []uint64, _ experimental.StackIterator) {
			if !recording {
				return
			}
			if name == "poll_oneoff" {
				called[pollName(mod, params)]++
				return
			}
			called[name]++
		})
	})
	ctx := experimental.WithFunctionListenerFactory(context.Background(), factory)
	rt := wazero.NewRuntime(ctx)
	defer rt.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, rt)
	cm, err := rt.CompileModule(ctx, wasmBytes)
	if err != nil {
		t.Fatal(err)
	}
	mod, err := rt.InstantiateModule(ctx, cm, wazero.NewModuleConfig().WithStartFunctions("_initialize").
		WithSysWalltime().WithSysNanotime().WithRandSource(rand.Reader))
	if err != nil {
		t.Fatal(err)
	}
	in := &instance{t: t, ctx: ctx, mod: mod}
	if len(called) != 0 {
		t.Fatalf("recorded before recording: %v", called)
	}
	recording = true
	for i, fx := range fixtures(t) {
		r := decodeResponse(t, in.call("lint", lintRequest(t, fx, configs()["defaults"])))
		if r.Error != nil && r.Error.Code != abi.BadInput {
			t.Errorf("%s: %s", fx.path, r.Error.Message)
		}
		// Every fixture is linted, but only the first ones join the
		// corpus: each lint compares its figures with the whole corpus,
		// so a corpus of every fixture made the test's time grow with the
		// square of their number, under the interpreter that listeners
		// need. A few dozen documents exercise the same corpus code.
		if i >= importsCorpusCap {
			continue
		}
		text := string(fx.src)
		req, _ := json.Marshal(abi.CorpusAddRequest{ABI: ptr(abi.Version), Text: &text, Format: string(fx.format), Path: fx.path})
		in.call("corpus_add", req)
	}
	if exported := in.call0("corpus_export"); len(exported) > 0 && exported[0] != '{' {
		in.call("corpus_load", exported)
	}
	in.call0("rules")
	in.call0("corpus_clear")
	recording = false
	for name, n := range called {
		if !slices.Contains(allowedDuringCalls, name) {
			t.Errorf("the module called %s %d times while answering requests", name, n)
		}
	}
	t.Logf("WASI calls while answering: %v", called)
}
