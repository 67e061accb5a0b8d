package attribution

import (
	"strings"

	"github.com/attrlint/attrlint/rules/tokens"
	"github.com/attrlint/attrlint/rules/wordtable"
)

// moneyNouns before "of" and a number make it an amount of money.
var moneyNouns = wordtable.Words(`payment payout payoff pay-off bonus
	salary deficit surplus loss profit debt loan
	grant donation settlement compensation overspend shortfall`)

// fundVerbs before an estimated sum make it money gathered or given.
var fundVerbs = wordtable.Words(`raised collected donated pledged earned borrowed`)

// populations are the people a population figure counts.
var populations = wordtable.Words(`people residents households families homes members
	inhabitants adults children pupils students patients customers
	passengers travellers tickets subscribers users borrowers savers
	claimants applicants`)

// thousands reports whether a number's text is 1,000 or more: "11,000",
// "2500".
func thousands(t string) bool {
	digits := 0
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == ',':
		case c == '.':
			return digits >= 4
		default:
			return false
		}
	}
	return digits >= 4
}

// yearBefore are the words before a number that make it a year.
var yearBefore = wordtable.Words(`since in from until till by
	before after circa around`)

// statSignal reports whether the number at ws[k] is a statistic that
// needs a source rather than a count the reporter gives: it is a share or
// an amount of money, it is bounded ("more than 11,000", "at least 14"),
// or its sentence speaks of change, harm, a period or an aggregate
// ("have fallen ... since", "were killed", "last season", "an average
// of"). "The coalition holds 108 of the 200 seats", "There are 62 pins",
// "runs 212 pubs" state counts the reporter can see.
func (sc *scratch) statSignal(text string, ws []word, k int) bool {
	if k >= 2 && sc.is(&ws[k-1], "same") && sc.is(&ws[k-2], "the") {
		return false // "would cost the same 1.1 billion vennars": a figure already given
	}
	t := text[ws[k].s:ws[k].e]
	if strings.HasSuffix(t, "%") || strings.HasPrefix(t, "$") || strings.HasPrefix(t, "£") || strings.HasPrefix(t, "€") {
		return true
	}
	if k+1 < len(ws) && ws[k+1].punc == 0 && !ws[k+1].cap {
		n := sc.lowOf(&ws[k+1])
		if amountWords[n] {
			return true // not "8 Rand Paul", a list's entry
		}
		if (n == "million" || n == "billion" || n == "thousand") && k+2 < len(ws) && ws[k+2].punc == 0 && amountWords[sc.lowOf(&ws[k+2])] {
			return true
		}
	}
	if k >= 2 && ws[k-1].punc == 0 && ws[k-2].punc == 0 && (bounds[sc.lowOf(&ws[k-2])+" "+sc.lowOf(&ws[k-1])] || sc.is(&ws[k-2], "takes") && approximators[sc.lowOf(&ws[k-1])]) {
		return true // "more than 11,000", "takes about 18 months"
	}
	o := k - 1
	if o > 1 && ws[o].punc == 0 && approximators[sc.lowOf(&ws[o])] {
		o-- // "a bonus of about 310,000 ferrants"
	}
	if o >= 1 && ws[o].punc == 0 && ws[o-1].punc == 0 && sc.is(&ws[o], "of") && moneyNouns[sc.lowOf(&ws[o-1])] {
		return true // "left with a payment of 340,000 dorrens": an amount of money, in any currency
	}
	if o >= 1 && ws[o].punc == 0 && ws[o-1].punc == 0 && sc.is(&ws[o], "of") && sc.is(&ws[o-1], "short") {
		return true // "The hospital is short of about 90 registered nurses": a shortfall someone counted
	}
	if k >= 1 && k+1 < len(ws) && ws[k-1].punc == 0 && approximators[sc.lowOf(&ws[k-1])] && ws[k+1].punc == 0 && (sc.is(&ws[k+1], "million") || sc.is(&ws[k+1], "billion")) && !(k+2 < len(ws) && sc.is(&ws[k+2], "votes")) {
		return true // "About 1.1 million adults hold neither a passport nor a licence": an estimate no reporter counted; not "got nearly 60 million votes", a result, nor "a town of about 38,000 people"
	}
	if k >= 2 && ws[k-1].punc == 0 && ws[k-2].punc == 0 && approximators[sc.lowOf(&ws[k-1])] && thousands(t) && fundVerbs[sc.lowOf(&ws[k-2])] {
		return true // "The campaign has raised about 85,000 dorams": a sum someone totted up, in any currency
	}
	if k >= 3 && ws[k-1].punc == 0 && approximators[sc.lowOf(&ws[k-1])] && thousands(t) && sc.is(&ws[k-2], "to") && (sumVerbs[sc.lowOf(&ws[k-3])] || k >= 4 && sc.is(&ws[k-3], "up") && addUp[sc.lowOf(&ws[k-4])]) {
		return true // "the overcharge came to roughly 380,000 krovins", "The purses he owes add up to roughly 310,000 tovars": a sum someone totted up
	}
	if k >= 1 && k+1 < len(ws) && ws[k-1].punc == 0 && approximators[sc.lowOf(&ws[k-1])] && thousands(t) && ws[k+1].punc == 0 && populations[sc.lowOf(&ws[k+1])] &&
		(k == 1 || sc.is(&ws[k-2], "to") || sc.haveForm(&ws[k-2]) || displacing[sc.lowOf(&ws[k-2])] || k >= 3 && sc.is(&ws[k-2], "of") && sc.is(&ws[k-3], "one")) {
		return true // "About 11,000 people in Penvarra drink water drawn from the reservoir", "supplies water to about 180,000 people", "The trust has about 4,000 members", "one of about 6,000 members", "forced about 2,300 people from their homes": a population someone estimated; not "a town of about 38,000 people", "a rally that drew nearly 5,000 people"
	}
	if k+2 < len(ws) && ws[k+1].punc == 0 && ws[k+2].punc == 0 && (sc.is(&ws[k+1], "in") && ws[k+2].kind == tokens.Number ||
		sc.is(&ws[k+1], "of") && (sc.is(&ws[k+2], "the") || sc.is(&ws[k+2], "its") || sc.is(&ws[k+2], "their")) && k+3 < len(ws) && (sc.is(&ws[k+3], "past") || sc.is(&ws[k+3], "last"))) {
		return true // "2 in 10 voters", "13 of the past 19 contests"
	}
	if sc.rangeEstimate(text, ws, k) {
		return true // "somewhere between 9,000 and 12,000": an estimate, a range no one counted
	}
	if k+2 < len(ws) && ws[k+1].punc == 0 && sc.is(&ws[k+1], "of") && (sc.is(&ws[k+2], "whom") || sc.is(&ws[k+2], "which")) {
		return true // "for 31 residents, 19 of whom had dementia": a share of a group counted
	}
	if k >= 2 && ws[k-1].punc == 0 && sc.is(&ws[k-1], "in") && ws[k-2].punc == 0 && (ws[k-2].kind == tokens.Number || ws[k-2].in(lCountWords) || sc.is(&ws[k-2], "one")) {
		return true // "six in 10 voters"
	}
	return sc.sentenceSignal(ws, k)
}

