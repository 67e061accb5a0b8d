package attribution

// Where a source or what was said starts and ends: the words between a
// source and its cue that belong to neither (a day, "sometimes"), the
// openers and connectives before a subject, the phrases a source takes in
// (a list, an appositive, a name's age and town, who made a document),
// and the adjuncts after a cue that what was said starts after.

import (
	"strings"

	"github.com/attrlint/attrlint/rules/tokens"
	"github.com/attrlint/attrlint/rules/wordtable"
)

// timeBefore returns where a phrase of time that ends at ws[j] starts,
// less one: a day ("on Saturday", "late Monday", "on Tuesday night", "on
// March 3"), a span ("last week", "this past week", "earlier this
// month") or a count of them ago ("less than two weeks ago"). It returns
// j when no such phrase ends there, or when a word is not left before it
// for a subject to end on.
func (sc *scratch) timeBefore(ws []word, j int) int {
	word := func(i int) bool { return i >= 0 && ws[i].punc == 0 }
	o := -1 // where the phrase starts
	switch {
	case !word(j):
		return j
	case ws[j].cap && weekday(sc.lowOf(&ws[j])):
		o = j // "Tuesday"
	case dayParts[sc.lowOf(&ws[j])] && word(j-1) && ws[j-1].cap && weekday(sc.lowOf(&ws[j-1])):
		o = j - 1 // "Tuesday night"
	case ws[j].kind == tokens.Number && word(j-1) && ws[j-1].cap && weekdayOrMonth(sc.lowOf(&ws[j-1])):
		o = j - 1 // "March 3"
	case calendarSpans[sc.lowOf(&ws[j])] && word(j-1) && spanDeictics[sc.lowOf(&ws[j-1])]:
		o = j - 1 // "last week"
		if word(o-1) && (sc.is(&ws[o-1], "this") || sc.is(&ws[o-1], "earlier") || sc.is(&ws[o-1], "late") || sc.is(&ws[o-1], "early")) {
			o-- // "this past week", "earlier this month"
		}
	case sc.is(&ws[j], "ago") && word(j-2) && (ws[j-2].kind == tokens.Number || countWords[sc.lowOf(&ws[j-2])] || sc.is(&ws[j-2], "a")) && word(j-1) && (spanWords[sc.lowOf(&ws[j-1])] || calendarSpans[sc.lowOf(&ws[j-1])] || sc.is(&ws[j-1], "days")):
		o = j - 2 // "two weeks ago", "a year ago"
		if word(o-2) && sc.is(&ws[o-1], "than") && (sc.is(&ws[o-2], "less") || sc.is(&ws[o-2], "more")) {
			o -= 2 // "less than two weeks ago"
		}
	default:
		return j
	}
	if word(o-1) && (sc.is(&ws[o-1], "on") || sc.is(&ws[o-1], "late") || sc.is(&ws[o-1], "early")) {
		o-- // "on Saturday", "late Monday"
	}
	if o < 1 || ws[o-1].punc == 0 && (ws[o-1].cls&cStop != 0 || !ws[o-1].cap && strings.HasSuffix(sc.lowOf(&ws[o-1]), "ed")) {
		return j // nothing before it, a preposition ("the speech on Tuesday") or a participle's day ("A poll ... published on Monday found")
	}
	return o - 1
}

// listBefore returns where a list of plural nouns ends at ws[st] starts:
// "doctors, nurses and paramedics", at least one comma and an "and" or
// "or" before the last. It returns st when there is no such list.
func (a *analyzer) listBefore(ws []word, st int) int {
	plural := func(i int) bool {
		return i >= 0 && ws[i].punc == 0 && ws[i].cls&cStop == 0 && strings.HasSuffix(a.sc.lowOf(&ws[i]), "s")
	}
	if st < 4 || !plural(st) || !a.sc.is(&ws[st-1], "and") && !a.sc.is(&ws[st-1], "or") || !plural(st-2) {
		return st
	}
	o := st - 2
	for o >= 2 && ws[o-1].punc == ',' && plural(o-2) {
		o -= 2
	}
	if o == st-2 {
		return st // no comma: "Prices rises and economists said" may be two clauses
	}
	return o
}

