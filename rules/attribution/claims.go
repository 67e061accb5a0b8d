package attribution

import (
	"strings"

	"github.com/attrlint/attrlint/rules/tokens"
)

// ClaimKind is the kind of checkable claim a sentence makes.
type ClaimKind uint8

const (
	NoClaim ClaimKind = iota
	Statistic
	Prediction
	IntentClaim
	Allegation
	Causal
	Comparison
)

var claimNames = [...]string{"", "statistic or count", "prediction", "statement of intent or motive", "allegation", "causal claim", "comparison or record"}

func (k ClaimKind) String() string { return claimNames[k] }

var claimSections = map[string]ClaimKind{
	"claims/prediction": Prediction, "claims/intent": IntentClaim, "claims/allegation": Allegation,
	"claims/causal": Causal, "claims/comparison": Comparison, "claims/statistic": Statistic,
}

// vagueAmounts are words that state a count without digits.
var vagueAmounts = map[string]bool{
	"dozens": true, "hundreds": true, "thousands": true, "millions": true, "billions": true,
	"percent": true, "tens": true,
}

// claim finds the first checkable claim in a sentence's words and returns
// its kind and the words that show it, ws[st:end].
func (sc *scratch) claim(text string, ws []word) (ClaimKind, int, int) {
	open := -1 // the end of an open question's clause: "unclear whether ... will"
	plain := sc.plainFigures(ws)
	market := plain && sc.marketMove(ws)
	base := plain
	for k := range ws {
		w := &ws[k]
		if w.punc != 0 {
			if w.punc == ',' || w.punc == ';' || w.punc == ':' || w.punc == 'D' {
				open = -1
				plain = base
			}
			continue
		}
		if !plain && sc.criterion(ws, k) {
			plain = true // "a pin for every apiary that has lost more than half its bees"
		}
		if k > 0 && (w.hi-w.lo == 7 || w.hi-w.lo == 2) && ws[k-1].punc == 0 && openQuestion[sc.lowOf(&ws[k-1])] {
			if l := sc.lowOf(w); l == "whether" || l == "if" && !weakQuestion[sc.lowOf(&ws[k-1])] {
				open = k
			}
		}
		if w.kind == tokens.Number && !plain && sc.statistic(text, ws, k) && !sc.measure(text, ws, k) && sc.statSignal(text, ws, k) {
			return Statistic, k, k + 1
		}
		if w.cls&cVagueAmount != 0 && !plain { // vagueAmounts
			return Statistic, k, k + 1
		}
		if !plain && k >= 2 && ws[k-1].punc == 0 && ws[k-2].punc == 0 && wordNumbers[sc.lowOf(w)] && bounds[sc.lowOf(&ws[k-2])+" "+sc.lowOf(&ws[k-1])] &&
			!(k+1 < len(ws) && (sc.is(&ws[k+1], "a") || sc.is(&ws[k+1], "an") || ws[k+1].cls&cTime != 0 || spanWords[sc.lowOf(&ws[k+1])] || sc.is(&ws[k+1], "dozen"))) &&
			sc.sentenceSignal(ws, k) {
			return Statistic, k - 2, k + 1 // "at least three clubs", "more than twice"
		}
		if k+3 < len(ws) && !plain && sc.is(w, "one") && ws[k+1].punc == 0 && sc.is(&ws[k+2], "in") && countWords[sc.lowOf(&ws[k+3])] {
			return Statistic, k, k + 4 // "one worker in five"
		}
		if sc.habit(ws, k) {
			return Comparison, k, k + 2
		}
		if sc.kindHabit(ws, k) {
			return Comparison, k, k + 1 // "Teams that survive on the final day usually find themselves ..."
		}
		if sc.notSince(ws, k) {
			return Comparison, k, k + 2 // "had not been cleaned since 1887"
		}
		if sc.trendSince(ws, k) {
			return Comparison, k, k + 1 // "has risen sharply since the pandemic"
		}
		if sc.record(ws, k) && !market {
			return Comparison, k, k + 1
		}
		if kind, n := sc.phraseKindAt(ws, k, "claims/"); n > 0 {
			if open >= 0 && claimSections[kind] == Prediction {
				continue // "it is unclear whether the levy will pass" predicts nothing
			}
			if sc.notAClaim(ws, k, n) || (claimSections[kind] == Prediction && sc.firm(ws, k, n) || claimSections[kind] == IntentClaim) && sc.scheduled(ws, k+n) {
				continue
			}
			if claimSections[kind] == Prediction && n == 1 && sc.ownAct(ws, k) {
				continue // "Vossen will pay 410p a share": the actor's own plan, as with "plans to"
			}
			if claimSections[kind] == Statistic && plain || claimSections[kind] == Comparison && market {
				continue // "Shares fell 14.6 percent, their lowest close since 2015": the market's record
			}
			return claimSections[kind], k, k + n
		}
	}
	return NoClaim, 0, 0
}

// motive finds a motive or a cause the writer gives an actor's intent:
// "wants to reopen the line quickly because ...", "... in order to cut
// costs".
func (sc *scratch) motive(ws []word) (ClaimKind, int, int) {
	for k := range ws {
		if ws[k].punc != 0 || !motiveStarts[sc.lowOf(&ws[k])] {
			continue
		}
		if kind, n := sc.phraseKindAt(ws, k, "claims/"); n > 0 {
			if c := claimSections[kind]; c == IntentClaim || c == Causal {
				return c, k, k + n
			}
		}
	}
	return NoClaim, 0, 0
}

