// Package wordtable holds the analyses' word lists: Words, a set of words
// written as one string, and Table, a read-only table of words with a value
// each, made for the lookup that the analyses do for every token: open
// addressing over an FNV-1a hash, at most a quarter full, so a word not in
// it is usually told by one probe and a short word hashes in a few
// nanoseconds (a Go map lookup costs several times that).
package wordtable

import (
	"maps"
	"slices"
)

// Table maps words to values of type V; the empty word is never in it.
type Table[V any] struct {
	keys []string
	vals []V
	mask uint32
}

// New makes a table of the words of m; an empty word is left out ("" marks
// a free slot, and no token is empty).
func New[V any](m map[string]V) *Table[V] {
	keys := slices.Sorted(maps.Keys(m))
	vals := make([]V, len(keys))
	for i, w := range keys {
		vals[i] = m[w]
	}
	return Of(keys, vals)
}

// Get returns the value of w, or the zero value.
func (t *Table[V]) Get(w string) V { return t.GetHashed(w, hash(w)) }

// GetHashed is Get for a word whose hash the caller computed with Seed
// and Step while reading it (lower-casing it, say): one pass over the word
// rather than two.
func (t *Table[V]) GetHashed(w string, h uint32) V {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case w:
			if w != "" {
				return t.vals[i]
			}
			var zero V
			return zero
		case "":
			var zero V
			return zero
		}
	}
}

// Seed is the hash of the empty word; Step adds byte c to hash h.
const Seed uint32 = 2166136261

// Step is one byte of FNV-1a.
func Step(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

// GetBytes is Get for a word held in a byte slice; it does not copy it.
func (t *Table[V]) GetBytes(w []byte) V {
	h := uint32(2166136261)
	for _, c := range w {
		h = (h ^ uint32(c)) * 16777619
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		k := t.keys[i]
		if k == "" {
			var zero V
			return zero
		}
		if k == string(w) {
			return t.vals[i]
		}
	}
}

// Hash is the hash of w that GetHashed takes.
func Hash(w string) uint32 { return hash(w) }

// hash is FNV-1a.
func hash(w string) uint32 {
	h := Seed
	for i := 0; i < len(w); i++ {
		h = Step(h, w[i])
	}
	return h
}

// Of makes a table of keys[i] with vals[i], filled in their order, so the
// same words give the same table; an empty word is left out.
func Of[V any](keys []string, vals []V) *Table[V] {
	n := 16
	for n < 4*len(keys) {
		n *= 2
	}
	t := &Table[V]{keys: make([]string, n), vals: make([]V, n), mask: uint32(n - 1)}
	for j, w := range keys {
		if w == "" {
			continue
		}
		i := hash(w) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = w, vals[j]
	}
	return t
}
