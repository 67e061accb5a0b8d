package figures

// stringArena hands out string slices carved from shared chunks. The
// figures of a long document keep thousands of short topic and entity
// lists: one allocation per chunk replaces one or more per list.
type stringArena struct{ free []string }

// arenaChunk is how many strings a chunk holds (16 KB of headers).
const arenaChunk = 1024

// copyOf returns a copy of s with no spare capacity (appending to it
// copies), or nil when s is empty.
func (a *stringArena) copyOf(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	if len(a.free) < len(s) {
		a.free = make([]string, max(arenaChunk, len(s)))
	}
	out := a.free[:len(s):len(s)]
	copy(out, s)
	a.free = a.free[len(s):]
	return out
}
