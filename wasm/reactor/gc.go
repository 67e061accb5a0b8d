//go:build wasip1

package main

import (
	"runtime"
	"runtime/debug"
)

// Between export calls no goroutine runs, so a GC cycle the runtime starts
// during a call may never finish, and linear memory grows without bound.
// So the module collects at the end of a call (collect), once gcEvery
// bytes were allocated since the last collection: memory stays flat, and a
// short draft does not pay a whole collection (~1.7 ms under wazero) every
// time. Within a call the GC only runs near a memory limit: automatic
// cycles in a single-threaded module cost 10-20% of a lint (measured with
// wasm/check), and the end-of-call collection does their work.
//
// The counts come from runtime.ReadMemStats, not runtime/metrics: the
// first metrics.Read builds the runtime's table of every metric, a 29 KB
// function that V8 compiles (and soon recompiles with its optimising
// compiler) during the first lint of a cold start.
const (
	gcEvery  = 4 << 20
	minLimit = 128 << 20
)

var (
	stats    runtime.MemStats
	lastGCAt uint64
)

func init() {
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(minLimit)
}

func collect() {
	runtime.ReadMemStats(&stats)
	now := stats.TotalAlloc // bytes allocated so far
	if now-lastGCAt < gcEvery {
		return
	}
	runtime.GC()
	lastGCAt = now
	// Keep room above what stays live (a large corpus), so the limit
	// never makes the GC run back to back. Right after a collection the
	// heap holds only what it marked live.
	runtime.ReadMemStats(&stats)
	live := int64(stats.HeapAlloc)
	debug.SetMemoryLimit(max(minLimit, 2*live+64<<20))
}