// standingUp after "rose to" make it people getting up: "rose to
// applaud", "rose to their feet"; not "rose to 40 percent".
var standingUp = wordtable.Words(`applaud speak cheer their his her leave greet sing`)

// rangeEstimate reports whether the number at ws[k] opens a range of
// thousands after "between": "between 9,000 and 12,000 phones"; not a
// small band ("aged between 18 and 25"). Years are no numbers here.
func (sc *scratch) rangeEstimate(text string, ws []word, k int) bool {
	if k < 1 || k+2 >= len(ws) || !sc.is(&ws[k-1], "between") || !sc.is(&ws[k+1], "and") || ws[k+2].kind != tokens.Number {
		return false
	}
	return thousands(text[ws[k].s:ws[k].e]) && thousands(text[ws[k+2].s:ws[k+2].e])
}

// sentenceSignal reports whether a sentence speaks of change, harm, a
// period or an aggregate, words other than ws[k] (statSignal). The
// signal words are found once per sentence (claim resets sc.sig): a
// sentence of figures asks for each of them.
func (sc *scratch) sentenceSignal(ws []word, k int) bool {
	if !sc.sig.known {
		sc.sig = signals{known: true, first: -1, second: -1}
		for j := range ws {
			if ws[j].punc == 0 && sc.signalAt(ws, j) {
				if sc.sig.first < 0 {
					sc.sig.first = j
				} else {
					sc.sig.second = j
					break
				}
			}
		}
	}
	return sc.sig.first >= 0 && sc.sig.first != k || sc.sig.second >= 0
}

