package attribution

import (
	"strings"
	"testing"
)

// nobodyWhole is nobody as it was written first: the whole text with its
// curly apostrophes made straight, every phrase tried.
func nobodyWhole(src string) bool {
	src = strings.ReplaceAll(src, "’", "'")
	for _, n := range [...]string{"someone", "somebody", "a voice", "one voice", "another voice", "a second voice", "a man's voice", "a woman's voice", "a child's voice", "a shout", "a cry", "one wag", "a wag"} {
		if len(src) >= len(n) && strings.EqualFold(src[:len(n)], n) && (len(src) == len(n) || src[len(n)] == ' ' && !strings.HasPrefix(src[len(n):], " over")) {
			return true
		}
	}
	return false
}

var nobodySeeds = []string{"", "someone", "Somebody on the government side muttered", "ſomeone shouted", "A woman’s voice from the back",
	"a woman’s voice", "a voice over the tannoy", "a voice over", "A voice", "another voice, louder", "one wag", "Okafor said",
	"’’’’’’’’’’’’’’’’’’’’’’’’’’’’ someone", "a man’s voice" + strings.Repeat("’", 30), "a crying child", "a cry", "A CRY went up",
	"\xe2\x80 someone", "someone" + strings.Repeat(" x", 40)}

// nobody reads at most a prefix of its text and skips most first bytes:
// it agrees with reading all of it.
func TestNobodyAgrees(t *testing.T) {
	for _, s := range nobodySeeds {
		if got, want := nobody(s), nobodyWhole(s); got != want {
			t.Errorf("nobody(%q) = %v, want %v", s, got, want)
		}
	}
}

func FuzzNobody(f *testing.F) {
	for _, s := range nobodySeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := nobody(s), nobodyWhole(s); got != want {
			t.Errorf("nobody(%q) = %v, want %v", s, got, want)
		}
	})
}