// motiveStarts are the first words of the motive and cause phrases.
var motiveStarts = map[string]bool{"in": true, "because": true, "so": true, "motivated": true, "due": true}

// plainFigures reports whether the figures of a sentence are the
// reporter's plain description (its other claims still count). Plain:
// a person's record after their age ("Kealey, 27, has played 112 times");
// a scene the reporter saw ("about 80 camp beds stood in rows", with a
// verb of presence), an act on the record by a public body or a market
// ("The legislature approved a 2 percent cut", "Shares in Aurelle fell 3.2
// percent on Friday"), a meeting on the calendar ("will debate a proposal
// to cap rents at 3 percent on November 14").
func (sc *scratch) plainFigures(ws []word) bool {
	if sc.biography(ws) || sc.results(ws) {
		return true
	}
	for k := range ws {
		if ws[k].punc == 0 && sc.is(&ws[k], "will") && sc.ownAct(ws, k) {
			return true // "Vossen will pay 410p a share": the actor's terms
		}
	}
	body := false
	for k := range ws {
		w := &ws[k]
		if w.punc != 0 {
			if w.punc == ';' || w.punc == ':' {
				body = false // the act must follow its subject in one clause
			}
			continue
		}
		l := sc.lowOf(w)
		switch {
		case (presenceVerbs[l] && !(k+1 < len(ws) && sc.is(&ws[k+1], "to")) || sc.spentTheNight(ws, k)) && sc.approxCount(ws), body && publicActs[l], sc.scheduled(ws, k), publicActs[l] && sc.byBody(ws, k):
			return true
		case publicBodies[l]:
			body = true
		}
	}
	return false
}

// spentTheNight reports whether ws[k] is "spent" a stretch of time at a
// place ("spent the night there"), not money.
func (sc *scratch) spentTheNight(ws []word, k int) bool {
	if !sc.is(&ws[k], "spent") || k+2 >= len(ws) || ws[k+1].punc != 0 || ws[k+2].punc != 0 || !sc.is(&ws[k+1], "the") {
		return false
	}
	switch sc.lowOf(&ws[k+2]) {
	case "night", "day", "morning", "afternoon", "evening", "weekend":
		return true
	}
	return false
}

// ownAct reports whether "will" at ws[k] has a name for its subject and
// an act in that actor's own hands after it ("Vossen will pay 410p a
// share", "Tesco will close 20 stores"): the actor's plan, sourced by the
// actor as "plans to" is, not a prediction. A subject that opens the
// sentence must not read as a plural common noun ("Prices will rise").
func (sc *scratch) ownAct(ws []word, k int) bool {
	if k == 0 || k+1 >= len(ws) || ws[k-1].punc != 0 || !ws[k-1].cap || ws[k+1].punc != 0 || !actorActs[sc.lowOf(&ws[k+1])] {
		return false
	}
	if k-1 == 0 {
		l := sc.lowOf(&ws[0])
		return !strings.HasSuffix(l, "s") && !determiners[l]
	}
	return true
}

var actorActs = map[string]bool{"pay": true, "buy": true, "sell": true, "offer": true, "close": true, "open": true,
	"hire": true, "cut": true, "invest": true, "spend": true, "build": true, "launch": true, "acquire": true,
	"appeal": true, "resign": true, "retire": true, "step": true, "move": true, "fund": true, "merge": true}

// marketMove reports whether the sentence reports a market's or a
// company's results on the record: a market subject with a verb of
// movement ("Shares in Rennvik fell 14.6 percent"), or a result over a
// reporting period ("Revenue fell 23 percent in the quarter").
func (sc *scratch) marketMove(ws []word) bool {
	subject := false
	for k := range ws {
		if ws[k].punc != 0 {
			continue
		}
		l := sc.lowOf(&ws[k])
		if marketSubjects[l] {
			subject = true
		}
		if subject && publicActs[l] {
			return true
		}
	}
	return false
}

var marketSubjects = map[string]bool{"shares": true, "stock": true, "stocks": true, "index": true, "yield": true,
	"yields": true, "bonds": true, "currency": true}

// results reports whether a company's result is reported over a
// reporting period: "Revenue fell 23 percent to 312 million euros in the
// quarter", "Profit rose to £4 million in the year to March".
func (sc *scratch) results(ws []word) bool {
	subject, act := false, false
	for k := range ws {
		if ws[k].punc != 0 {
			continue
		}
		l := sc.lowOf(&ws[k])
		switch {
		case resultSubjects[l] && !act:
			subject = true
		case subject && publicActs[l]:
			act = true
		case act && k+2 < len(ws) && (l == "in" || l == "for") && sc.is(&ws[k+1], "the") && reportingPeriods[sc.lowOf(&ws[k+2])]:
			return true
		case act && (l == "quarter" || l == "half") && k > 0 && (sc.is(&ws[k-1], "first") || sc.is(&ws[k-1], "second") || sc.is(&ws[k-1], "third") || sc.is(&ws[k-1], "fourth")):
			return true
		}
	}
	return false
}

var (
	resultSubjects   = map[string]bool{"revenue": true, "revenues": true, "sales": true, "profit": true, "profits": true, "turnover": true, "earnings": true}
	reportingPeriods = map[string]bool{"quarter": true, "half": true, "year": true, "period": true, "months": true}
)

