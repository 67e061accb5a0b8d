//go:build wasip1

// Command reactor is the attrlint WASM module (ABI in wasm/ABI.md): a WASI
// reactor built with -buildmode=c-shared whose exports hand JSON requests
// to an abi.Session. It holds no rule logic, only memory glue.
package main

import (
	"fmt"
	"unsafe"

	"github.com/attrlint/attrlint/wasm/abi"
)

func main() {}

var session abi.Session

// buffers keeps every buffer handed to the host reachable (Go's GC does not
// move objects), keyed by its address in linear memory.
var buffers = map[uint32][]byte{}

// keep registers b and returns its address.
func keep(b []byte) uint32 {
	if cap(b) == 0 {
		b = make([]byte, 0, 1) // every buffer needs its own address
	}
	p := uint32(uintptr(unsafe.Pointer(unsafe.SliceData(b[:1]))))
	buffers[p] = b
	return p
}

// result registers out and packs its address and length.
func result(out []byte) uint64 {
	p := keep(out)
	return uint64(p)<<32 | uint64(len(out))
}

// input returns the request bytes at ptr, which alloc must have returned.
func input(ptr, n int32) ([]byte, []byte) {
	b, ok := buffers[uint32(ptr)]
	if !ok {
		return nil, abi.Fail(abi.BadRequest, fmt.Sprintf("pointer %d was not returned by alloc", uint32(ptr)))
	}
	if n < 0 || int(n) > cap(b) {
		return nil, abi.Fail(abi.BadRequest, fmt.Sprintf("length %d does not fit the %d-byte buffer at %d", n, cap(b), uint32(ptr)))
	}
	return b[:n], nil
}

// call runs f, turns a panic into an internal error, collects garbage
// (see collect) and returns the packed result.
func call(f func() []byte) (r uint64) {
	defer func() {
		if v := recover(); v != nil {
			r = result(abi.Fail(abi.Internal, fmt.Sprintf("panic: %v", v)))
		}
		collect()
	}()
	return result(f())
}

//go:wasmexport abi_version
func abiVersion() int32 { return abi.Version }

//go:wasmexport alloc
func alloc(size int32) int32 {
	if size < 0 || size > abi.MaxAlloc {
		return 0
	}
	return int32(keep(make([]byte, size)))
}

//go:wasmexport free
func free(ptr int32) {
	delete(buffers, uint32(ptr))
}

//go:wasmexport lint
func lint(ptr, n int32) uint64 {
	return call(func() []byte {
		req, fail := input(ptr, n)
		if fail != nil {
			return fail
		}
		return session.Lint(req)
	})
}

//go:wasmexport rules
func listRules() uint64 { return call(session.Rules) }

//go:wasmexport corpus_load
func corpusLoad(ptr, n int32) uint64 {
	return call(func() []byte {
		req, fail := input(ptr, n)
		if fail != nil {
			return fail
		}
		// The index may keep slices of its bytes: give it its own copy,
		// so the host may free and reuse its buffer.
		return session.CorpusLoad(append([]byte(nil), req...))
	})
}

//go:wasmexport corpus_add
func corpusAdd(ptr, n int32) uint64 {
	return call(func() []byte {
		req, fail := input(ptr, n)
		if fail != nil {
			return fail
		}
		return session.CorpusAdd(req)
	})
}

//go:wasmexport corpus_export
func corpusExport() uint64 { return call(session.CorpusExport) }

//go:wasmexport corpus_clear
func corpusClear() uint64 { return call(session.CorpusClear) }
