package rules

// findingChunks collects a document's findings in fixed-size chunks: a
// long document has thousands, and a slice grown by append would copy
// them all at every doubling.
type findingChunks struct {
	full []([]Finding)
	cur  []Finding
	n    int
}

// findingChunk is how many findings a chunk holds (26 KB).
const findingChunk = 256

func (c *findingChunks) add(f Finding) {
	if len(c.cur) == cap(c.cur) {
		if c.cur != nil {
			c.full = append(c.full, c.cur)
		}
		c.cur = make([]Finding, 0, findingChunk)
	}
	c.cur = append(c.cur, f)
	c.n++
}

// all returns the findings in the order they were added, in one slice of
// exactly their number (nil when there is none).
func (c *findingChunks) all() []Finding {
	if c.n == 0 {
		return nil
	}
	out := make([]Finding, 0, c.n)
	for _, ch := range c.full {
		out = append(out, ch...)
	}
	return append(out, c.cur...)
}
