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
	endsInS := func(i int) bool {
		return i >= 0 && ws[i].punc == 0 && ws[i].cls&cStop == 0 && strings.HasSuffix(a.sc.lowOf(&ws[i]), "s")
	}
	if st < 4 || !endsInS(st) || !a.sc.is(&ws[st-1], "and") && !a.sc.is(&ws[st-1], "or") || !endsInS(st-2) {
		return st
	}
	o := st - 2
	for o >= 2 && ws[o-1].punc == ',' && endsInS(o-2) {
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
	if k < 2 || ws[k-1].punc != 0 || !strings.HasSuffix(a.sc.lowOf(&ws[k]), "ing") || !participles[a.sc.lowOf(&ws[k])] {
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

// hasVerbForm reports whether ws[st:end] holds a form of "be" or a modal:
// hasAux, with capitals, "be" and "being" too.
func hasVerbForm(ws []word, st, end int) bool {
	for i := st; i < end; i++ {
		if ws[i].punc == 0 && ws[i].in(lBeVerbs) || ws[i].in(lModals) {
			return true
		}
	}
	return false
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