// frontedOpener reports whether the sentence opens on a word that fronts
// a clause or an adverbial before its subject: a subordinator ("When",
// "After"), an adverb of time or manner ("Later", "Hastily"), a span
// ("Hours later"), or a participle that opens a clause ("Speaking in his
// real voice", "Having announced"). A capital there is the sentence's,
// not a name's.
func (a *analyzer) frontedOpener(ws []word) bool {
	l := a.sc.lowOf(&ws[0])
	switch {
	case frontedOpeners[l]:
		return true
	case strings.HasSuffix(l, "ly") && ws[1].punc == 0 && !ws[1].cap && strings.HasSuffix(a.sc.lowOf(&ws[1]), "ing"):
		return true // "Hastily politicizing the tragedy"; not "Kelly arrived"
	case (spanWords[l] || l == "hours" || l == "days" || l == "minutes" || l == "moments") && a.sc.is(&ws[1], "later"):
		return true // "Hours later,"
	}
	return false
}

// documentSaying reads a participle cue at ws[k] right after a document
// an actor put out, with no comma: "issued a statement Tuesday saying",
// "sent a text message to supporters saying", "placed newspaper ads
// calling". It returns the document's noun phrase: from its article or
// possessive, at most four words before its head. What may stand between
// the document and the cue: "to" or "for" and whom it went to, or a day.
func (a *analyzer) documentSaying(ws []word, k int) (int, int, bool) {
	if k < 2 || !participles[a.sc.lowOf(&ws[k])] || ws[k-1].punc != 0 {
		return 0, 0, false
	}
	d := k - 1
	for ; d >= 0 && k-d <= 5 && ws[d].punc == 0; d-- {
		if ws[d].cls&cDocument != 0 || sentDocuments[a.sc.lowOf(&ws[d])] {
			break
		}
	}
	if d < 1 || k-d > 5 || ws[d].punc != 0 || ws[d].cls&cDocument == 0 && !sentDocuments[a.sc.lowOf(&ws[d])] {
		return 0, 0, false
	}
	if d < k-1 {
		next := &ws[d+1]
		if !a.sc.is(next, "to") && !a.sc.is(next, "for") && a.sc.timeBefore(ws, k-1) != d {
			return 0, 0, false // "a report on the plan saying" is not a document sent to someone
		}
	}
	st := d
	for st > 0 && d-st < 4 && ws[st-1].punc == 0 && ws[st-1].cls&(cStrong|cWeak|cIntent) == 0 && (ws[st-1].cls&cStop == 0 || ws[st-1].in(lArticles) || possessive(a.sc.lowOf(&ws[st-1]))) {
		if p := st - 1; strings.HasSuffix(a.sc.lowOf(&ws[p]), "ed") && !(p > 0 && (ws[p-1].in(lArticles) || possessive(a.sc.lowOf(&ws[p-1])))) {
			break // a verb, not an adjective: "placed newspaper ads", not "a signed letter"
		}
		st--
		if ws[st].in(lArticles) || possessive(a.sc.lowOf(&ws[st])) {
			break
		}
	}
	many := strings.HasSuffix(a.sc.lowOf(&ws[d]), "s") // "ads", "statements"
	if st < d && !ws[st].in(lArticles) && !possessive(a.sc.lowOf(&ws[st])) {
		// No article: the plural head and one word before it, not the
		// verb ("placed newspaper ads calling").
		if !many {
			return 0, 0, false
		}
		st = d
		if l := a.sc.lowOf(&ws[d-1]); ws[d-1].punc == 0 && ws[d-1].cls&(cStop|cStrong|cWeak|cIntent) == 0 && !strings.HasSuffix(l, "ed") {
			st = d - 1
		}
	}
	if st == d && !many {
		return 0, 0, false
	}
	return st, d + 1, true
}

