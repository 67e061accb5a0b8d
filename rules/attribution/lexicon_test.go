package attribution

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
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
	const tableOnly = cStartsSourceless | cStartsClaim | cStartsPhrase | cCueWord | cVagueAmount | cClaimHint | cActHead
	for w, c := range lex.words {
		if got := lexTable.Get(w).cls &^ tableOnly; got != c {
			t.Errorf("lexTable.Get(%q) = %b, want %b", w, got, c)
		}
	}
	for w, ps := range lex.phrases {
		e := lexTable.Get(w)
		if diff := cmp.Diff(ps, lexPhrases[e.ph], cmp.AllowUnexported(phrase{})); diff != "" {
			t.Errorf("the phrases of %q (-want +got):\n%s", w, diff)
		}
		got := e.cls
		for _, p := range ps {
			if want := cStartsPhrase | phraseStart(p.kind); got&want != want {
				t.Errorf("lexTable.Get(%q) = %b, want the bits %b of a %s phrase", w, got, want, p.kind)
			}
		}
	}
	for _, w := range append([]string{"asked", "in", "according", "suggestion"}, stateWords...) {
		if lexTable.Get(w).cls&cCueWord == 0 {
			t.Errorf("lexTable.Get(%q) has no cCueWord bit", w)
		}
	}
	for w := range talkNouns { // cueAt reads them by themselves (talkThat)
		if lexTable.Get(w).cls&cCueWord == 0 {
			t.Errorf("lexTable.Get(%q) has no cCueWord bit", w)
		}
	}
	for _, w := range claimHints {
		if lexTable.Get(w).cls&cClaimHint == 0 {
			t.Errorf("lexTable.Get(%q) has no cClaimHint bit", w)
		}
	}
	for w, ok := range vagueAmounts {
		if got := lexTable.Get(w).cls&cVagueAmount != 0; got != ok {
			t.Errorf("lexTable.Get(%q) has the cVagueAmount bit %v, want %v", w, got, ok)
		}
	}
	if got := lexTable.Get("table"); got != (entry{}) {
		t.Errorf("lexTable.Get(table) = %+v, want nothing", got)
	}
	if len(lexPhrases[0]) != 0 {
		t.Errorf("lexPhrases[0] = %v, want none", lexPhrases[0])
	}
	// phraseAt compares ids: every word of a phrase has its own, never 0.
	for _, ps := range lexPhrases {
		for _, p := range ps {
			for j, r := range p.rest {
				if id := lexTable.Get(r).id; id == 0 || p.ids[j] != id {
					t.Errorf("phrase %v %s: word %q has id %d in the phrase, %d in the table", p.rest, p.kind, r, p.ids[j], id)
				}
			}
		}
	}
}

// lowerByAppend is lower as it was first written, one append a byte.
func lowerByAppend(buf []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		if strings.HasPrefix(w[i:], "’") {
			buf = append(buf, '\'')
			i += len("’")
			continue
		}
		buf = append(buf, c)
		i++
	}
	return buf
}

func TestLowerAgrees(t *testing.T) {
	for _, w := range []string{"", "A", "Don’t", "ÉLAN", "Okafor’s", "’", "’’x", "\xe2\x80", "x\xe2", "\xe2\x80\x98Q",
		"MÜNCHEN", "İstanbul", "U.S.", "O'NEILL", "\xff\xfe", "a’b’C"} {
		for _, pre := range []string{"", "xy"} {
			want := string(lowerByAppend([]byte(pre), w))
			if got := string(lower([]byte(pre), w)); got != want {
				t.Errorf("lower(%q, %q) = %q, want %q", pre, w, got, want)
			}
		}
	}
}

// TestLexiconCommentsHeadTheirSection catches entries put between a
// comment that names a section ("# [causal]") and that section's header:
// they land in the section before ("because" was an allegation).
func TestLexiconCommentsHeadTheirSection(t *testing.T) {
	files, err := lexiconFS.ReadDir("lexicon")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		data, err := lexiconFS.ReadFile("lexicon/" + f.Name())
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(data), "\n")
		current := ""
		for i, l := range lines {
			if h, ok := strings.CutPrefix(l, "["); ok {
				current, _, _ = strings.Cut(h, "]")
				continue
			}
			name, ok := strings.CutPrefix(l, "# [")
			if !ok {
				continue
			}
			name, _, _ = strings.Cut(name, "]")
			if name == current {
				continue // "# [weak] continued: ..." inside [weak]
			}
			for j := i + 1; j < len(lines) && !strings.HasPrefix(lines[j], "["); j++ {
				if lines[j] != "" && !strings.HasPrefix(lines[j], "#") {
					t.Errorf("%s:%d: %q comes after the comment on [%s] but before its header", f.Name(), j+1, lines[j], name)
					break
				}
			}
		}
	}
}

// The word table marks a word with a list's bit exactly when the list's
// map holds it with true, and each list has a bit of its own.
func TestTableLists(t *testing.T) {
	var seen list
	for _, l := range tableLists {
		if l.bit == 0 || l.bit&(l.bit-1) != 0 || seen&l.bit != 0 {
			t.Fatalf("list bit %b is not a single bit of its own", l.bit)
		}
		seen |= l.bit
		for w, ok := range l.words {
			if got := lexTable.Get(w).lists&l.bit != 0; got != ok {
				t.Errorf("lexTable.Get(%q) has the list bit %b %v, want %v", w, l.bit, got, ok)
			}
		}
	}
	for _, w := range []string{"table", "", "is", "the", "fell"} {
		e := lexTable.Get(w)
		for _, l := range tableLists {
			if got, want := e.lists&l.bit != 0, l.words[w]; got != want {
				t.Errorf("lexTable.Get(%q) has the list bit %b %v, want %v", w, l.bit, got, want)
			}
		}
	}
}

// sourcelessPhrases and claimPhrases are lexPhrases filtered, order kept.
func TestPhraseSubsets(t *testing.T) {
	for ph, ps := range lexPhrases {
		var src, cl []phrase
		for _, p := range ps {
			if p.kind == "cues/sourceless" {
				src = append(src, p)
			}
			if strings.HasPrefix(p.kind, "claims/") {
				cl = append(cl, p)
			}
		}
		if diff := cmp.Diff(src, sourcelessPhrases[ph], cmp.AllowUnexported(phrase{})); diff != "" {
			t.Errorf("sourcelessPhrases[%d] (-want +got):\n%s", ph, diff)
		}
		if diff := cmp.Diff(cl, claimPhrases[ph], cmp.AllowUnexported(phrase{})); diff != "" {
			t.Errorf("claimPhrases[%d] (-want +got):\n%s", ph, diff)
		}
	}
}

// TestCountInWords holds the switch in countInWords to the word numbers
// it stands for: every plain count, none of the multiples or parts.
func TestCountInWords(t *testing.T) {
	for w := range wordNumbers {
		want := w != "half" && w != "twice" && w != "double" && w != "dozen"
		if got := countInWords(w); got != want {
			t.Errorf("countInWords(%q) = %v, want %v", w, got, want)
		}
	}
	if countInWords("one") || countInWords("") {
		t.Error(`countInWords("one") or ("") is true`)
	}
}
