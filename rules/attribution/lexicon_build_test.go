package attribution

import (
	"bytes"
	"embed"
	"flag"
	"fmt"
	"go/format"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The lexicon as its files and the package's word lists give it: what
// lexicon_table.go is generated from, and what the tests check the
// generated table against.

//go:embed lexicon/*.txt
var lexiconFS embed.FS

var updateTable = flag.Bool("update", false, "rewrite lexicon_table.go from the lexicon files and the word lists")

var sectionClass = map[string]class{
	"cues/strong": cStrong, "cues/weak": cWeak, "cues/intent": cIntent, "cues/noun": cNoun,
	"sources/pronoun": cPronoun, "sources/person": cPerson, "sources/document": cDocument,
	"sources/vague": cVague, "sources/skip": cSkip, "sources/stop": cStop,
	"units/time": cTime, "units/month": cMonth, "units/label": cLabel,
}

// lexicon holds the single words (by class) and the phrases (by first
// word) of the embedded lexicon files.
type lexicon struct {
	words   map[string]class
	phrases map[string][]phrase
}

var lex = loadLexicon()

// buildLexTable makes what lexicon_table.go holds from the lexicon files
// and the package's word lists: the table's words by id (words[0] is the
// empty word of id 0), the phrase lists, and the entries by id.
func buildLexTable() (words []string, lexPhrases [][]phrase, byID []entry) {
	lexPhrases = [][]phrase{nil}
	m := make(map[string]entry, len(lex.words)+len(lex.phrases))
	add := func(w string, c class) {
		e := m[w]
		e.cls |= c
		m[w] = e
	}
	for w, c := range lex.words {
		add(w, c)
	}
	for _, w := range slices.Sorted(maps.Keys(lex.phrases)) { // phrase lists numbered in a fixed order
		ps := lex.phrases[w]
		for _, p := range ps {
			add(w, cStartsPhrase|phraseStart(p.kind))
		}
		e := m[w]
		e.ph = uint16(len(lexPhrases))
		m[w] = e
		lexPhrases = append(lexPhrases, ps)
	}
	if len(lexPhrases) > 1<<16 {
		panic("attribution: too many phrase lists for a uint16")
	}
	for _, ps := range lexPhrases {
		for _, p := range ps {
			for _, r := range p.rest {
				add(r, 0)
			}
		}
	}
	for w := range nounCues {
		add(w, cCueWord)
	}
	for _, w := range stateWords {
		add(w, cCueWord)
	}
	for w := range talkNouns {
		add(w, cCueWord) // talkThat: "whispers in the players' hall that"
	}
	for w := range pollStandings {
		add(w, cCueWord) // inPollAt: "topped a BVA poll with 30%"
	}
	for _, w := range []string{"asked", "in", "according", "clear", "put", "seen", "viewed", "known", "considered", "under", "expect", "heard", "spread", "going", "gone", "went"} {
		add(w, cCueWord)
	}
	for _, w := range claimHints {
		add(w, cClaimHint)
	}
	for w, ok := range vagueAmounts {
		if ok {
			add(w, cVagueAmount)
		}
	}
	for _, l := range tableLists {
		for w, ok := range l.words {
			if ok {
				e := m[w]
				e.lists |= l.bit
				m[w] = e
			}
		}
	}
	for w, e := range m {
		if actHead(w) {
			e.cls |= cActHead
			m[w] = e
		}
	}
	numberWords(m)
	for _, ps := range lexPhrases {
		for i := range ps {
			ps[i].ids = make([]uint16, len(ps[i].rest))
			for j, r := range ps[i].rest {
				ps[i].ids[j] = m[r].id
			}
		}
	}
	words = make([]string, len(m)+1)
	byID = make([]entry, len(m)+1)
	for w, e := range m {
		if w != "" { // never in the table
			words[e.id], byID[e.id] = w, e
		}
	}
	return words, lexPhrases, byID
}

// numberWords gives each word of m an id from 1 up, in sorted order so
// that the ids do not depend on map order.
func numberWords(m map[string]entry) {
	if len(m) >= 1<<16 {
		panic("attribution: too many words for a uint16 id")
	}
	for i, w := range slices.Sorted(maps.Keys(m)) {
		e := m[w]
		e.id = uint16(i + 1)
		m[w] = e
	}
}

func loadLexicon() *lexicon {
	l := &lexicon{words: map[string]class{}, phrases: map[string][]phrase{}}
	for _, file := range []string{"cues", "sources", "units", "claims"} {
		data, err := lexiconFS.ReadFile("lexicon/" + file + ".txt")
		if err != nil {
			panic(err)
		}
		section := ""
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			if line[0] == '[' && line[len(line)-1] == ']' {
				section = line[1 : len(line)-1]
				continue
			}
			ws := strings.Fields(strings.ToLower(line))
			c, single := sectionClass[file+"/"+section]
			if single && len(ws) == 1 {
				l.words[ws[0]] |= c
				continue
			}
			// Multi-word entries (and every claim phrase) are phrases,
			// tagged with their file and section.
			l.phrases[ws[0]] = append(l.phrases[ws[0]], phrase{rest: ws[1:], kind: file + "/" + section})
		}
	}
	return l
}