// pronounClause reports whether ws[ns:ne], after a cue, opens a clause on
// a subject pronoun ("a “fraud,” said he doesn’t believe", "said he still
// “prays”"): what was said, not an inverted source, which is the pronoun
// alone before a comma or the end ("..., said he.").
func (a *analyzer) pronounClause(ws []word, ns, ne int) bool {
	if l := a.sc.lowOf(&ws[ns]); !subjectPronouns[l] && l != "it" {
		return false
	}
	return ne > ns+1 || ne < len(ws) && ws[ne].punc != ',' && ws[ne].punc != '.'
}

// agedFrom reads a name with an age and a home town set off by commas,
// ending at the comma ws[j]: "Cory James, 22, of Dunmore, Kess.,". It
// returns the name.
func (a *analyzer) agedFrom(ws []word, j int) (int, int, bool) {
	if j < 6 || ws[j].punc != ',' {
		return 0, 0, false
	}
	for o := j - 1; o >= 4 && j-o <= 6; o-- {
		if ws[o].punc == 0 && !ws[o].cap && !a.sc.is(&ws[o], "of") {
			return 0, 0, false // the town is capitalised words, commas and full stops
		}
		if !a.sc.is(&ws[o], "of") {
			continue
		}
		if ws[o-1].punc != ',' || ws[o-2].kind != tokens.Number || ws[o-3].punc != ',' || ws[o-4].punc != 0 || !ws[o-4].cap {
			return 0, 0, false
		}
		st := o - 4
		for st > 0 && ws[st-1].punc == 0 && ws[st-1].cap || st > 1 && ws[st-1].punc == '.' && ws[st-2].cap {
			st--
		}
		return st, o - 3, true
	}
	return 0, 0, false
}

// clauseNP reports whether ws[st:end], read leftwards before a
// participle, is a clause rather than a noun phrase: an article inside
// it that no preposition introduces ("the group Clean Seas began a $1
// million ad campaign this week praising"), where a noun phrase has one
// only after "of" and the like ("the head of the union").
func (a *analyzer) clauseNP(ws []word, st, end int) bool {
	for i := st + 1; i < end; i++ {
		if ws[i].punc == 0 && ws[i].in(lArticles) && ws[i-1].punc == 0 && ws[i-1].cls&cStop == 0 {
			return true
		}
	}
	return false
}

// antecedentIn returns where, in a clause ws[st:end] read before ", who",
// the noun phrase that "who" stands for starts: the name that ends it
// ("benefit Democrats", "the opening question from CBS moderator John
// Dickerson"), or else the last article's phrase ("a partial reversal for
// the Wisconsin Republican").
func (a *analyzer) antecedentIn(ws []word, st, end int) int {
	if ws[end-1].cap {
		n := end - 1
		for n > st && (ws[n-1].punc == 0 && ws[n-1].cap || ws[n-1].punc == '.' && n > st+1 && ws[n-2].cap) {
			n--
		}
		return n
	}
	for i := end - 1; i > st; i-- {
		if ws[i].punc == 0 && ws[i].in(lArticles) {
			return i
		}
	}
	return st
}

// hasBeVerb reports whether ws[st:end] holds a form of "be".
func hasBeVerb(ws []word, st, end int) bool {
	for i := st; i < end; i++ {
		if ws[i].punc == 0 && ws[i].in(lBeVerbs) {
			return true
		}
	}
	return false
}