// signals are the first two words of a sentence that are a statistical
// signal (sentenceSignal); two, so that one of them may be the figure's
// own word.
type signals struct {
	known         bool
	first, second int
}

// signalAt reports whether ws[j] speaks of change, harm, a period or an
// aggregate.
func (sc *scratch) signalAt(ws []word, j int) bool {
	l := sc.lowOf(&ws[j])
	if l == "fell" && j > 0 && ws[j-1].punc == 0 && (ws[j-1].in(lArticles) || ws[j-1].cap) {
		return false // "over the Carrow Fell road": a hill
	}
	if (l == "grew" || l == "grown") && j+1 < len(ws) && sc.is(&ws[j+1], "up") {
		return false // "grew up in the cottage above the quay"
	}
	if (l == "rose" || l == "rise") && j+2 < len(ws) && sc.is(&ws[j+1], "to") && standingUp[sc.lowOf(&ws[j+2])] {
		return false // "the crowd of 6,200 rose to applaud", "rose to their feet": people standing
	}
	if l == "dead" && j > 2 && sc.is(&ws[j-1], "the") && sc.is(&ws[j-2], "of") && ws[j-3].punc == 0 && ws[j-3].kind != tokens.Number && !ws[j-3].in(lWordNumbers) && !partOf[sc.lowOf(&ws[j-3])] {
		return false // "holding photographs of the dead": the people, no count of deaths; not "About 30 of the dead"
	}
	if l == "spent" && (sc.spentTheNight(ws, j) || j+1 < len(ws) && ws[j+1].cap && weekdayOrMonth(sc.lowOf(&ws[j+1]))) {
		return false // "spent Saturday touring filling stations": time, not money
	}
	if l == "cut" && j+2 < len(ws) && ws[j+1].in(lArticles) && sc.is(&ws[j+2], "ribbon") {
		return false // "where the governor cut a ribbon": an opening, no figure's change
	}
	if ws[j].in(lChangeWords) && j >= 2 && ws[j-1].punc == 0 && (objectPronouns[sc.lowOf(&ws[j-1])] || sc.is(&ws[j-1], "it")) && ws[j-2].punc == 0 && seeingVerbs[sc.lowOf(&ws[j-2])] {
		return false // "watched it drop over the bar": a thing seen moving, no figure's change
	}
	if ws[j].in(lChangeWords | lHarmWords | lAggregateWords) {
		return true
	}
	if (l == "a" || l == "an") && j+2 < len(ws) && ws[j+1].punc == 0 && typicalWords[sc.lowOf(&ws[j+1])] && ws[j+2].punc == 0 && (ws[j+2].cls&(cTime|cMonth) != 0 || ws[j+2].in(lRateWords) || ws[j+2].in(lPeriodWords) || sc.is(&ws[j+2], "weekday")) {
		return true // "on a normal weekday", "in an average winter", "in a typical October": figures counted over many
	}
	if (l == "down" || l == "up") && j+1 < len(ws) && ws[j+1].punc == 0 && sc.is(&ws[j+1], "from") {
		return true // "down from plus 21 points"
	}
	if j+1 < len(ws) && ws[j+1].punc == 0 {
		n := sc.lowOf(&ws[j+1])
		if (l == "last" || l == "past" || l == "this" || l == "previous") && periodWords[n] || (l == "a" || l == "per" || l == "each" || l == "every" || l == "an") && rateWords[n] {
			return true // "last season", "this year", "a year", "per day"; not "last week"
		}
		if (l == "last" || l == "past") && (ws[j+1].kind == tokens.Number || countInWords(n)) && j+2 < len(ws) && ws[j+2].punc == 0 && ws[j+2].in(lPeriodWords) {
			return true // "in the past two years", "over the last 18 months": a count over a span
		}
	}
	return false
}

