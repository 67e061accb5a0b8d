//go:build unix

// Package cputime reads the CPU time the process has used, for benchmarks
// and speed checks on shared machines, where other processes inflate wall
// time.
package cputime

import (
	"time"

	"golang.org/x/sys/unix"
)

// Process is the CPU time the process has used on all its threads, or 0
// where the system does not say. It reads CLOCK_PROCESS_CPUTIME_ID: the
// user and system times of getrusage are adjusted to stay monotonic and
// move in steps, too coarse for a call of a few milliseconds.
func Process() time.Duration {
	var ts unix.Timespec
	if unix.ClockGettime(unix.CLOCK_PROCESS_CPUTIME_ID, &ts) != nil {
		return 0
	}
	return time.Duration(ts.Nano())
}
