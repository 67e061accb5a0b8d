package tokens

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// The ASCII shortcuts must agree with unicode and utf8 on every byte.
func TestASCIIShortcuts(t *testing.T) {
	for c := 0; c < utf8.RuneSelf; c++ {
		if got, want := isASCIIAlnum(byte(c)), unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)); got != want {
			t.Errorf("isASCIIAlnum(%q) = %v, want %v", rune(c), got, want)
		}
	}
	for _, s := range []string{"a", "Z", "$", " ", "é", "€5", "\xff", "—", "a\xe2\x82"} {
		for i := range len(s) {
			r, n := decodeRune(s, i, len(s))
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn {
				t.Errorf("decodeRune(%q, %d) = %q, %d; want %q, %d", s, i, r, n, wr, wn)
			}
		}
	}
}