// frontedSourceEnd returns where the source of a sentence-opening
// "According to" ends when the noun phrase read at ws[..ne] stops short
// of the comma that closes the frame: a phrase after it ("a study by
// economists Peter Schott and Justin Pierce,", "interviews with more
// than a half-dozen of his friends,") and an appositive set off by commas
// ("Lorella Praeli, Clinton's Latino vote director,"). It returns ne when
// no comma closes the frame within a dozen words, or a clause starts
// before it.
func (a *analyzer) frontedSourceEnd(ws []word, ne int) int {
	if ne >= len(ws) {
		return ne
	}
	if ws[ne].punc == ',' {
		if ws[ne-1].cap {
			return a.appositiveEnd(ws, ne) // "According to Lena Praeli, the campaign's rural vote director, ..."
		}
		return ne
	}
	if ws[ne].punc != 0 || !madeByWords[a.sc.lowOf(&ws[ne])] {
		return ne // only a phrase of who made it or who was asked: not "people who use the counter", "one observer at Monday's meeting"
	}
	e := ne
	for e < len(ws) && e-ne < 12 && ws[e].punc != ',' {
		if ws[e].punc != 0 && ws[e].punc != '.' && ws[e].punc != '\'' && ws[e].punc != '-' || ws[e].punc == 0 && (ws[e].in(lBeVerbs) || ws[e].in(lModals) || a.sc.is(&ws[e], "that")) {
			return ne // no frame closes: "According to Smith the plan failed", "according to the report that"
		}
		e++
	}
	if e >= len(ws) || ws[e].punc != ',' || e+1 >= len(ws) {
		return ne
	}
	// A list that goes on after the comma: "of his friends, aides and
	// allies,".
	for c := e + 1; c < len(ws) && c <= e+5 && ws[c].punc == 0; c++ {
		if (a.sc.is(&ws[c], "and") || a.sc.is(&ws[c], "or")) && c > e+1 && c+2 < len(ws) && ws[c+1].punc == 0 && ws[c+2].punc == ',' && plural(a.sc.lowOf(&ws[c+1])) && plural(a.sc.lowOf(&ws[c-1])) {
			return c + 2
		}
		if ws[c].cls&cStop != 0 || ws[c].cap {
			break
		}
	}
	return e
}

// appositiveEnd returns where an appositive set off by commas after a
// name ends, the comma at ws[e] opening it: "Lena Praeli, the campaign's
// rural vote director,": a short phrase with no verb that opens on a
// possessive, an article or a capital, closed by another comma with more
// after it. It returns e when none follows.
func (a *analyzer) appositiveEnd(ws []word, e int) int {
	if e+1 >= len(ws) {
		return e
	}
	if f := &ws[e+1]; f.punc == 0 && (f.cap || f.in(lArticles) || possessive(a.sc.lowOf(f))) {
		for c := e + 2; c < len(ws) && c <= e+9; c++ {
			if ws[c].punc == ',' {
				if c+1 < len(ws) && !ws[e+1].cap || c+1 < len(ws) && a.sc.appositiveHead(ws, e+1, c) {
					return c
				}
				break
			}
			if ws[c].punc != 0 && ws[c].punc != '.' && ws[c].punc != '\'' || ws[c].punc == 0 && (ws[c].in(lBeVerbs) || ws[c].in(lModals) || ws[c].cls&(cStrong|cWeak) != 0) {
				break
			}
		}
	}
	return e
}

// appositiveHead reports whether ws[st:end], opening on a capital, is an
// appositive rather than the subject of the clause after it: a
// possessive ("Clinton's Latino vote director") or a title word in it
// ("a former aide", "Republican strategist").
func (sc *scratch) appositiveHead(ws []word, st, end int) bool {
	for i := st; i < end; i++ {
		if ws[i].punc == '\'' || ws[i].punc == 0 && (ws[i].cls&cPerson != 0 || strings.HasSuffix(sc.lowOf(&ws[i]), "’s") || strings.HasSuffix(sc.lowOf(&ws[i]), "'s")) {
			return true
		}
	}
	return false
}