// criterion reports whether ws[k] opens a relative clause that defines a
// kind rather than counts it: "every apiary that has lost more than half
// its bees", "any firm which employs over 50 people". The figures up to
// the clause's end are a test, not a statistic.
func (sc *scratch) criterion(ws []word, k int) bool {
	if !sc.is(&ws[k], "every") && !sc.is(&ws[k], "each") && !sc.is(&ws[k], "any") {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+4 && ws[j].punc == 0; j++ {
		switch sc.lowOf(&ws[j]) {
		case "that", "which", "who", "where", "whose":
			return j > k+1
		}
	}
	return false
}

// byBody reports whether the act at ws[k] is a passive done by a public
// body: "Plans for a £240,000 park were approved by the district council's
// planning committee".
func (sc *scratch) byBody(ws []word, k int) bool {
	if k+1 >= len(ws) || ws[k+1].punc != 0 || !sc.is(&ws[k+1], "by") {
		return false
	}
	for j := k + 2; j < len(ws) && j <= k+8 && ws[j].punc == 0; j++ {
		if publicBodies[sc.lowOf(&ws[j])] {
			return true
		}
	}
	return false
}

// approxCount reports whether a number in the sentence is a count by eye:
// "about 80", "some 200", "roughly 60", "dozens".
func (sc *scratch) approxCount(ws []word) bool {
	for k := 1; k < len(ws); k++ {
		if ws[k].kind == tokens.Number && k+1 < len(ws) && ws[k+1].punc == 0 && (sc.is(&ws[k+1], "percent") || sc.is(&ws[k+1], "per") || sc.is(&ws[k+1], "of")) {
			return false // a share is no count by eye: "Nearly 80 percent of shops stayed closed"
		}
		if ws[k].kind == tokens.Number && ws[k-1].punc == 0 {
			switch sc.lowOf(&ws[k-1]) {
			case "about", "some", "roughly", "around", "nearly", "perhaps", "almost":
				return true
			case "to":
				if k > 1 && sc.is(&ws[k-2], "up") {
					return true // "Queues of up to 200 people formed"
				}
			case "than":
				if k > 1 && sc.is(&ws[k-2], "more") {
					return true // "More than 150 parents crowded into the hall"
				}
			}
		}
		if ws[k].punc == 0 && (sc.is(&ws[k], "dozens") || sc.is(&ws[k], "hundreds")) {
			return true
		}
	}
	return false
}

// scheduled reports whether the verb at ws[k] (after "will", "is due to",
// "is set to") puts a meeting on the calendar: a verb of meeting and a
// named day or month later in the sentence.
func (sc *scratch) scheduled(ws []word, k int) bool {
	if k+1 < len(ws) && sc.is(&ws[k], "be") && ws[k+1].punc == 0 && meetingParticiples[sc.lowOf(&ws[k+1])] {
		k++ // "is due to be reviewed in June"
	} else if k >= len(ws) || ws[k].punc != 0 || !meetingVerbs[sc.lowOf(&ws[k])] {
		return false
	}
	if k == 0 || !(sc.is(&ws[k-1], "will") || sc.is(&ws[k-1], "to") || sc.is(&ws[k-1], "be")) {
		return false
	}
	for j := k + 1; j < len(ws); j++ {
		if ws[j].punc != 0 {
			continue
		}
		if ws[j].cap && weekdayOrMonth(sc.lowOf(&ws[j])) {
			return true // capitalised: "May", not "may"
		}
		if j+1 < len(ws) && ws[j+1].punc == 0 && (sc.is(&ws[j], "next") || sc.is(&ws[j], "this")) && calendarSpans[sc.lowOf(&ws[j+1])] {
			return true // "next autumn", "this week"
		}
		if j > 1 && ws[j-1].kind == tokens.Number && sc.is(&ws[j-2], "at") && ws[j].cls&cTime != 0 {
			return true // "at 10 a.m."
		}
		if sc.is(&ws[j], "tomorrow") || sc.is(&ws[j], "tonight") {
			return true
		}
	}
	return false
}

// firm reports whether the prediction phrase ws[k:k+n] states a plan
// ("will", "is set to"), which a date can make a schedule, rather than a
// hedge ("are likely to hear ... this fall", "had been expected to visit
// ... next week"), which stays a prediction whatever its date.
func (sc *scratch) firm(ws []word, k, n int) bool {
	if n == 1 {
		return sc.is(&ws[k], "will")
	}
	return n == 3 && sc.is(&ws[k+1], "set")
}

// calendarSpans after "next" or "this" name a date on the calendar.
var calendarSpans = map[string]bool{"week": true, "month": true, "year": true, "spring": true, "summer": true,
	"autumn": true, "fall": true, "winter": true, "weekend": true, "term": true, "session": true}

// yearBefore are the words before a number that make it a year.
var yearBefore = map[string]bool{"since": true, "in": true, "from": true, "until": true, "till": true, "by": true,
	"before": true, "after": true, "circa": true, "around": true}

func weekdayOrMonth(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec":
		return true
	}
	return false
}

