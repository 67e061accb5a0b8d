package figures

import (
	"strings"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/wordtable"
)

// arenaChunk is how many strings a chunk of the topics and entities that
// figures keep holds (16 KB of headers): a long document keeps thousands
// of short lists.
const arenaChunk = 1024

// lowerArena lower-cases words into shared chunks: a strings.Builder only
// ever appends, so a string it returned stays valid and unchanged while
// later words are written after it.
type lowerArena struct{ b strings.Builder }

// lowerChunk is the size of a chunk of lower-cased words.
const lowerChunk = 4096

// lower is strings.ToLower(s), allocating only for a new chunk, for
// non-ASCII text, and never for lower-case ASCII words (s itself).
func (a *lowerArena) lower(s string) string {
	w, _, _ := a.lowerHash(s)
	return w
}

// lowerHash is lower(s) with, read in the same pass, the word table hash
// of the lower-case word and whether it has a hyphen.
func (a *lowerArena) lowerHash(s string) (w string, h uint32, hyphen bool) {
	upper := false
	h = wordtable.Seed
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 {
			w = strings.ToLower(s)
			h = wordtable.Seed
			for j := 0; j < len(w); j++ {
				h = wordtable.Step(h, w[j])
			}
			return w, h, strings.IndexByte(w, '-') >= 0
		}
		if c >= 'A' && c <= 'Z' {
			upper = true
			c += 'a' - 'A'
		}
		hyphen = hyphen || c == '-'
		h = wordtable.Step(h, c)
	}
	if !upper {
		return s, h, hyphen
	}
	if a.b.Cap()-a.b.Len() < len(s) {
		a.b = strings.Builder{}
		a.b.Grow(max(lowerChunk, len(s)))
	}
	start := a.b.Len()
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		a.b.WriteByte(c)
	}
	return a.b.String()[start:], h, hyphen
}

// evidenceChunks hands out one-element evidence lists carved from shared
// chunks: a long draft can have thousands of findings with one each.
type evidenceChunks struct{ free []analysis.Evidence }

// evidenceChunk is how many evidences a chunk holds.
const evidenceChunk = 128

// one returns a list of e alone, with no spare capacity.
func (c *evidenceChunks) one(e analysis.Evidence) []analysis.Evidence {
	if len(c.free) == 0 {
		c.free = make([]analysis.Evidence, evidenceChunk)
	}
	out := c.free[:1:1]
	out[0] = e
	c.free = c.free[1:]
	return out
}
