//go:build wasip1

package main

import (
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// Between export calls no goroutine runs, so a GC cycle the runtime starts
// during a call may never finish, and linear memory grows without bound.
// So the module collects at the end of a call (collect), once gcEvery
// bytes were allocated since the last collection: memory stays flat, and a
// short draft does not pay a whole collection (~1.7 ms under wazero) every
// time. Within a call the GC only runs near a memory limit: automatic
// cycles in a single-threaded module cost 10-20% of a lint (measured with
// wasm/check), and the end-of-call collection does their work.
const (
	gcEvery  = 4 << 20
	minLimit = 128 << 20
)

var (
	samples = []metrics.Sample{
		{Name: "/gc/heap/allocs:bytes"},
		{Name: "/gc/heap/live:bytes"},
	}
	lastGCAt uint64
)

func init() {
	debug.SetGCPercent(-1)
	debug.SetMemoryLimit(minLimit)
}

func collect() {
	metrics.Read(samples[:1])
	now := samples[0].Value.Uint64()
	if now-lastGCAt < gcEvery {
		return
	}
	runtime.GC()
	lastGCAt = now
	// Keep room above what stays live (a large corpus), so the limit
	// never makes the GC run back to back.
	metrics.Read(samples[1:])
	live := int64(samples[1].Value.Uint64())
	debug.SetMemoryLimit(max(minLimit, 2*live+64<<20))
}
