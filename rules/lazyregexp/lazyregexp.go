// Package lazyregexp holds regular expressions that are compiled at their
// first use instead of when the program starts.
//
// In the WASM module every package's initialisation runs before the first
// page can be checked, and V8 compiles the module's functions lazily and
// recompiles the busy ones with its optimising compiler: compiling a
// pattern with Unicode classes or case folding at start-up is work the
// first check waits for, for patterns that most documents never need
// (most of them run only after a cheap test on the text passed).
package lazyregexp

import (
	"regexp"
	"sync"
)

// Regexp is a pattern compiled by its first Get.
type Regexp struct {
	pattern string
	once    sync.Once
	re      *regexp.Regexp
}

// New returns a Regexp for pattern, which must compile (regexp.MustCompile
// panics at the first Get otherwise).
func New(pattern string) *Regexp { return &Regexp{pattern: pattern} }

// Get returns the compiled pattern; it is safe for concurrent use.
func (r *Regexp) Get() *regexp.Regexp {
	r.once.Do(func() { r.re = regexp.MustCompile(r.pattern) })
	return r.re
}
