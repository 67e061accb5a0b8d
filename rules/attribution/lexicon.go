package attribution

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/attrlint/attrlint/rules/wordtable"
)

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

// phrase is a multi-word lexicon entry, keyed by its first word.
type phrase struct {
	rest []string // the words after the first, lowercased
	kind string   // the section it came from
	ids  []uint16 // the word table's ids of rest
}

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
// lexPhrases[0] is empty. entryOf holds the table's entries by id
// (entryOf[0] is the zero entry of a word outside it), for docLex.
//
// All three are made from the lexicon files and the package's word lists
// when the tests run (lexicon_build_test.go) and kept, generated, in
// lexicon_table.go: made at start-up instead, they were most of the
// package's start-up and a third of the WASM module's (113 of 132 and of
// 341 ms in a Node profile: start-up code runs once, so under V8's
// baseline compiler).
//
//go:generate go test -run TestLexiconTableFile -update .
var lexTable = wordtable.Of(lexWords[1:], entryOf[1:])

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
