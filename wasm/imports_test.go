package wasm_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// pinnedImports is every function the module imports. A dependency that
// starts reading files, opening sockets or polling changes this list and
// fails the test: decide then whether the browser host can provide it.
var pinnedImports = []string{
	"wasi_snapshot_preview1.args_get(i32,i32) i32",
	"wasi_snapshot_preview1.args_sizes_get(i32,i32) i32",
	"wasi_snapshot_preview1.clock_time_get(i32,i64,i32) i32",
	"wasi_snapshot_preview1.environ_get(i32,i32) i32",
	"wasi_snapshot_preview1.environ_sizes_get(i32,i32) i32",
	"wasi_snapshot_preview1.fd_close(i32) i32",
	"wasi_snapshot_preview1.fd_fdstat_get(i32,i32) i32",
	"wasi_snapshot_preview1.fd_fdstat_set_flags(i32,i32) i32",
	"wasi_snapshot_preview1.fd_prestat_dir_name(i32,i32,i32) i32",
	"wasi_snapshot_preview1.fd_prestat_get(i32,i32) i32",
	"wasi_snapshot_preview1.fd_read(i32,i32,i32,i32) i32",
	"wasi_snapshot_preview1.fd_write(i32,i32,i32,i32) i32",
	"wasi_snapshot_preview1.fd_write(i32,i32,i32,i32) i32", // imported twice (runtime and syscall)
	"wasi_snapshot_preview1.poll_oneoff(i32,i32,i32,i32) i32",
	"wasi_snapshot_preview1.proc_exit(i32) ",
	"wasi_snapshot_preview1.random_get(i32,i32) i32",
	"wasi_snapshot_preview1.sched_yield() i32",
}

// pinnedExports is the ABI (wasm/ABI.md) plus what the Go runtime adds.
var pinnedExports = []string{
	"_initialize() ",
	"abi_version() i32",
	"alloc(i32) i32",
	"corpus_add(i32,i32) i64",
	"corpus_clear() i64",
	"corpus_export() i64",
	"corpus_load(i32,i32) i64",
	"free(i32) ",
	"lint(i32,i32) i64",
	"rules() i64",
}

func TestImportsPinned(t *testing.T) {
	var got []string
	for _, f := range compiled.ImportedFunctions() {
		mod, name, _ := f.Import()
		got = append(got, mod+"."+name+signature(f.ParamTypes(), f.ResultTypes()))
	}
	slices.Sort(got)
	if diff := cmp.Diff(pinnedImports, got); diff != "" {
		t.Errorf("the module's imports changed (-pinned +now):\n%s", diff)
	}
}

func TestExportsPinned(t *testing.T) {
	var got []string
	for name, f := range compiled.ExportedFunctions() {
		got = append(got, name+signature(f.ParamTypes(), f.ResultTypes()))
	}
	slices.Sort(got)
	if diff := cmp.Diff(pinnedExports, got); diff != "" {
		t.Errorf("the module's exports changed (-pinned +now):\n%s", diff)
	}
}

func signature(params, results []byte) string {
	name := func(ts []byte) string {
		var s []string
		for _, t := range ts {
			s = append(s, map[byte]string{0x7f: "i32", 0x7e: "i64", 0x7d: "f32", 0x7c: "f64"}[t])
		}
		return strings.Join(s, ",")
	}
	return fmt.Sprintf("(%s) %s", name(params), name(results))
}
