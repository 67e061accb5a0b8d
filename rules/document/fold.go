package document

import "math/bits"

// FoldSet is a set of lower-case ASCII words to look for in a text in any
// case, in one pass: the cheap test before a case-insensitive pattern on a
// short block. It allocates nothing.
type FoldSet struct {
	words  []string
	first  [256]uint32 // bit k: words[k] starts with this byte, in either case
	second [256]uint32 // bit k: this is words[k]'s second byte, in either case
}

// foldLimit is how much of a text In reads.
const foldLimit = 512

// NewFoldSet makes the set of words (at most 32, lower case, two bytes
// or longer).
func NewFoldSet(words ...string) *FoldSet {
	if len(words) > 32 {
		panic("document.NewFoldSet: more than 32 words")
	}
	f := &FoldSet{words: words}
	for k, w := range words {
		if len(w) < 2 {
			panic("document.NewFoldSet: a word shorter than two bytes")
		}
		// Indexed by the text's bytes as written: both cases.
		for c := range 256 {
			if lowerByte(byte(c)) == w[0] {
				f.first[c] |= 1 << k
			}
			if lowerByte(byte(c)) == w[1] {
				f.second[c] |= 1 << k
			}
		}
	}
	return f
}

// In reports whether the first 512 bytes of s, ASCII-lowercased, contain
// one of the words.
func (f *FoldSet) In(s string) bool {
	s = s[:min(len(s), foldLimit)]
	for i := 0; i+1 < len(s); i++ {
		// Only words whose first two bytes are here can start here.
		for m := f.first[s[i]] & f.second[s[i+1]]; m != 0; m &= m - 1 {
			if hasPrefixFold(s[i:], f.words[bits.TrailingZeros32(m)]) {
				return true
			}
		}
	}
	return false
}

// hasPrefixFold reports whether s, ASCII-lowercased, starts with w.
func hasPrefixFold(s, w string) bool {
	if len(s) < len(w) {
		return false
	}
	for j := 0; j < len(w); j++ {
		if lowerByte(s[j]) != w[j] {
			return false
		}
	}
	return true
}

func lowerByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