// seeingVerbs and an object pronoun before a change word make it a
// thing seen moving: "watched it drop", "saw him fall".
var seeingVerbs = wordtable.Words(`watched watch watching saw see seen felt`)

// partOf before "of the dead" count them: "Most of the dead".
var partOf = wordtable.Words(`all most some many half none few several`)

// wordNumbers are counts written as words.
var wordNumbers = wordtable.Words(`two three four five six seven
	eight nine ten eleven twelve twenty dozen
	twice half double`)

// countInWords reports whether w is a plain count in words ("three",
// "twelve"), not a multiple or a part ("twice", "double", "half") nor
// "dozen", which needs "a" before it.
func countInWords(w string) bool {
	switch w { // a switch, not a map: hashing strings is slow in WASM
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty":
		return true
	}
	return false
}

var (
	amountWords = wordtable.Words(`percent per percentage euros euro
	pounds dollars crowns cents pence francs yen
	rupees kronor krona kroner pesos rand shillings`)
	// approximators before a count in millions make it an estimate.
	approximators = wordtable.Words(`about around roughly nearly almost
	some approximately`)
	bounds = map[string]bool{"more than": true, "fewer than": true, "less than": true, "at least": true,
		"as many": true, "up to": true, "as much": true, "many as": true, "much as": true, "no more": true, "no fewer": true,
		"well over": true, "just over": true, "just under": true, "well under": true, "well above": true, "well below": true}
	changeWords = wordtable.Words(`rose risen rise rises rising
	fell fallen fall falls falling increased growing shrinking declining
	increase decreased decrease grew grown growth
	doubled tripled halved dropped drop climbed
	jumped declined decline lost lose losing
	gained shed soared plunged surged slumped
	cost costs worth spent spend owed owes
	debt debts deficit budget raise saved save
	closed halted shut cut cuts lay laid
	hired fired layoffs jobs unemployed shortfall`)
	addUp    = wordtable.Words(`add adds added`)
	sumVerbs = wordtable.Words(`came comes amounted amounts added adds ran runs`)
	// displacing verbs move people out, so many that someone had to count
	// them: "forced about 2,300 people from their homes".
	displacing = wordtable.Words(`forced drove displaced evacuated stranded left`)
	harmWords  = wordtable.Words(`killed died dead deaths injured
	wounded arrested displaced evacuated missing infected
	cases victims casualties homeless stranded affected
	misread miscounted errors failed complaints violations`)
	aggregateWords = wordtable.Words(`since average total combined median
	estimated estimate record annual annually overall
	nationwide statewide countrywide`)
	// periodWords after "last", "past" or "this" span a stretch of time
	// that figures are counted over; "last week" is a date.
	periodWords = wordtable.Words(`year years season seasons
	months decade decades winter summer
	spring autumn quarter term weeks`)
	// rateWords after "a", "per" or "each" make a rate: "40 cars a day".
	rateWords = wordtable.Words(`year month week day night
	hour head capita season summer winter spring autumn`)
)

// timeSaved reports whether a count of time units at ws[k] is time a
// change would save or add: "would cut about 40 minutes from flights",
// "could save drivers 20 minutes".
func (sc *scratch) timeSaved(ws []word, k int) bool {
	for j := k - 1; j > 0 && j >= k-3 && ws[j].punc == 0; j-- {
		if timeChanges[sc.lowOf(&ws[j])] {
			m := sc.lowOf(&ws[j-1])
			return m == "would" || m == "could" || m == "will" || m == "might" || m == "may" || m == "can" // a change forecast; not "Reyl has cut about 20 minutes from the second act", an act done
		}
	}
	return false
}