// measure reports whether the number at ws[k] gives a size ("about 30
// centimetres tall", "30 feet"): a description, not a statistic.
func (sc *scratch) measure(text string, ws []word, k int) bool {
	if k > 0 && ws[k-1].punc == 0 && capacityWords[sc.lowOf(&ws[k-1])] {
		return true // "a hall that holds 600 people", "seats 2,000"
	}
	if k > 2 && sc.is(&ws[k-1], "of") && sc.is(&ws[k-2], "price") && listedPrices[sc.lowOf(&ws[k-3])] {
		return true // "at a guide price of £45,000": the seller's asking price
	}
	if k > 1 && sc.is(&ws[k-1], "at") && sc.money(text, ws, k) {
		for j := range ws {
			if ws[j].punc == 0 && (sc.is(&ws[j], "tickets") || sc.is(&ws[j], "sale") && j > 0 && sc.is(&ws[j-1], "on")) {
				return true // "Tickets for the game go on sale on Monday at 15 pounds"
			}
		}
	}
	if k > 1 && ws[k-1].punc == 0 && sc.is(&ws[k-1], "at") && ws[k-2].punc == 0 {
		// "tickets priced at 8 euros", "unveiled a pair of earbuds at 149
		// euros": a listed price; not "valued at", "estimated at", "put at".
		if p := sc.lowOf(&ws[k-2]); p == "priced" || p == "fixed" || plural(p) && !ws[k-2].cap && !strings.HasSuffix(p, "ss") && sc.money(text, ws, k) {
			return true
		}
	}
	n := k + 1
	if n >= len(ws) || ws[n].punc != 0 || ws[n].cap {
		return false
	}
	u := sc.lowOf(&ws[n])
	if sizeWords[u] {
		return true
	}
	// A distance that places something: "about 90 kilometres from the
	// front line", "40 miles north of the city"; not "spread over 40 km",
	// nor a distance that is the sentence's point ("The nearest ward is
	// 70 miles away").
	if !distanceWords[u] || n+1 >= len(ws) || ws[n+1].punc != 0 || !placing[sc.lowOf(&ws[n+1])] {
		return false
	}
	p := k - 1
	if p >= 0 && ws[p].punc == 0 && approxWords[sc.lowOf(&ws[p])] {
		p--
	}
	return !(p >= 0 && ws[p].punc == 0 && beVerbs[sc.lowOf(&ws[p])])
}

// money reports whether the number at ws[k] is an amount of money:
// "£40", "149 euros", "2 million pounds".
func (sc *scratch) money(text string, ws []word, k int) bool {
	t := text[ws[k].s:ws[k].e]
	if strings.HasPrefix(t, "$") || strings.HasPrefix(t, "£") || strings.HasPrefix(t, "€") {
		return true
	}
	for j := k + 1; j < len(ws) && j <= k+2 && ws[j].punc == 0; j++ {
		if l := sc.lowOf(&ws[j]); l != "percent" && l != "per" && l != "percentage" && amountWords[l] {
			return true
		}
	}
	return false
}

// listedPrices before "price of" make it the seller's listed price.
var listedPrices = map[string]bool{"guide": true, "asking": true, "reserve": true, "starting": true, "list": true, "retail": true}

// capacityWords before a number give a size: "holds 600", "seats 2,000".
var capacityWords = map[string]bool{"holds": true, "seats": true, "sleeps": true, "capacity": true, "accommodates": true}

var approxWords = map[string]bool{"about": true, "some": true, "roughly": true, "around": true, "nearly": true, "almost": true, "just": true, "over": true}

// founded reports whether ws[k:] reads "founded in 1868," (or set up,
// established): a company's description after its name.
func (sc *scratch) founded(ws []word, k int) bool {
	if k+2 < len(ws) && sc.is(&ws[k], "which") && sc.is(&ws[k+1], "was") {
		k += 2 // "Halvern Access, which was founded in 1998 and employs 45 people,"
		for e := k; e < len(ws) && e < k+12; e++ {
			if ws[e].punc == ',' {
				return (sc.is(&ws[k], "founded") || sc.is(&ws[k], "established") || sc.is(&ws[k], "set")) && k+2 < len(ws) && sc.is(&ws[k+1], "in")
			}
		}
		return false
	}
	if k+3 >= len(ws) || !(sc.is(&ws[k], "founded") || sc.is(&ws[k], "established") || sc.is(&ws[k], "formed") || sc.is(&ws[k], "opened") || sc.is(&ws[k], "built")) {
		return false
	}
	return sc.is(&ws[k+1], "in") && ws[k+2].kind == tokens.Number && ws[k+3].punc == ','
}

var (
	distanceWords = map[string]bool{"kilometres": true, "kilometers": true, "km": true, "miles": true, "mile": true,
		"yards": true, "metres": true, "meters": true, "feet": true}
	placing = map[string]bool{"from": true, "away": true, "north": true, "south": true, "east": true, "west": true,
		"northeast": true, "northwest": true, "southeast": true, "southwest": true, "outside": true, "off": true,
		"inland": true, "offshore": true, "upstream": true, "downstream": true, "beyond": true}
)

// biography reports whether the sentence opens on a person and an age
// ("Fenwick, 29, has ridden 340 winners") or a company and its founding
// ("Harlow & Finch, founded in 1868, runs 212 pubs"): its figures are the
// reporter's description of them.
func (sc *scratch) biography(ws []word) bool {
	for k := 1; k+1 < len(ws) && k <= 4; k++ {
		if ws[k].punc == ',' && k+2 < len(ws) && (ws[k+1].kind == tokens.Number && ws[k+2].punc == ',' || sc.founded(ws, k+1)) {
			for j := 0; j < k; j++ {
				if ws[j].punc != 0 && ws[j].punc != '&' || ws[j].punc == 0 && !ws[j].cap && !(j > 0 && sc.is(&ws[0], "the") && sc.founded(ws, k+1)) {
					return false // a name, or "The plant, opened in 1988,"
				}
			}
			return true
		}
	}
	return false
}

