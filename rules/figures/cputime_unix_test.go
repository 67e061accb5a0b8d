//go:build unix

package figures_test

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time this process used (user + system): benchmarks
// report it beside wall time, which other processes on a shared machine
// inflate.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
