// Package slab copies many short slices into shared chunks: one allocation
// per chunk instead of one per slice. The analyses of a long document keep
// thousands of short lists (block maps, topics, attributions).
package slab

// Slab hands out copies carved from chunks of Chunk elements (256 when
// zero). A copy has no spare capacity, so appending to it copies it and
// never writes into its neighbour. The zero Slab is ready to use.
type Slab[T any] struct {
	Chunk int
	free  []T
}

// Copy returns a copy of src, or nil when src is empty.
func (s *Slab[T]) Copy(src []T) []T {
	if len(src) == 0 {
		return nil
	}
	if len(s.free) < len(src) {
		n := s.Chunk
		if n <= 0 {
			n = 256
		}
		s.free = make([]T, max(n, len(src)))
	}
	out := s.free[:len(src):len(src)]
	copy(out, src)
	s.free = s.free[len(src):]
	return out
}