var (
	presenceVerbs = map[string]bool{"stood": true, "sat": true, "lined": true, "gathered": true, "packed": true,
		"queued": true, "crowded": true, "huddled": true, "milled": true, "waited": true, "watched": true,
		"filled": true, "marched": true, "camped": true, "stretched": true, "snaked": true,
		"slept": true, "sheltered": true, "formed": true, "stayed": true, "cheered": true, "clapped": true}
	publicBodies = map[string]bool{"council": true, "legislature": true, "parliament": true, "congress": true,
		"senate": true, "assembly": true, "committee": true, "board": true, "bank": true, "court": true,
		"regulator": true, "commission": true, "coalition": true, "inspectorate": true, "agency": true,
		"ministry": true, "authority": true, "watchdog": true, "tribunal": true, "shares": true, "stock": true, "stocks": true,
		"index": true, "yield": true, "yields": true, "bonds": true, "currency": true}
	publicActs = map[string]bool{"approved": true, "passed": true, "adopted": true, "rejected": true, "raised": true,
		"lowered": true, "voted": true, "fell": true, "rose": true, "closed": true, "gained": true, "dropped": true,
		"climbed": true, "jumped": true, "slipped": true, "held": true, "holds": true, "fined": true,
		"ordered": true, "sentenced": true}
	meetingVerbs = map[string]bool{"meet": true, "vote": true, "debate": true, "hear": true, "consider": true,
		"convene": true, "sit": true, "reconvene": true, "discuss": true, "hold": true, "answer": true,
		"appear": true, "testify": true, "reopen": true, "resume": true, "publish": true, "release": true,
		"decide": true, "rule": true, "give": true, "announce": true, "open": true, "start": true, "begin": true,
		"present": true, "unveil": true, "visit": true, "attend": true, "sign": true, "return": true, "update": true}
	meetingParticiples = map[string]bool{"reviewed": true, "heard": true, "debated": true, "considered": true,
		"discussed": true, "decided": true, "voted": true, "held": true}
	sizeWords = map[string]bool{"centimetres": true, "centimeters": true, "metres": true, "meters": true,
		"millimetres": true, "millimeters": true, "inches": true, "feet": true, "foot": true,
		"kilograms": true, "grams": true, "cm": true, "mm": true}
)

// inEvent after "the most in the" name the event the reporter saw.
var inEvent = map[string]bool{"match": true, "game": true, "race": true, "final": true, "round": true, "tie": true,
	"half": true, "contest": true, "bout": true, "innings": true, "session": true, "tournament": true}

// planModifiers before "plans to" make it a noun: "has drawn up new
// plans to", "submitted revised plans to".
var planModifiers = map[string]bool{"new": true, "revised": true, "draft": true, "its": true, "their": true,
	"lodged": true, "unveiled": true, "submitted": true, "of": true, "for": true, "with": true, "about": true, "outline": true}

// notAClaim reports whether the claim phrase ws[k:k+n] is, in its
// context, a time or a description: "the first half of the year", "half a
// century", "on record as a voter", "a record of 216-146".
func (sc *scratch) notAClaim(ws []word, k, n int) bool {
	prev, next := "", ""
	if k > 0 && ws[k-1].punc == 0 {
		prev = sc.lowOf(&ws[k-1])
	}
	if k+n < len(ws) && ws[k+n].punc == 0 {
		next = sc.lowOf(&ws[k+n])
	}
	last := sc.lowOf(&ws[k+n-1])
	switch {
	case (sc.is(&ws[k], "plans") || sc.is(&ws[k], "plan")) && (k == 0 || articles[prev] || possessive(prev) || strings.HasSuffix(prev, "ed") || planModifiers[prev]):
		return true // "Plans to merge the schools were put out to consultation": a noun
	case sc.is(&ws[k], "cause") && next == "of" && k+n+1 < len(ws) && sc.is(&ws[k+n+1], "death"):
		return true // "gave the cause of death as drowning": a finding's term
	case n == 2 && last == "to" && sc.is(&ws[k], "due") && beVerbs[prev]:
		return true // "is due to": a date on the calendar, read as a prediction, no cause
	case n == 2 && (last == "most" || superlative(last)) && next == "in" && k+n+2 < len(ws) && sc.is(&ws[k+n+1], "the") && inEvent[sc.lowOf(&ws[k+n+2])]:
		return true // "27 points, the most in the match": seen in the event reported
	case superlative(last) && next == "of" && k+n+1 < len(ws) && !sc.is(&ws[k+n+1], "any") && !sc.is(&ws[k+n+1], "all"):
		return true // "the largest of the valley's towns": a description; not "the highest of any"
	case last == "of" && sc.is(&ws[k+n-2], "half"):
		return prev == "first" || prev == "second" || prev == "latter" || prev == "former"
	case last == "half":
		return next == "a" || next == "an" || next == "past" // "more than half a century", "by half past ten"
	case last == "record":
		return next == "as" || next == "of" || next == "that" // "on record as", "a record of"
	}
	return false
}

