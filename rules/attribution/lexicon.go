package attribution

import (
	"embed"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/attrlint/attrlint/rules/wordtable"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// class is a bit set of what a word or phrase is in the lexicons.
type class uint32

const (
	cStrong class = 1 << iota
	cWeak
	cIntent
	cPronoun
	cPerson
	cDocument
	cVague
	cSkip
	cStop
	cTime
	cMonth
	cLabel
	cNoun

	// Bits that only the word table sets, to tell most words at once that
	// a phrase or a cue cannot start at them.
	cStartsSourceless // first word of a cues/sourceless phrase
	cStartsClaim      // first word of a claims/ phrase
	cStartsPhrase     // first word of any phrase
	cCueWord          // a word cueAt reads by itself: "asked", "in", "according", a noun cue, a state of mind
	cVagueAmount      // a count without digits: vagueAmounts
	cClaimHint        // a word a claim check other than a phrase starts at: claimHints
	cActHead          // a word that amountAdded or actNotWords may read as an act: actHead
)

// cueGate holds the bits of the words that cueAt may read as a cue; no
// path of cueAt reads any other word as one.
const cueGate = cStartsSourceless | cCueWord | cIntent | cStrong | cWeak

// phraseStart is the bit of the first words of the phrases of a section
// (kind), or of the sections whose names start with kind.
func phraseStart(kind string) class {
	switch {
	case kind == "cues/sourceless":
		return cStartsSourceless
	case strings.HasPrefix(kind, "claims/"):
		return cStartsClaim
	}
	return cStartsPhrase
}

var sectionClass = map[string]class{
	"cues/strong": cStrong, "cues/weak": cWeak, "cues/intent": cIntent, "cues/noun": cNoun,
	"sources/pronoun": cPronoun, "sources/person": cPerson, "sources/document": cDocument,
	"sources/vague": cVague, "sources/skip": cSkip, "sources/stop": cStop,
	"units/time": cTime, "units/month": cMonth, "units/label": cLabel,
}

// phrase is a multi-word lexicon entry, keyed by its first word.
type phrase struct {
	rest []string // the words after the first, lowercased
	kind string   // the section it came from
	ids  []uint16 // the word table's ids of rest, filled in by makeLexTable
}

// lexicon holds the single words (by class) and the phrases (by first
// word) of the embedded lexicon files.
type lexicon struct {
	words   map[string]class
	phrases map[string][]phrase
}

var lex = loadLexicon()

// entry is what the word table holds for a word: its classes, the word
// lists it is in (tableLists), when it
// starts phrases their list, lexPhrases[ph], and its id. Every word of a
// phrase has an id, so a phrase is matched by comparing the ids of the
// sentence's words with its own, not their text (a word outside the table
// has id 0, which no phrase word has).
type entry struct {
	cls   class
	lists list
	ph    uint16
	id    uint16
}

// lexTable is what load looks each word up in: the classes of the single
// words, with the bits of the words that start a phrase, of the words
// cueAt reads by themselves and of vagueAmounts, and the phrases that
// start at the word. lexPhrases lists the phrases of each first word;
// lexPhrases[0] is empty.
var lexTable, lexPhrases, entryOf = makeLexTable()

// sourcelessPhrases and claimPhrases are lexPhrases cut down to the
// phrases of cues/sourceless and of the claims/ sections, in their order:
// the lists phraseAt and phraseKindAt read ("is" starts 47 phrases, 31 of
// them sourceless), so they need not try every phrase of a first word and
// test its section.
var (
	sourcelessPhrases = phrasesOf(func(kind string) bool { return kind == "cues/sourceless" })
	claimPhrases      = phrasesOf(func(kind string) bool { return strings.HasPrefix(kind, "claims/") })
)

// sourcelessNext and claimNext hold, beside each phrase of
// sourcelessPhrases and claimPhrases, the id of its second word (0 for a
// phrase of one word): phraseAt and phraseKindAt pass over a phrase whose
// second word is not the sentence's next one by reading two bytes, not
// the phrase (about half their time went on phrases that failed there).
var (
	sourcelessNext = secondIDs(sourcelessPhrases)
	claimNext      = secondIDs(claimPhrases)
)

func secondIDs(pss [][]phrase) [][]uint16 {
	out := make([][]uint16, len(pss))
	for i, ps := range pss {
		for _, p := range ps {
			var id uint16
			if len(p.ids) > 0 {
				id = p.ids[0]
			}
			out[i] = append(out[i], id)
		}
	}
	return out
}

// phrasesOf returns lexPhrases with only the phrases of the sections of
// which keep reports true.
func phrasesOf(keep func(kind string) bool) [][]phrase {
	out := make([][]phrase, len(lexPhrases))
	for i, ps := range lexPhrases {
		for _, p := range ps {
			if keep(p.kind) {
				out[i] = append(out[i], p)
			}
		}
	}
	return out
}

// makeLexTable also returns the table's entries by id (entryOf[0] is the
// zero entry of a word outside it), for docLex.
func makeLexTable() (*wordtable.Table[entry], [][]phrase, []entry) {
	lexPhrases := [][]phrase{nil}
	m := make(map[string]entry, len(lex.words)+len(lex.phrases))
	add := func(w string, c class) {
		e := m[w]
		e.cls |= c
		m[w] = e
	}
	for w, c := range lex.words {
		add(w, c)
	}
	for w, ps := range lex.phrases {
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
	byID := make([]entry, len(m)+1)
	for w, e := range m {
		if w != "" { // never in the table
			byID[e.id] = e
		}
	}
	return wordtable.New(m), lexPhrases, byID
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

// lower appends the lowercase form of an ASCII-ish word to buf and returns
// it; non-ASCII letters are kept, with curly apostrophes made straight.
func lower(buf []byte, w string) []byte {
	// The lowercase form is never longer than w: grow buf once and write
	// into it.
	n := len(buf)
	buf = slices.Grow(buf, len(w))[:n+len(w)]
	j := n
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
		} else if strings.HasPrefix(w[i:], "’") {
			buf[j] = '\''
			j++
			i += len("’")
			continue
		}
		buf[j] = c
		j++
		i++
	}
	return buf[:j]
}
