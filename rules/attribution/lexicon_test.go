package attribution

import (
	"strings"
	"testing"
)

// TestLexiconSections catches a misspelt section name in a lexicon file:
// its entries would silently become phrases of an unknown kind.
func TestLexiconSections(t *testing.T) {
	known := map[string]bool{"cues/sourceless": true}
	for k := range sectionClass {
		known[k] = true
	}
	for k := range claimSections {
		known[k] = true
	}
	for first, ps := range lex.phrases {
		for _, p := range ps {
			if !known[p.kind] {
				t.Errorf("phrase %q %v in unknown section %q", first, p.rest, p.kind)
			}
		}
	}
	for _, w := range []string{"said", "according", "experts", "reportedly"} {
		if lex.words[w] == 0 && len(lex.phrases[w]) == 0 {
			t.Errorf("%q is in no lexicon", w)
		}
	}
}

func TestLower(t *testing.T) {
	if got := string(lower([]byte("x"), "Don’t")); got != "xdon't" {
		t.Errorf("lower = %q", got)
	}
	if !strings.HasPrefix(string(lower(nil, "U.S.")), "u.s.") {
		t.Error("lower(U.S.)")
	}
}

// personalPronoun agrees with looking up the lowercase form.
func TestPersonalPronoun(t *testing.T) {
	for _, s := range []string{"he", "He", "HE", "she", "SHE", "They", "tHEY", "we", "We", "it", "I", "",
		"hes", "the", "heh", "theyy", "ſhe", "\u212Ae", "İ", "h\xffe", "Shé", "WE ", "they’"} {
		if got, want := personalPronoun(s), personalPronouns[strings.ToLower(s)]; got != want {
			t.Errorf("personalPronoun(%q) = %v, want %v", s, got, want)
		}
	}
}
