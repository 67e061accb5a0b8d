package wire

import (
	"math/rand"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMentionsMatchPattern: the hand-written scan finds exactly what the
// pattern `\b(name|alias|...)\b` (longest alternative first) finds, on
// generated text full of near-misses.
func TestMentionsMatchPattern(t *testing.T) {
	m := defaultMatcher
	var alts []string
	for _, ns := range m.byFirst {
		for _, n := range ns {
			alts = append(alts, regexp.QuoteMeta(n))
		}
	}
	// longest first, as newMatcher orders the dateline pattern
	for i := range alts {
		for j := i + 1; j < len(alts); j++ {
			if len(alts[j]) > len(alts[i]) {
				alts[i], alts[j] = alts[j], alts[i]
			}
		}
	}
	re := regexp.MustCompile(`\b(` + strings.Join(alts, "|") + `)\b`)
	pieces := []string{"AP", "APR", "Reuters", "Reuter", "The Associated Press", "Associated", "Press", "AFP", "UPI", "dpa",
		"(", ")", " ", "—", "-", ".", "_", "s", "X", "é", "1", "Photo", "/", "via", "Agence France-Presse", "France"}
	r := rand.New(rand.NewSource(7))
	for n := 0; n < 5000; n++ {
		var b strings.Builder
		for k := r.Intn(12); k >= 0; k-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		text := b.String()
		var want [][2]int
		for _, loc := range re.FindAllStringSubmatchIndex(text, -1) {
			want = append(want, [2]int{loc[2], loc[3]})
		}
		if diff := cmp.Diff(want, m.mentions(text)); diff != "" {
			t.Fatalf("%q (-pattern +scan)\n%s", text, diff)
		}
	}
}