// takesAtLeast reports whether a count of time units at ws[k] is how
// long a thing takes as a rule, bounded: "Training a captain takes at
// least 18 months", "can take up to two years", "supplies from abroad
// take at least 6 weeks"; not "the crossing took about 40 minutes", a
// time seen.
func (sc *scratch) takesAtLeast(ws []word, k int) bool {
	if k >= 2 && ws[k-1].punc == 0 && ws[k-2].punc == 0 && sc.is(&ws[k-2], "takes") && approximators[sc.lowOf(&ws[k-1])] {
		return true // "a new accelerator takes about 18 months to install": how long it takes as a rule
	}
	if k < 3 || ws[k-1].punc != 0 || ws[k-2].punc != 0 || ws[k-3].punc != 0 {
		return false
	}
	if !sc.is(&ws[k-3], "takes") && !(sc.is(&ws[k-3], "take") && k > 3 && ws[k-4].punc == 0 && (ws[k-4].in(lModals) || !sc.is(&ws[k-4], "to"))) {
		return false // most counts of time: no "takes" before, and no bound to join into a string
	}
	return bounds[sc.lowOf(&ws[k-2])+" "+sc.lowOf(&ws[k-1])]
}

// labelList reports whether the number at ws[k] follows a label and the
// numbers of its list: "routes 3, 7 and 12", "gates 4 or 5".
func (sc *scratch) labelList(ws []word, k int) bool {
	j := k - 1
	for j > 0 && (ws[j].punc == ',' || ws[j].punc == 0 && (sc.is(&ws[j], "and") || sc.is(&ws[j], "or"))) && ws[j-1].kind == tokens.Number {
		j -= 2
	}
	return j >= 0 && ws[j].punc == 0 && ws[j].cls&cLabel != 0
}

// timeRate reports whether the unit of time at ws[j] is counted per
// period: "did about 26 hours a week", "20 minutes per day"; a rate, not
// a time of day.
func (sc *scratch) timeRate(ws []word, j int) bool {
	if j+3 < len(ws) && sc.is(&ws[j+1], "in") && ws[j+2].in(lArticles) && typicalWords[sc.lowOf(&ws[j+3])] {
		return true // "shut by snow for about 20 days in an average winter"
	}
	return j+2 < len(ws) && ws[j+1].punc == 0 && ws[j+2].punc == 0 && (sc.is(&ws[j+1], "a") || sc.is(&ws[j+1], "per") || sc.is(&ws[j+1], "each") || sc.is(&ws[j+1], "every")) && ws[j+2].in(lRateWords)
}

var typicalWords = wordtable.Words(`average typical normal usual`)

var timeChanges = wordtable.Words(`cut cuts save saves saved shave shaves
	shaved add adds added reduce reduces reduced lengthen shorten`)

// timeChanged reports whether the stretch of time at ws[k] is where a
// measured wait or an average starts from: "The average wait has grown
// from about 11 months in 2019 to almost two years".
func (sc *scratch) timeChanged(ws []word, k int) bool {
	j := k - 1
	if j > 0 && ws[j].punc == 0 && approximators[sc.lowOf(&ws[j])] {
		j--
	}
	if j < 1 || !sc.is(&ws[j], "from") {
		return false
	}
	for m := j - 1; m >= 0; m-- {
		if ws[m].punc == 0 && (ws[m].in(lAggregateWords) || waitWords[sc.lowOf(&ws[m])]) {
			return true // a measured wait or an average; not "The festival grew from 3 days to a week"
		}
	}
	return false
}

// waitWords name a stretch of time that is measured over many cases.
var waitWords = wordtable.Words(`wait waits waiting delay delays backlog journey journeys`)

