package quotes

import "testing"

// markStart must hold the first byte of every mark markAt knows.
func TestMarkStart(t *testing.T) {
	for c := 0; c < 256; c++ {
		if markStart[c] {
			continue
		}
		for _, rest := range []string{"", "'", "\x80\x9c", "\x80\x9d", "\xab", "\xbb", "x"} {
			s := string([]byte{byte(c)}) + rest
			if k, w := markAt(s, 0); k != none || w != 0 {
				t.Errorf("markAt(%q) = %d, %d: byte %#x is missing from markStart", s, k, w, c)
			}
		}
	}
	for _, s := range []string{`"`, "''", "“", "”", "„", "«", "»"} {
		if !markStart[s[0]] {
			t.Errorf("markStart misses %q", s)
		}
	}
}
