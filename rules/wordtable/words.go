package wordtable

import "strings"

// Words makes the set of the words of s, separated by white space: a word
// list written as one string is data in the binary, where a map literal of
// the same words compiles to code (about 140 bytes of WASM a word).
func Words(s string) map[string]bool {
	ws := strings.Fields(s)
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
