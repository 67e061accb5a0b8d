package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/sentences"
	"github.com/attrlint/attrlint/rules/tokens"
	"github.com/attrlint/attrlint/rules/wordtable"
)

// word is one token of a sentence as the matcher sees it.
//
// Fields are ordered widest first: a document holds one word per token
// (48 bytes, not the 56 of a padded order).
type word struct {
	s, e   int    // block text offsets
	lists  list   // the word lists of tableLists it is in
	lo, hi int32  // its lowercase form is scratch.low[lo:hi]
	cls    class  // lexicon classes of the lowercase form
	ph     uint16 // the phrases that start with it: lexPhrases[ph]
	id     uint16 // its id in the word table, 0 when it is not there
	kind   tokens.Kind
	cap    bool // starts with an upper-case letter
	open   bool // an opening quote mark
	close  bool // a closing quote mark
	punc   byte // ASCII punctuation, or 'D' for a dash, 'Q' for a quote mark
}

// scratch is reused across sentences to keep the hot path allocation-free.
type scratch struct {
	lex  *docLex
	low  string // lex.low
	mask []bool
	out  []Attribution // a sentence's attributions while they are found
	sig  signals       // the sentence's statistical signal words, once claim asks
}

// newScratch returns a scratch that loads the sentences of the document
// of lex.
func newScratch(lex *docLex) scratch { return scratch{lex: lex, low: lex.low} }

func (sc *scratch) lowOf(w *word) string { return sc.low[w.lo:w.hi] }

// is reports whether the lowercase form of w is s.
//
// It is not inlined: its thousand-odd call sites made 268 KB of the WASM
// module's code (92 KB gzipped, against a 2.5 MB budget), and the module
// ran no slower for the calls (paired wasm/check medians: 10.7x native
// against 11.35x for a 2,000-word text, 10.8x against 11.3x as HTML).
//
//go:noinline
func (sc *scratch) is(w *word, s string) bool { return sc.low[w.lo:w.hi] == s }

// docLex holds the words of every sentence of a document, made once by
// the analysis: a sentence is read several times (by the analysis, then
// by the rules), and making its words each time was a twentieth of a
// lint under WASM. They cost a word (48 bytes) a token.
type docLex struct {
	low   string // the lowercase forms of the tokens, one after another
	words []word // sentence i's are words[first[i]:first[i+1]]
	first []int32
}

// tokLex is a token's lowercase form, low[lo:hi] where hi is the lo of the
// token after it, and its id in the word table (entryOf). Punctuation has
// an empty form and id 0.
type tokLex struct {
	lo int32
	id uint16
}

// lexDoc lowers and looks up every token of a document and makes the
// words of its sentences.
func lexDoc(d *document.Document, ss *sentences.Result, ts *tokens.Result) *docLex {
	// A lowercase form is never longer than its token: low grows once.
	n := 0
	for i := range d.Blocks {
		n += len(d.Blocks[i].Text)
	}
	var low strings.Builder
	low.Grow(n)
	lx := &docLex{words: make([]word, 0, len(ts.Tokens)), first: make([]int32, len(ss.Sentences)+1)}
	var buf []byte
	var tl []tokLex // the sentence's tokens', and one at the end
	for i, s := range ss.Sentences {
		lx.first[i] = int32(len(lx.words))
		text := d.Blocks[s.Block].Text
		toks := ts.Of(i)
		tl = tl[:0]
		for _, t := range toks {
			e := tokLex{lo: int32(low.Len())}
			if t.Kind != tokens.Punct {
				buf = lower(buf[:0], text[t.Start:t.End])
				low.Write(buf)
				e.id = lexTable.GetBytes(buf).id
			}
			tl = append(tl, e)
		}
		tl = append(tl, tokLex{lo: int32(low.Len())})
		lx.words = appendWords(lx.words, text, toks, tl)
	}
	lx.first[len(ss.Sentences)] = int32(len(lx.words))
	lx.low = low.String()
	return lx
}