// dashedScore reports whether the number at text[s:e] is one side of a
// score written with an en dash, no spaces: "4–6", "5–5".
func dashedScore(text string, s, e int) bool {
	const dash = "–"
	digitAt := func(i int) bool { return i >= 0 && i < len(text) && text[i] >= '0' && text[i] <= '9' }
	return strings.HasPrefix(text[e:], dash) && digitAt(e+len(dash)) || strings.HasSuffix(text[:s], dash) && digitAt(s-len(dash)-1)
}

// statistic reports whether number word k is a statistic rather than a
// date, a time, a year, an age, a score or a label.
func (sc *scratch) statistic(text string, ws []word, k int) bool {
	t := text[ws[k].s:ws[k].e]
	digits, hyphen, letters := 0, false, false
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '-':
			hyphen = true
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters = true
		}
	}
	if t[0] != '$' && (hyphen || letters && t[len(t)-1] != '%') {
		return false // "51-49", "1st", "9/11"
	}
	if dashedScore(text, ws[k].s, ws[k].e) {
		return false // "4–6, 6–3", "at 5–5": a score with an en dash
	}
	if t[0] != '$' && t[len(t)-1] != '%' && digits == 4 && len(t) == 4 && (t[:2] == "19" || t[:2] == "20") {
		return false // a year
	}
	if digits == 4 && len(t) == 4 && t[0] == '1' && k > 0 && ws[k-1].punc == 0 && yearBefore[sc.lowOf(&ws[k-1])] {
		return false // an older year: "since 1871", "in 1066"
	}
	if k+1 < len(ws) {
		n := &ws[k+1]
		if n.punc == 0 && n.cls&(cTime|cMonth) != 0 && !(n.cls&cMonth == 0 && (sc.timeSaved(ws, k) || sc.timeRate(ws, k+1) || sc.takesAtLeast(ws, k) || sc.timeChanged(ws, k))) {
			return false // "at 10 o'clock", "on 12 March"; not "would cut about 40 minutes from flights", "has grown from about 11 months"
		}
		if n.punc == ':' || n.punc == '/' {
			return false
		}
		if n.punc == '.' && k+2 < len(ws) && ws[k+2].cls&cTime != 0 {
			return false
		}
	}
	if k > 0 {
		p := &ws[k-1]
		if p.punc == '.' && k > 1 {
			p = &ws[k-2] // "Oct. 19"
			if p.cap && sc.is(p, "no") {
				return false // "the No. 2 spot": a rank's label
			}
		}
		if p.punc == 0 && p.cls&(cMonth|cLabel) != 0 {
			return false
		}
		if sc.labelList(ws, k) {
			return false // "on routes 3, 7 and 12": the later labels of a list
		}
		if p.punc == ':' {
			return false
		}
		// An age: "Smith, 45, said", "Liam Corrigan, then 26, was".
		if p.punc == ',' && k+1 < len(ws) && (ws[k+1].punc == ',' || ws[k+1].punc == ';' || ws[k+1].punc == '.' && k+2 == len(ws) && k > 2 && ws[k-3].cap) && k > 1 && ws[k-2].cap { // "her husband, Kasper Dorn, 70; Joel Sandvik, 34,", "and Ruth Amsel, 19."
			return false
		}
		if p.punc == 0 && (sc.lowOf(p) == "then" || sc.lowOf(p) == "now" || sc.lowOf(p) == "aged") && k > 1 && ws[k-2].punc == ',' && k+1 < len(ws) && ws[k+1].punc == ',' {
			return false
		}
		if p.punc == 0 && (sc.is(p, "is") || sc.is(p, "was")) && k > 1 && sc.is(&ws[k-2], "who") && k+1 < len(ws) && (ws[k+1].punc != 0 || sc.is(&ws[k+1], "and") || sc.is(&ws[k+1], "when")) {
			return false // "Pascoe, who is 27 and grew up ...", "Amir Soltane, who was 23 when he died,": an age
		}
	}
	if k+1 < len(ws) && ws[k+1].punc == 0 && sc.lowOf(&ws[k+1]) == "percent" {
		return true
	}
	return true
}
