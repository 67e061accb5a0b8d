//go:build wasip1

package main

import (
	"runtime"
	"runtime/metrics"
)

// Between export calls no goroutine runs, so a GC cycle the runtime starts
// during a call never finishes and linear memory grows without bound.
// collect finishes one at the end of a call, once gcEvery bytes were
// allocated since the last: memory stays flat, and a small call does not
// pay a whole collection (about 1.7 ms under wazero) every time.
const gcEvery = 4 << 20

var (
	allocs   = []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}}
	lastGCAt uint64
)

func collect() {
	metrics.Read(allocs)
	now := allocs[0].Value.Uint64()
	if now-lastGCAt < gcEvery {
		return
	}
	runtime.GC()
	lastGCAt = now
}