// load returns the words of sentence i.
func (sc *scratch) load(i int) []word {
	lx := sc.lex
	return lx.words[lx.first[i]:lx.first[i+1]:lx.first[i+1]]
}

// appendWords appends the words of a sentence, whose tokens are toks in
// text and tl (with one more at the end), to words.
func appendWords(words []word, text string, toks []tokens.Token, tl []tokLex) []word {
	for ti := 0; ti < len(toks); ti++ {
		t := toks[ti]
		w := word{s: int(t.Start), e: int(t.End), kind: t.Kind}
		str := text[w.s:w.e]
		if t.Kind == tokens.Punct {
			switch {
			case str == "'" && ti+1 < len(toks) && toks[ti+1].Start == t.End && text[t.End] == '\'':
				// Two apostrophes used as a double quote mark.
				ti++
				w.e = int(toks[ti].End)
				w.punc = 'Q'
				w.open = w.s == 0 || isSpaceBefore(text, w.s)
				w.close = !w.open
			case str == "“" || str == "„" || str == "«":
				w.punc, w.open = 'Q', true
			case str == "”" || str == "»":
				w.punc, w.close = 'Q', true
			case str == `"`:
				w.punc = 'Q'
				w.open = w.s == 0 || isSpaceBefore(text, w.s)
				w.close = !w.open
			case str == "’":
				w.punc = '\''
			case str == "—" || str == "–" || str == "―":
				w.punc = 'D'
			case len(str) == 1:
				w.punc = str[0]
				if w.punc == '-' && (w.e < len(text) && text[w.e] == '-' || w.s > 0 && text[w.s-1] == ' ' && w.e < len(text) && text[w.e] == ' ') {
					w.punc = 'D' // "--", and a hyphen spaced as a dash: "... win." - Bernie Sanders
				}
			default:
				w.punc = '?'
			}
			words = append(words, w)
			continue
		}
		r, _ := utf8.DecodeRuneInString(str)
		w.cap = unicode.IsUpper(r)
		w.lo, w.hi = tl[ti].lo, tl[ti+1].lo
		e := entryOf[tl[ti].id]
		w.cls, w.lists, w.ph, w.id = e.cls, e.lists, e.ph, e.id
		words = append(words, w)
	}
	return words
}

func isSpaceBefore(text string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r) || r == '(' || r == '—' || r == '–' || r == ':'
}

// cutAny slices s around the first byte of chars: what comes before it and
// what comes after it; all of s and "" when none is there.
func cutAny(s, chars string) (before, after string) {
	if i := strings.IndexAny(s, chars); i >= 0 {
		return s[:i], s[i+1:]
	}
	return s, ""
}

// passiveAdverbs may stand inside a sourceless passive: "It is also
// whispered", "is even claimed to", "is believed locally to".
var passiveAdverbs = wordtable.Words(`also even still now locally
	privately sometimes often once generally commonly later
	nonetheless nevertheless therefore`)