// pastAdjunct returns where what was said starts after a day or a venue
// that opens the words after a cue: over a weekday alone ("said Tuesday
// his actions are consistent"), or over a longer phrase of day and venue
// to the "that" or the quotation that follows it ("said Thursday during a
// taping of a town hall in Buffalo, New York, that", "said Wednesday on
// Fox News Channel's “Hannity,” “…”"). It returns k when no such phrase
// opens there.
func (a *analyzer) pastAdjunct(ws []word, k int) int {
	if k >= len(ws) || ws[k].punc != 0 {
		return k
	}
	day := ws[k].cap && weekday(a.sc.lowOf(&ws[k]))
	if !day && !adjunctOpeners[a.sc.lowOf(&ws[k])] {
		return k
	}
	j := k + 1
	if day && j < len(ws) && ws[j].punc == 0 && dayParts[a.sc.lowOf(&ws[j])] {
		j++ // "Tuesday night"
	}
	if day && j < len(ws) && ws[j].punc == 0 && (ws[j].cls&cPronoun != 0 || ws[j].in(lArticles) || possessive(a.sc.lowOf(&ws[j]))) {
		return j // "said Tuesday his actions are"
	}
	for m := j; m < len(ws) && m <= k+20; m++ {
		switch {
		case ws[m].punc == 0 && a.sc.is(&ws[m], "that"):
			return m
		case ws[m].open && m > k+1 && (ws[m-1].punc == ',' || ws[m-1].punc == ':' || commaBefore(ws, m)):
			return m // the quotation after the venue
		case ws[m].punc == '.' && m+1 < len(ws) && !ws[m+1].cap, ws[m].punc == ';':
			return k
		}
	}
	return k
}

// placeCommas returns the comma that ends a fronted phrase whose comma at
// ws[c] only sets off the state after its town: "in Salem, New
// Hampshire,". It returns c when what follows the comma is the clause.
func (a *analyzer) placeCommas(ws []word, c int) int {
	for n := 0; n < 3; n++ {
		m := c + 1
		for m < len(ws) && m-c <= 4 && (ws[m].punc == 0 || ws[m].punc == '.') {
			m++
		}
		if m >= len(ws) || ws[m].punc != ',' || m == c+1 {
			return c
		}
		state := ws[c-1].punc == 0 && ws[c-1].cap && m-c <= 3
		for j := c + 1; j < m && state; j++ {
			state = ws[j].punc == '.' || ws[j].cap
		}
		if !state {
			return c // a day after the place is a fronted phrase of its own, which subjectNP passes over
		}
		c = m
	}
	return c
}

// complementAfter reports whether a complement follows the cue word at
// ws[k]: "that", "how", "whether", "out", "to".
func (sc *scratch) complementAfter(ws []word, k int) bool {
	if k+1 >= len(ws) || ws[k+1].punc != 0 {
		return false
	}
	switch sc.lowOf(&ws[k+1]) {
	case "that", "how", "whether", "out", "to":
		return true
	}
	return false
}

// dayParts follow a weekday: "Tuesday night".
var dayParts = wordtable.Words(`morning afternoon evening night`)

// spanDeictics place a span of the calendar: "last week", "this month".
var spanDeictics = wordtable.Words(`last this past next`)

// fronted are adverbs of time that may open a sentence right before its
// subject.
var fronted = wordtable.Words(`then later earlier afterwards meanwhile`)

// frontedOpeners open a sentence on a clause or an adverbial that comes
// before the subject.
var frontedOpeners = wordtable.Words(`after before when while whilst once
	until although though because despite during following without with
	absent then later earlier afterwards meanwhile speaking having being
	addressing responding reacting writing talking appearing standing
	as by beyond outside inside amid shortly essentially last`)

// sentDocuments are what an actor sends or puts out that can say
// something: "a statement saying", "ads calling".
var sentDocuments = wordtable.Words(`statement statements message messages
	ad ads advert adverts advertisement advertisements release video
	post tweet note notice petition text`)

// invertingVerbs put their source after them after a comma: "..., said
// Smith", "..., added the spokesman". Other cues after a comma are a
// verb in a series ("The ministry obfuscated facts, admitted it withheld
// emails", "..., denounced his record"): what follows is their object.
var invertingVerbs = wordtable.Words(`said says added adds wrote writes asked
	asks noted notes explained explains continued recalled insisted argued
	warned declared replied replies countered conceded cautioned observed
	remarked quipped joked recounted predicted suggested acknowledged
	reported reports announced concluded`)

// madeByWords open the phrase after a document or a count of interviews
// that says who made it or who was asked: "a study by", "interviews
// with", "data from", "a survey among".
var madeByWords = wordtable.Words(`by with from among`)

// adjunctOpeners open a phrase of day or venue after a cue: "said on
// Thursday", "said during a taping", "said at a rally".
var adjunctOpeners = wordtable.Words(`on during at in last this earlier`)