// record reports whether word k starts a ranking or a record the lexicon
// phrases do not list: a superlative after "the" or a possessive with
// "since" or "ever" later in the sentence ("the costliest storm in the
// county since 1987"), a ranked superlative ("second-largest"), or "first"
// with "in N years" or "since" later ("its first title in 19 years").
func (sc *scratch) record(ws []word, k int) bool {
	w := &ws[k]
	if sc.is(w, "than") {
		// "earn more than nurses at any other hospital"
		// "travel further than those anywhere else in the district"
		for m := k + 1; m+1 < len(ws) && m <= k+6 && ws[m].punc == 0; m++ {
			if sc.is(&ws[m], "any") && (sc.is(&ws[m+1], "other") || sc.is(&ws[m+1], "previous")) ||
				sc.is(&ws[m], "anywhere") && sc.is(&ws[m+1], "else") {
				return true
			}
		}
		return false
	}
	if w.kind == tokens.Number || w.hi-w.lo < 5 {
		return false
	}
	low := sc.lowOf(w)
	if i := strings.IndexByte(low, '-'); i > 0 && rankWords[low[:i]] && superlative(low[i+1:]) {
		return true // "second-largest", "third-busiest"
	}
	first := ordinals[low]
	if !first && !(superlative(low) && k > 0 && (articles[sc.lowOf(&ws[k-1])] || possessive(sc.lowOf(&ws[k-1])))) {
		return false
	}
	if !first && k+2 < len(ws) && sc.is(&ws[k+1], "of") && !sc.is(&ws[k+2], "any") && !sc.is(&ws[k+2], "all") {
		return false // "the largest of the valley's towns": a description
	}
	for j := k + 1; j < len(ws); j++ {
		if ws[j].punc != 0 {
			if ws[j].punc == ',' || ws[j].punc == ';' {
				return false
			}
			continue
		}
		switch sc.lowOf(&ws[j]) {
		case "since", "ever":
			return true
		case "in":
			// "one of the cleanest steel plants in Europe"
			if !first && j <= k+4 && j+1 < len(ws) && ws[j+1].punc == 0 && ws[j+1].cap {
				return true
			}
			// "the oldest in the state"
			if !first && j == k+1 && j+2 < len(ws) && sc.is(&ws[j+1], "the") && ws[j+2].punc == 0 && rankPlaces[sc.lowOf(&ws[j+2])] {
				return true
			}
			// "in 19 years", "in two decades"
			if j+2 < len(ws) && ws[j+2].punc == 0 && (ws[j+1].kind == tokens.Number || countWords[sc.lowOf(&ws[j+1])]) && spanWords[sc.lowOf(&ws[j+2])] {
				return true
			}
		}
	}
	return false
}

// trendSince reports whether a verb of change at ws[k] has "since" after
// it in its clause: a trend over time, a claim with or without a figure
// ("The number of kayakers has risen sharply since the pandemic").
func (sc *scratch) trendSince(ws []word, k int) bool {
	switch sc.lowOf(&ws[k]) {
	case "risen", "fallen", "grown", "doubled", "tripled", "halved", "soared", "plunged", "declined", "dropped", "increased", "decreased", "shrunk", "slumped":
	default:
		return false
	}
	if k+1 < len(ws) && ws[k+1].punc == 0 {
		// Intransitive: "has risen sharply since", "have grown by a third
		// since"; not "has grown apples here since 1996".
		if n := sc.lowOf(&ws[k+1]); !strings.HasSuffix(n, "ly") && !trendNext[n] {
			return false
		}
	}
	for j := k + 1; j < len(ws) && j <= k+8 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "since") {
			return true
		}
	}
	return false
}

var trendNext = map[string]bool{"by": true, "since": true, "from": true, "to": true, "more": true, "every": true,
	"each": true, "in": true, "almost": true, "nearly": true, "about": true, "fast": true, "faster": true}

// notSince reports whether "since" and a year at ws[k] close a negated
// clause: "The west front had not been cleaned since 1887", "has never
// flooded since 1953": a record.
func (sc *scratch) notSince(ws []word, k int) bool {
	if !sc.is(&ws[k], "since") || k+1 >= len(ws) || ws[k+1].kind != tokens.Number {
		return false
	}
	for j := k - 1; j >= 0 && ws[j].punc == 0; j-- {
		if l := sc.lowOf(&ws[j]); l == "not" || l == "never" || strings.HasSuffix(l, "n't") || strings.HasSuffix(l, "n’t") {
			return true
		}
	}
	return false
}

// habit reports whether "have" at ws[k] opens a record of what usually
// happens to a kind of thing, which needs a source: "Strikes at other
// universities have usually ended within three weeks", "Riders who lose
// the lead here have rarely gone on to win". A pronoun subject ("they
// have never") may continue a source's statement and is left alone.
func (sc *scratch) habit(ws []word, k int) bool {
	if k == 0 || k+2 >= len(ws) || ws[k].hi-ws[k].lo != 4 || !sc.is(&ws[k], "have") || ws[k-1].punc != 0 || ws[k+1].punc != 0 || ws[k+2].punc != 0 {
		return false
	}
	if subjectPronouns[sc.lowOf(&ws[k-1])] || sc.is(&ws[k-1], "you") || sc.is(&ws[k-1], "would") || sc.is(&ws[k-1], "could") || sc.is(&ws[k-1], "should") || sc.is(&ws[k-1], "might") || sc.is(&ws[k-1], "must") || sc.is(&ws[k-1], "may") {
		return false
	}
	return habitAdverbs[sc.lowOf(&ws[k+1])]
}

// kindHabit reports whether a frequency adverb at ws[k] says what a kind
// of thing does, its sentence opening on a bare plural ("Workers injured
// on building sites often wait more than three years", "Teams that
// survive usually find themselves ...").
func (sc *scratch) kindHabit(ws []word, k int) bool {
	if k < 2 || k+1 >= len(ws) || ws[k+1].punc != 0 || !(habitAdverbs[sc.lowOf(&ws[k])] || sc.is(&ws[k], "often")) {
		return false
	}
	f := sc.lowOf(&ws[0])
	if ws[0].punc != 0 || len(f) <= 3 || !strings.HasSuffix(f, "s") || strings.HasSuffix(f, "ss") || strings.ContainsAny(f, "'’") || determiners[f] || subjectPronouns[f] {
		return false
	}
	for j := 1; j < k; j++ {
		if ws[j].punc == 0 && auxiliaries[sc.lowOf(&ws[j])] {
			return false // "Sanders did not usually get this personal": a person's past, not a kind's habit
		}
	}
	return true
}