// phraseAt returns the longest lexicon phrase of a section (kind) that
// starts at word i, as its length in words (0 when none); a sourceless
// passive may hold an adverb (passiveAdverbs), counted in its length.
func (sc *scratch) phraseAt(ws []word, i int, kind string) int {
	if ws[i].punc != 0 || ws[i].cls&phraseStart(kind) == 0 {
		return 0
	}
	best := 0
	// Which of the next words are adverbs a sourceless passive may hold,
	// found once rather than for every phrase tried.
	var adverbs uint8
	if kind == "cues/sourceless" {
		for j := i + 1; j < len(ws) && j <= i+8; j++ {
			if ws[j].punc == 0 && ws[j].in(lPassiveAdverbs) {
				adverbs |= 1 << (j - i - 1)
			}
		}
	}
	ps, all := lexPhrases[ws[i].ph], true
	var next []uint16
	if kind == "cues/sourceless" {
		ps, all, next = sourcelessPhrases[ws[i].ph], false, sourcelessNext[ws[i].ph] // all of the section
	}
	// A phrase's second word is the next word, or past an adverb the one
	// after it; a punctuation mark has id 0, which no phrase word has.
	var n1, n2 uint16
	if i+1 < len(ws) {
		n1 = ws[i+1].id
	}
	if adverbs&1 != 0 && i+2 < len(ws) {
		n2 = ws[i+2].id
	}
	for pi := range ps {
		if next != nil && next[pi] != 0 && next[pi] != n1 && next[pi] != n2 {
			continue
		}
		p := &ps[pi]
		if all && p.kind != kind || 1+len(p.rest) <= best {
			continue
		}
		j, ok := i+1, true
		for _, r := range p.ids {
			if adverbs != 0 && j+1 < len(ws) && j <= i+8 && adverbs&(1<<(j-i-1)) != 0 && ws[j].id != r {
				j++ // "It is also whispered", "is believed locally to"
			}
			if j >= len(ws) || ws[j].punc != 0 || ws[j].id != r {
				ok = false
				break
			}
			j++
		}
		if ok && j-i > best {
			best = j - i
		}
	}
	return best
}

// phraseKindAt is like phraseAt for any section whose name starts with
// prefix; it returns the section too.
func (sc *scratch) phraseKindAt(ws []word, i int, prefix string) (string, int) {
	if ws[i].punc != 0 || ws[i].cls&phraseStart(prefix) == 0 {
		return "", 0
	}
	best, kind := 0, ""
	ps, all := lexPhrases[ws[i].ph], true
	// A claim that opens on a form of "be" may hold an adverb after it: "It
	// is also likely to reopen the argument", "are still likely to".
	adverb := false
	var next []uint16
	if prefix == "claims/" {
		ps, all, next = claimPhrases[ws[i].ph], false, claimNext[ws[i].ph] // all of the sections
		adverb = i+2 < len(ws) && ws[i].in(lBeVerbs) && ws[i+1].punc == 0 && ws[i+1].in(lPassiveAdverbs)
	}
	var n1, n2 uint16 // the next word's id (0 for a mark or none); the one after an adverb
	if i+1 < len(ws) {
		n1 = ws[i+1].id
	}
	if adverb {
		n2 = ws[i+2].id
	}
	for pi := range ps {
		if next != nil && next[pi] != 0 && next[pi] != n1 && !(adverb && next[pi] == n2) {
			continue
		}
		p := &ps[pi]
		if all && (len(p.kind) < len(prefix) || p.kind[:len(prefix)] != prefix) || 1+len(p.rest) <= best {
			continue
		}
		j, ok := i+1, true
		if adverb && len(p.ids) > 0 && ws[j].id != p.ids[0] {
			j++
		}
		for _, r := range p.ids {
			if j >= len(ws) || ws[j].punc != 0 || ws[j].id != r {
				ok = false
				break
			}
			j++
		}
		if ok {
			best, kind = j-i, p.kind
		}
	}
	return kind, best
}

// authorities are whom a crime or a fault is reported to.
var authorities = wordtable.Words(`police authorities officers investigators regulators`)

