package figures

// wordTable is a read-only set of words with their classes, looked up for
// every token of every sentence that may hold a figure: open addressing
// over an FNV-1a hash, at most a quarter full, so a word not in it is
// usually told by one probe and a short word hashes in a few nanoseconds
// (a Go map lookup costs several times that).
type wordTable struct {
	keys []string
	vals []wordClass
	mask uint32
}

func newWordTable(m map[string]wordClass) *wordTable {
	n := 16
	for n < 4*len(m) {
		n *= 2
	}
	t := &wordTable{keys: make([]string, n), vals: make([]wordClass, n), mask: uint32(n - 1)}
	for w, c := range m {
		if w == "" {
			continue // "" marks an empty slot; no token is empty
		}
		i := fnv1a(w) & t.mask
		for t.keys[i] != "" {
			i = (i + 1) & t.mask
		}
		t.keys[i], t.vals[i] = w, c
	}
	return t
}

// get is the class of w, or the zero class.
func (t *wordTable) get(w string) wordClass {
	for i := fnv1a(w) & t.mask; ; i = (i + 1) & t.mask {
		switch t.keys[i] {
		case w:
			if w != "" {
				return t.vals[i]
			}
			return wordClass{}
		case "":
			return wordClass{}
		}
	}
}

func fnv1a(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}