var auxiliaries = map[string]bool{"did": true, "does": true, "do": true, "has": true, "had": true, "was": true,
	"is": true, "were": true, "are": true, "will": true, "would": true, "been": true}

var habitAdverbs = map[string]bool{"rarely": true, "seldom": true, "usually": true, "typically": true,
	"generally": true, "normally": true, "traditionally": true, "historically": true}

// superlative reports whether w looks like a superlative adjective
// ("largest", "costliest"), not a noun or verb that ends in -est.
func superlative(w string) bool {
	return len(w) >= 6 && strings.HasSuffix(w, "est") && !notSuperlative[w]
}

func possessive(w string) bool {
	return w == "its" || w == "their" || w == "his" || w == "her" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}

// rankPlaces after "the <superlative> in the" make a ranking: "the oldest
// in the state".
var rankPlaces = map[string]bool{"state": true, "country": true, "nation": true, "world": true, "city": true,
	"region": true, "county": true, "province": true, "league": true, "history": true}

// ordinals rank an event in a run: "the third crash on the line in four
// years", "its first title since 1998".
var ordinals = map[string]bool{"first": true, "second": true, "third": true, "fourth": true, "fifth": true}

var rankWords = map[string]bool{"second": true, "third": true, "fourth": true, "fifth": true, "sixth": true, "tenth": true}

var countWords = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "a": true, "several": true, "many": true}

// spanWords are the units of a stretch of time in "first ... in 19 years".
var spanWords = map[string]bool{"decade": true, "generation": true, "century": true, "years": true, "decades": true, "seasons": true, "months": true, "weeks": true, "centuries": true}

// notSuperlative are common -est words that are no superlatives.
var notSuperlative = map[string]bool{
	"interest": true, "protest": true, "request": true, "harvest": true, "suggest": true, "contest": true,
	"manifest": true, "digest": true, "earnest": true, "conquest": true, "invest": true, "arrest": true,
	"honest": true, "forest": true, "modest": true, "latest": true, "everest": true,
	"behest": true, "bequest": true, "inquest": true, "tempest": true, "attest": true, "detest": true,
	"divest": true, "infest": true, "ingest": true, "molest": true, "retest": true, "unrest": true,
	"pretest": true, "dishonest": true, "midwest": true, "northwest": true, "southwest": true,
	"interests": true, "requests": true, "protests": true, "contests": true, "arrests": true, "forests": true,
}

// openQuestion are the words before "whether" or "if" that make what
// follows an open question rather than a prediction: "it is unclear
// whether", "the question is whether", "remains to be seen if".
var openQuestion = map[string]bool{
	"unclear": true, "uncertain": true, "clear": true, "known": true, "know": true, "is": true,
	"seen": true, "wonder": true, "wonders": true, "wondering": true, "asked": true, "asking": true,
	"determine": true, "decide": true, "say": true, "tell": true,
}

// weakQuestion are the openQuestion words that open a question only with
// "whether": "the plan is if it passes, the city will", "made it clear if
// elected he will".
var weakQuestion = map[string]bool{"is": true, "clear": true, "say": true, "tell": true}

// statSignal reports whether the number at ws[k] is a statistic that
// needs a source rather than a count the reporter gives: it is a share or
// an amount of money, it is bounded ("more than 11,000", "at least 14"),
// or its sentence speaks of change, harm, a period or an aggregate
// ("have fallen ... since", "were killed", "last season", "an average
// of"). "The coalition holds 108 of the 200 seats", "There are 62 pins",
// "runs 212 pubs" state counts the reporter can see.
func (sc *scratch) statSignal(text string, ws []word, k int) bool {
	t := text[ws[k].s:ws[k].e]
	if strings.HasSuffix(t, "%") || strings.HasPrefix(t, "$") || strings.HasPrefix(t, "£") || strings.HasPrefix(t, "€") {
		return true
	}
	if k+1 < len(ws) && ws[k+1].punc == 0 {
		n := sc.lowOf(&ws[k+1])
		if amountWords[n] {
			return true
		}
		if (n == "million" || n == "billion" || n == "thousand") && k+2 < len(ws) && ws[k+2].punc == 0 && amountWords[sc.lowOf(&ws[k+2])] {
			return true
		}
	}
	if k >= 2 && ws[k-1].punc == 0 && ws[k-2].punc == 0 && bounds[sc.lowOf(&ws[k-2])+" "+sc.lowOf(&ws[k-1])] {
		return true
	}
	if k+2 < len(ws) && ws[k+1].punc == 0 && ws[k+2].punc == 0 && (sc.is(&ws[k+1], "in") && ws[k+2].kind == tokens.Number ||
		sc.is(&ws[k+1], "of") && (sc.is(&ws[k+2], "the") || sc.is(&ws[k+2], "its") || sc.is(&ws[k+2], "their")) && k+3 < len(ws) && (sc.is(&ws[k+3], "past") || sc.is(&ws[k+3], "last"))) {
		return true // "2 in 10 voters", "13 of the past 19 contests"
	}
	if k >= 2 && ws[k-1].punc == 0 && sc.is(&ws[k-1], "in") && ws[k-2].punc == 0 && (ws[k-2].kind == tokens.Number || countWords[sc.lowOf(&ws[k-2])] || sc.is(&ws[k-2], "one")) {
		return true // "six in 10 voters"
	}
	return sc.sentenceSignal(ws, k)
}