// sourcelessAt is phraseAt for the sourceless markers, less "it is
// expected" and kin before "to": there "it" is the subject ("The stage
// starts at noon. It is expected to end in a sprint"), not the empty "it"
// of "it is expected that", and what follows is the passive's own.
func (sc *scratch) sourcelessAt(ws []word, i int) int {
	if sc.talkCirculating(ws, i) {
		if sc.is(&ws[i], "going") || sc.is(&ws[i], "gone") || sc.is(&ws[i], "went") {
			return 2 // "Rumours had been going round for months that", "Talk of a boycott has gone round the quay", "Rumours went round among the players"
		}
		return 1 // "Complaints about the panel had been circulating in the sport for days"
	}
	if sc.expectedAmong(ws, i) {
		return 1 // "The split had been expected in the locker room since the summer"
	}
	if sc.talkedAbout(ws, i) {
		return 2 // "That the mill was for sale had been talked about openly in the industry"
	}
	n := sc.phraseAt(ws, i, "cues/sourceless")
	if n == 0 && sc.participleAside(ws, i) {
		return 2 // "The nursery, believed to be on the edge of Ollerbrook, has not been identified"
	}
	if n == 0 && sc.talkThat(ws, i) {
		return 1 // "days of whispers in the players' hall that her rubbers had been treated"
	}
	if n > 0 && sc.is(&ws[i], "it") && sc.is(&ws[i+n-1], "expected") && i+n < len(ws) && ws[i+n].punc == 0 && sc.is(&ws[i+n], "to") {
		return 0 // "it is expected to": a forecast of the thing; not "it was widely thought to have died out"
	}
	if n > 0 && sc.is(&ws[i], "said") && (i == 0 || ws[i-1].punc != 0 || ws[i-1].cap && !(i == 1 && demonstratives[sc.lowOf(&ws[0])]) || ws[i-1].cls&cPronoun != 0) {
		return 0 // "A photograph said to show", "Those said to be on the list"; not "Reed said to show the pass", an instruction given
	}
	if n > 0 && sc.is(&ws[i], "word") && i > 0 && ws[i-1].punc == 0 && !(i == 1 && sc.is(&ws[0], "the")) {
		return 0 // "had the final word on the deal"; only "Word on the quay is ...", "The word in the tea room was that"
	}
	if n > 1 && sc.is(&ws[i+n-1], "to") && i+n < len(ws) && ws[i+n].punc == 0 && (ws[i+n].cap || ws[i+n].in(lArticles) || recipients[sc.lowOf(&ws[i+n])] || authorities[sc.lowOf(&ws[i+n])]) {
		return 0 // "The theft was reported to police": told to someone, not said of it
	}
	return n
}

// participleAside reports whether ws[i] opens an aside set off by a
// comma that says what no one named believes: ", believed to be", ",
// thought to have", ", understood to be".
func (sc *scratch) participleAside(ws []word, i int) bool {
	if i == 0 || ws[i-1].punc != ',' || i+2 >= len(ws) || !sc.is(&ws[i+1], "to") || !sc.is(&ws[i+2], "be") && !sc.is(&ws[i+2], "have") {
		return false
	}
	switch sc.lowOf(&ws[i]) {
	case "believed", "thought", "understood", "rumoured", "rumored", "reported", "alleged":
		return true
	}
	return false
}

// talkCirculating reports whether ws[i], "circulating" or "circulated",
// has talk with no one behind it as its subject: "Rumours about the panel
// had been circulating for days", "Complaints ... have circulated"; not
// "Leaflets about the rumours were circulating" (the talk after "about").
// "Rumours spread on Monday evening that" and "Rumours have spread on
// modelling forums that" are talk circulating too.
func (sc *scratch) talkCirculating(ws []word, i int) bool {
	if sc.wordSpread(ws, i) {
		return true
	}
	if l := sc.lowOf(&ws[i]); !(l == "circulating" && i > 0 && ws[i-1].in(lBeVerbs) || l == "circulated" || (l == "going" && i > 0 && ws[i-1].in(lBeVerbs) || l == "gone" && i > 0 && sc.haveForm(&ws[i-1]) || l == "went" && i > 0 && circulatingTalk[sc.lowOf(&ws[i-1])]) && i+1 < len(ws) && (sc.is(&ws[i+1], "round") || sc.is(&ws[i+1], "around")) || l == "spread" && i > 0 && (circulatingTalk[sc.lowOf(&ws[i-1])] || i > 1 && sc.haveForm(&ws[i-1]) && circulatingTalk[sc.lowOf(&ws[i-2])]) && sc.thatAfter(ws, i+1)) {
		return false // "had been circulating"; not "Rumours circulating on social media claim", a source of its own
	}
	for j := i - 1; j >= 0 && j >= i-14 && (ws[j].punc == 0 || ws[j].punc == '\''); j-- { // "the Fish Merchants' Association"
		if ws[j].punc == 0 && circulatingTalk[sc.lowOf(&ws[j])] {
			k := j - 1
			for k >= 0 && ws[k].punc == 0 && (ws[k].in(lArticles) || hearsayModifiers[sc.lowOf(&ws[k])] || possessive(sc.lowOf(&ws[k]))) {
				k-- // "the", "local", "his"
			}
			return k < 0 || ws[k].punc != 0 || !objectPrepositions[sc.lowOf(&ws[k])] && !sc.is(&ws[k], "in")
		}
	}
	return false
}

