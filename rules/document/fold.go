package document

import "bytes"

// ContainsFold reports whether the first 512 bytes of s, ASCII-lowercased,
// contain one of words (given in lower case). It allocates nothing: the
// cheap test before a case-insensitive pattern on a short block.
func ContainsFold(s string, words []string) bool {
	var buf [512]byte
	l := buf[:0]
	for i := 0; i < len(s) && i < len(buf); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		l = append(l, c)
	}
	for _, w := range words {
		if bytes.Contains(l, []byte(w)) {
			return true
		}
	}
	return false
}