// sentenceSignal reports whether a sentence speaks of change, harm, a
// period or an aggregate, words other than ws[k] (statSignal).
func (sc *scratch) sentenceSignal(ws []word, k int) bool {
	for j := range ws {
		if ws[j].punc != 0 || j == k {
			continue
		}
		l := sc.lowOf(&ws[j])
		if changeWords[l] || harmWords[l] || aggregateWords[l] {
			return true
		}
		if (l == "down" || l == "up") && j+1 < len(ws) && ws[j+1].punc == 0 && sc.is(&ws[j+1], "from") {
			return true // "down from plus 21 points"
		}
		if j+1 < len(ws) && ws[j+1].punc == 0 {
			n := sc.lowOf(&ws[j+1])
			if (l == "last" || l == "past" || l == "this") && periodWords[n] || (l == "a" || l == "per" || l == "each" || l == "every" || l == "an") && rateWords[n] {
				return true // "last season", "this year", "a year", "per day"; not "last week"
			}
		}
	}
	return false
}

// wordNumbers are counts written as words.
var wordNumbers = map[string]bool{"two": true, "three": true, "four": true, "five": true, "six": true, "seven": true,
	"eight": true, "nine": true, "ten": true, "eleven": true, "twelve": true, "twenty": true, "dozen": true,
	"twice": true, "half": true, "double": true}

var (
	amountWords = map[string]bool{"percent": true, "per": true, "percentage": true, "euros": true, "euro": true,
		"pounds": true, "dollars": true, "crowns": true, "cents": true, "pence": true, "francs": true, "yen": true,
		"rupees": true, "kronor": true, "krona": true, "kroner": true, "pesos": true, "rand": true, "shillings": true}
	bounds = map[string]bool{"more than": true, "fewer than": true, "less than": true, "at least": true,
		"as many": true, "up to": true, "as much": true, "no more": true, "no fewer": true}
	changeWords = map[string]bool{"rose": true, "risen": true, "rise": true, "rises": true, "rising": true,
		"fell": true, "fallen": true, "fall": true, "falls": true, "falling": true, "increased": true,
		"increase": true, "decreased": true, "decrease": true, "grew": true, "grown": true, "growth": true,
		"doubled": true, "tripled": true, "halved": true, "dropped": true, "drop": true, "climbed": true,
		"jumped": true, "declined": true, "decline": true, "lost": true, "lose": true, "losing": true,
		"gained": true, "shed": true, "soared": true, "plunged": true, "surged": true, "slumped": true,
		"cost": true, "costs": true, "worth": true, "spent": true, "spend": true, "owed": true, "owes": true,
		"debt": true, "debts": true, "deficit": true, "budget": true, "raise": true, "saved": true, "save": true,
		"closed": true, "halted": true, "shut": true, "cut": true, "cuts": true, "lay": true, "laid": true,
		"hired": true, "fired": true, "layoffs": true, "jobs": true, "unemployed": true, "shortfall": true}
	harmWords = map[string]bool{"killed": true, "died": true, "dead": true, "deaths": true, "injured": true,
		"wounded": true, "arrested": true, "displaced": true, "evacuated": true, "missing": true, "infected": true,
		"cases": true, "victims": true, "casualties": true, "homeless": true, "stranded": true, "affected": true,
		"misread": true, "miscounted": true, "errors": true, "failed": true, "complaints": true, "violations": true}
	aggregateWords = map[string]bool{"since": true, "average": true, "total": true, "combined": true, "median": true,
		"estimated": true, "estimate": true, "record": true, "annual": true, "annually": true, "overall": true,
		"nationwide": true, "statewide": true, "countrywide": true}
	// periodWords after "last", "past" or "this" span a stretch of time
	// that figures are counted over; "last week" is a date.
	periodWords = map[string]bool{"year": true, "years": true, "season": true, "seasons": true,
		"months": true, "decade": true, "decades": true, "winter": true, "summer": true,
		"spring": true, "autumn": true, "quarter": true, "term": true, "weeks": true}
	// rateWords after "a", "per" or "each" make a rate: "40 cars a day".
	rateWords = map[string]bool{"year": true, "month": true, "week": true, "day": true, "night": true,
		"hour": true, "head": true, "capita": true, "season": true}
)

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
	if t[0] != '$' && t[len(t)-1] != '%' && digits == 4 && len(t) == 4 && (t[:2] == "19" || t[:2] == "20") {
		return false // a year
	}
	if digits == 4 && len(t) == 4 && t[0] == '1' && k > 0 && ws[k-1].punc == 0 && yearBefore[sc.lowOf(&ws[k-1])] {
		return false // an older year: "since 1871", "in 1066"
	}
	if k+1 < len(ws) {
		n := &ws[k+1]
		if n.punc == 0 && n.cls&(cTime|cMonth) != 0 {
			return false
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
		}
		if p.punc == 0 && p.cls&(cMonth|cLabel) != 0 {
			return false
		}
		if p.punc == ':' {
			return false
		}
		// An age: "Smith, 45, said", "Liam Corrigan, then 26, was".
		if p.punc == ',' && k+1 < len(ws) && ws[k+1].punc == ',' && k > 1 && ws[k-2].cap {
			return false
		}
		if p.punc == 0 && (sc.lowOf(p) == "then" || sc.lowOf(p) == "now" || sc.lowOf(p) == "aged") && k > 1 && ws[k-2].punc == ',' && k+1 < len(ws) && ws[k+1].punc == ',' {
			return false
		}
	}
	if k+1 < len(ws) && ws[k+1].punc == 0 && sc.lowOf(&ws[k+1]) == "percent" {
		return true
	}
	return true
}