// wordSpread reports whether "spread" at ws[i] has "Word" opening the
// sentence for its subject: "Word had spread on local social media that
// the gates might be locked"; not "The word spread", "Her word".
func (sc *scratch) wordSpread(ws []word, i int) bool {
	if !sc.is(&ws[i], "spread") || i+1 >= len(ws) || ws[i+1].punc != 0 {
		return false
	}
	p := i - 1
	if p > 0 && sc.haveForm(&ws[p]) {
		p-- // "Word had spread"
	}
	return p == 0 && sc.is(&ws[0], "word")
}

// thatAfter reports whether "that" opens what ws[j:] reports, later in
// its clause: "spread on modelling forums that"; not "spread fear among
// the staff".
func (sc *scratch) thatAfter(ws []word, j int) bool {
	for m := j; m < len(ws) && m <= j+14 && (ws[m].punc == 0 || ws[m].punc == '\''); m++ { // "on the league's parents' chat group last month that"
		if ws[m].punc == 0 && sc.is(&ws[m], "that") {
			return true
		}
	}
	return false
}

var circulatingTalk = wordtable.Words(`rumours rumors speculation gossip talk
	whispers complaints claims suggestions stories allegations`)

// expectedAmong reports whether ws[i] is a passive view ("been expected",
// "was feared") held in a place full of people, named by no one: "had
// been expected in the locker room", "was feared among traders"; not a
// time ("expected in the spring", "in March") nor a view with its holder
// ("expected by investors").
func (sc *scratch) expectedAmong(ws []word, i int) bool {
	if i == 0 || i+2 >= len(ws) || !ws[i-1].in(lBeVerbs) || ws[i+1].punc != 0 || ws[i+2].punc != 0 || !passiveViews[sc.lowOf(&ws[i])] {
		return false
	}
	if sc.is(&ws[i+1], "among") {
		return true
	}
	if !sc.is(&ws[i-1], "been") {
		return false // "had been expected in the locker room", a view held; not "The vote is expected in the chamber on Monday", a schedule
	}
	return sc.inPlace(ws, i+1)
}

// inPlace reports whether ws[j:] is "in the" and a place where people
// talk, not a time: "in the locker room", "in the industry"; not "in the
// spring", "in the coming weeks".
func (sc *scratch) inPlace(ws []word, j int) bool {
	if j+2 >= len(ws) || !sc.is(&ws[j], "in") || !sc.is(&ws[j+1], "the") || ws[j+2].punc != 0 {
		return false
	}
	n := &ws[j+2]
	l := sc.lowOf(n)
	return !n.cap && n.kind != tokens.Number && n.cls&(cTime|cMonth) == 0 && !periodWords[l] && !rateWords[l] && !calendarSpans[l] && !timeUnits[l] && l != "coming" && l != "next" && l != "new" && l != "first" && l != "second" && l != "morning" && l != "afternoon" && l != "evening"
}

