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

// lexTable holds every lexicon word with its classes, and marks the first
// words of phrases and the words cueAt reads by themselves.
func TestLexTable(t *testing.T) {
	const tableOnly = cStartsSourceless | cStartsClaim | cStartsPhrase | cCueWord
	for w, c := range lex.words {
		if got := lexTable.Get(w) &^ tableOnly; got != c {
			t.Errorf("lexTable.Get(%q) = %b, want %b", w, got, c)
		}
	}
	for w, ps := range lex.phrases {
		got := lexTable.Get(w)
		for _, p := range ps {
			if want := cStartsPhrase | phraseStart(p.kind); got&want != want {
				t.Errorf("lexTable.Get(%q) = %b, want the bits %b of a %s phrase", w, got, want, p.kind)
			}
		}
	}
	for _, w := range append([]string{"asked", "in", "according", "suggestion"}, stateWords...) {
		if lexTable.Get(w)&cCueWord == 0 {
			t.Errorf("lexTable.Get(%q) has no cCueWord bit", w)
		}
	}
	if got := lexTable.Get("table"); got != 0 {
		t.Errorf("lexTable.Get(table) = %b, want 0", got)
	}
}