// TestLexiconTableFile holds lexicon_table.go to the lexicon files and
// the word lists it is made from; with -update it rewrites the file (go
// generate does that too).
func TestLexiconTableFile(t *testing.T) {
	words, phrases, byID := buildLexTable()
	src, err := lexiconTableSource(words, phrases, byID)
	if err != nil {
		t.Fatal(err)
	}
	const file = "lexicon_table.go"
	if *updateTable {
		if err := os.WriteFile(file, src, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, src) {
		t.Errorf("%s is out of date with the lexicon files or the word lists: run go generate ./rules/attribution (or go test ./rules/attribution -run TestLexiconTableFile -update)\n%s", file, cmp.Diff(string(got), string(src)))
	}
	// What the package runs on is the same table: the words by id, their
	// entries and the phrase lists.
	if diff := cmp.Diff(words, lexWords[:]); diff != "" {
		t.Errorf("lexWords (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(byID, entryOf, cmp.AllowUnexported(entry{})); diff != "" {
		t.Errorf("entryOf (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(phrases, lexPhrases, cmp.AllowUnexported(phrase{})); diff != "" {
		t.Errorf("lexPhrases (-want +got):\n%s", diff)
	}
	for id, w := range words[1:] {
		if got := lexTable.Get(w); got != byID[id+1] {
			t.Errorf("lexTable.Get(%q) = %+v, want %+v", w, got, byID[id+1])
		}
	}
}

// lexiconTableSource writes lexicon_table.go.
func lexiconTableSource(words []string, phrases [][]phrase, byID []entry) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(`// Code generated by "go test -run TestLexiconTableFile -update"; DO NOT EDIT.

// The word table of the lexicon files (lexicon/*.txt) and the package's
// word lists (lexTable in lexicon.go), made by lexicon_build_test.go.

package attribution

// lexWords are the words of the table by id; lexWords[0], id 0, is none.
var lexWords = [...]string{
`)
	for _, w := range words {
		fmt.Fprintf(&b, "%q,\n", w)
	}
	b.WriteString("}\n\n// entryOf are their entries by id: classes, lists, phrase list, id.\nvar entryOf = []entry{\n")
	for id, e := range byID {
		if id == 0 {
			b.WriteString("{},\n")
			continue
		}
		fmt.Fprintf(&b, "{%#x, %#x, %d, %d}, // %q\n", e.cls, e.lists, e.ph, e.id, words[id])
	}
	b.WriteString("}\n\n// lexPhrases are the phrase lists, each of the phrases that start at one\n// word: the rest of their words, their section and the ids of the rest.\nvar lexPhrases = [][]phrase{\nnil,\n")
	for _, ps := range phrases[1:] {
		b.WriteString("{\n")
		for _, p := range ps {
			fmt.Fprintf(&b, "{%#v, %q, %#v},\n", p.rest, p.kind, p.ids)
		}
		b.WriteString("},\n")
	}
	b.WriteString("}\n")
	return format.Source(b.Bytes())
}