// talkedAbout reports whether ws[i], "talked", in "been talked about",
// is talk that no one is behind: "had been talked about openly in the
// industry", "has been talked about among traders"; not a subject long
// discussed ("has been talked about for years", "at every meeting"), nor
// talk with its speaker ("talked about by Reed").
func (sc *scratch) talkedAbout(ws []word, i int) bool {
	if i == 0 || i+2 >= len(ws) || !sc.is(&ws[i], "talked") || !ws[i-1].in(lBeVerbs) || !sc.is(&ws[i+1], "about") || ws[i+2].punc != 0 {
		return false
	}
	j := i + 2
	if talkManners[sc.lowOf(&ws[j])] && j+1 < len(ws) && ws[j+1].punc == 0 {
		j++ // "openly in the industry"
	}
	return sc.is(&ws[j], "among") || sc.inPlace(ws, j)
}

// talkThat reports whether ws[i], talk with no one behind it, has what
// it says in a "that" clause a few words on: "whispers in the players'
// hall that her rubbers had been treated", "talk in the village was that
// the conker ..."; not "rumours about the mill
// that circulated" (a relative clause) nor "talk in the office that
// morning".
func (sc *scratch) talkThat(ws []word, i int) bool {
	if sc.is(&ws[i], "talk") && i > 0 && ws[i-1].punc == 0 && (ws[i-1].cls&cPronoun != 0 || ws[i-1].in(lModals) || sc.is(&ws[i-1], "to")) {
		return false // a verb: "they will talk in the village that evening", "to talk in the hall"
	}
	if sc.is(&ws[i], "word") && (!(i == 0 || ws[i-1].punc != 0 || i == 1 && sc.is(&ws[0], "the")) || i+1 >= len(ws) || !wordPlaces[sc.lowOf(&ws[i+1])]) {
		return false // "gave his word that he would": a promise, not talk; "Word had spread that": the verb's; only "Word in Wistlecombe is that"
	}
	if !ws[i].in(lTalkNouns) && !(sc.is(&ws[i], "reports") && i > 0 && ws[i-1].punc == 0 && (reportsBefore[sc.lowOf(&ws[i-1])] || ws[i-1].in(lBeVerbs))) {
		return false // "reports" as a noun only: "a week of reports that", "There were reports that"; not "Reuters reports that"
	}
	for j := i + 1; j+1 < len(ws) && j <= i+7 && (ws[j-1].punc == 0 || ws[j-1].punc == '\''); j++ { // "the players' hall"
		if l := sc.lowOf(&ws[j]); ws[j].cls&(cStrong|cWeak|cNoun|cIntent) != 0 || strings.HasSuffix(l, "ing") || strings.HasSuffix(l, "ed") || ws[j].in(lAspectual) {
			return false // a verb or a cue of its own first: "Rumours circulating on social media claim that", "began with claims on social media that"
		}
		if sc.is(&ws[j], "that") && ws[j].punc == 0 {
			n := &ws[j+1]
			l := sc.lowOf(n)
			if n.punc != 0 || n.in(lPeriodWords) || timeUnits[l] {
				return false // "gossip in the hall that morning"
			}
			return sc.newSubject(n) || n.cap || n.kind == tokens.Number || peoplePlurals[l] // a clause's subject: "that her rubbers had", "that he had"; not "that feeds the town", a relative clause
		}
	}
	return false
}

// wordPlaces after "word" set it in a place: "Word in Wistlecombe is
// that", "Word around the harbour".
var wordPlaces = wordtable.Words(`in on around among at`)

// peoplePlurals are plurals with no -s that open a clause after "that":
// "rumours that children were ill".
var peoplePlurals = wordtable.Words(`children people men women police`)

// reportsBefore make "reports" after them a noun.
var reportsBefore = wordtable.Words(`of amid despite after following unconfirmed recent`)

// talkNouns are talk with no one behind it; not "speculation", which a
// writer keeps as a word of their own ("the speculation about a candidacy
// that he keeps tamping down").
var talkNouns = wordtable.Words(`whispers rumours rumors rumour rumor gossip talk word`)

// talkManners are how talk goes round: "talked about openly in the trade".
var talkManners = wordtable.Words(`openly privately quietly widely`)
