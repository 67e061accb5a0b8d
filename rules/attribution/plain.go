package attribution

import (
	"strings"

	"github.com/attrlint/attrlint/rules/tokens"
	"github.com/attrlint/attrlint/rules/wordtable"
)

// plainFigures reports whether the figures of a sentence are the
// reporter's plain description (its other claims still count). Plain:
// a person's record after their age ("Kealey, 27, has played 112 times");
// a scene the reporter saw ("about 80 camp beds stood in rows", with a
// verb of presence), an act on the record by a public body or a market
// ("The legislature approved a 2 percent cut", "Shares in Aurelle fell 3.2
// percent on Friday"), a meeting on the calendar ("will debate a proposal
// to cap rents at 3 percent on November 14").
func (sc *scratch) plainFigures(ws []word) bool {
	if sc.biography(ws) || sc.postCounter(ws) || sc.wageFloor(ws) || sc.results(ws) || sc.electionResult(ws) || sc.referendumShare(ws) || sc.rulesTerms(ws) || sc.voteTally(ws) || sc.putAt(ws) || sc.offerTerms(ws) || sc.thresholdMoved(ws) || sc.publishedTerms(ws) || sc.legalMaximum(ws) || sc.benefitTerms(ws) || sc.taxRates(ws) || sc.gameStats(ws) || sc.approvedTerms(ws) || sc.ownsStake(ws) || sc.demandTerms(ws) || sc.rulesWhich(ws) || sc.namedForecast(ws) || sc.entitledTerms(ws) {
		return true
	}
	for k := range ws {
		if ws[k].punc == 0 && sc.is(&ws[k], "will") && (sc.ownAct(ws, k) || sc.delegateShare(ws, k+1)) {
			return true // "Vossen will pay 410p a share": the actor's terms; "Clinton will gain at least 18": the result's share of delegates
		}
	}
	body, traded, saved := false, false, false
	for k := range ws {
		w := &ws[k]
		if w.punc != 0 {
			if w.punc == ';' || w.punc == ':' {
				body, traded, saved = false, false, false // the act must follow its subject in one clause
			}
			if w.punc == ',' && saved {
				body, saved = true, false // past a relative clause on another noun
			}
			continue
		}
		if k > 0 && ws[k-1].punc == 0 && (sc.is(&ws[k-1], "will") || sc.is(&ws[k-1], "to") || sc.is(&ws[k-1], "be")) && sc.scheduled(ws, k) {
			return true
		}
		l := sc.lowOf(w)
		if l == "which" && k > 1 && ws[k-1].punc == ',' && !ws[k-2].in(lPublicBodies) {
			// "The agency ... more money from timber sales, which fell by
			// almost a third": the clause is the sales', not the agency's;
			// the body's own verb may follow it ("The Commission on
			// Presidential Debates, which ..., has held fast to").
			saved, body, traded = body, false, false
		}
		switch {
		case (w.in(lPresenceVerbs) && !(k+1 < len(ws) && sc.is(&ws[k+1], "to")) || l == "spent" && sc.spentTheNight(ws, k)) && sc.approxCount(sc.clauseOf(ws, k)):
			return true
		case w.in(lPublicActs) && (body || sc.byBody(ws, k) || sc.ownRate(ws, k)) && !sc.hadDone(ws, k) && !sc.holdsAmount(ws, k) && !sc.betweenYears(ws, k):
			return true
		case (l == "target" || l == "targets" || l == "forecast" || l == "forecasts") && sc.targetMoved(ws, k):
			return true // "Analysts at the broker Askew & Pryce cut their target price for the shares to 3.80 korvets": the broker's published act
		case (l == "weaker" || l == "stronger") && k > 1 && k+1 < len(ws) && sc.is(&ws[k+1], "against") && sc.is(&ws[k-1], "percent"):
			return true // "The krenar ended Tuesday's trading 0.4 percent weaker against a basket of currencies": a currency's close, on the record
		case (l == "halved" || l == "doubled") && sc.bodyChanged(ws, k):
			return true // "The government halved the training bursary for maths graduates, to 9,000 orrens, in its 2025 budget": the body's act, on the record
		case traded && w.in(lMarketVerbs):
			return true // "Shares in the three largest housebuilders have risen by between 20 and 35 percent since": a share price on the record
		case traded && beVerbs[l] && sc.levelAfter(ws, k+1):
			return true // "Shares in Tresk were down 4 percent by midday": a share price on the record
		case (l == "cost" || l == "costs") && sc.shelfPrice(ws, k):
			return true // "A two-litre carton cost 1.89 velts at a Norrby supermarket on Monday": a price seen in a shop
		case (l == "cost" || l == "costs") && k > 0 && k+1 < len(ws) && ws[k-1].punc == 0 && admissions[sc.lowOf(&ws[k-1])] && ws[k+1].kind == tokens.Number:
			return true // "Tickets cost 9 sorins, or 6 sorins for shareholders": the price list, published
		case body && marketActs[l] && sc.specificDay(ws, k):
			return true // "The finance ministry sold 2 billion krests of ten-year bonds at 5.2 percent last Thursday": a body's dated deal, on the record
		case l == "stood" && sc.rateStood(ws, k):
			return true // "The bank's main rate has stood at 5.25 percent since April": a rate on the record
		case w.in(lPenalties) && sc.pastPassive(ws, k):
			return true // "He was also ordered to pay £4,800 in costs": a court's order, on the record
		case (l == "can" || l == "may") && body && sc.maximumPenalty(ws, k+1):
			return true // "The Communications Authority ... can fine operators up to 4 percent of their annual turnover": the body's powers, on the record
		case l == "ordered" && k > 0 && ws[k-1].punc == 0 && ws[k-1].cap && sc.toPay(ws, k+1):
			return true // "Mereby ordered the nephews to pay two-thirds of the hospice's legal costs": a judge's order, on the record
		case l == "told" && sc.pastPassive(ws, k) && sc.toPay(ws, k+1):
			return true // "who were told last year to repay between 2,100 and 6,800 tessels each": the demand's terms
		case (l == "up" || l == "down") && k > 0 && ws[k-1].punc == 0 && beVerbs[sc.lowOf(&ws[k-1])] && sc.quote(ws, k+1):
			return true // "Brent crude was up 38 cents to settle at $77.90": a price on the record
		case w.in(lMarketVerbs) && (sc.valueOf(ws, k+1) && sc.marketSubject(ws, k) || sc.quote(ws, k+1) || sc.quote(ws, k+3) && sc.is(&ws[k+2], "than") || sc.againstCurrency(ws, k+1)):
			return true // "They have lost more than half their value this year", "jumped $25.50, or 3.3 percent, to $791.34": a share price; "fell 0.8 percent against the vesk": a currency's rate
		case w.in(lPublicBodies) && !sc.untraded(ws, k):
			body = true
			traded = traded || l == "shares" || l == "stock" || l == "stocks"
		}
	}
	return false
}

// untraded reports whether "stocks" at ws[k] are of a resource, not
// shares ("Plaice stocks on the bank have fallen by roughly a third"), or
// "market" a company's share of it ("its share of the market has slipped
// below 30 percent"): no market price on the record.
func (sc *scratch) untraded(ws []word, k int) bool {
	if sc.is(&ws[k], "market") {
		return k > 2 && sc.is(&ws[k-1], "the") && sc.is(&ws[k-2], "of") && sc.is(&ws[k-3], "share")
	}
	return (sc.is(&ws[k], "stocks") || sc.is(&ws[k], "stock")) && k > 0 && ws[k-1].punc == 0 && stockedThings[sc.lowOf(&ws[k-1])]
}

var stockedThings = wordtable.Words(`fish cod plaice herring mackerel haddock
	salmon sole tuna sardine anchovy eel oyster crab
	grain wheat food blood seed vaccine housing`)

// betweenYears reports whether the act at ws[k] is measured "between" one
// year and another: "cut its bridge maintenance budget by almost 40
// percent between 2019 and 2024" sums many budgets, a figure someone
// worked out; not one act on the record.
func (sc *scratch) betweenYears(ws []word, k int) bool {
	for j := k + 1; j+3 < len(ws) && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "between") && yearShaped(sc.lowOf(&ws[j+1])) && sc.is(&ws[j+2], "and") && yearShaped(sc.lowOf(&ws[j+3])) {
			return true
		}
	}
	return false
}

// maximumPenalty reports whether a verb of penalty at ws[j] has "up to"
// a few words after it: "fine operators up to 4 percent", the most a law
// allows.
func (sc *scratch) maximumPenalty(ws []word, j int) bool {
	if j >= len(ws) || !penaltyPowers[sc.lowOf(&ws[j])] {
		return false
	}
	for m := j + 1; m+1 < len(ws) && m <= j+4 && ws[m].punc == 0; m++ {
		if sc.is(&ws[m], "up") && sc.is(&ws[m+1], "to") {
			return true
		}
	}
	return false
}

// taxRates reports whether every figure of the sentence names a tax by
// its rate: "cut the 21 percent sales tax on restaurant meals to the 9
// percent rate charged on takeaway food". A rate in force is the law's;
// not "a tax that raised 21 percent more".
func (sc *scratch) taxRates(ws []word) bool {
	n := 0
	for k := range ws {
		if ws[k].kind != tokens.Number {
			continue
		}
		n++
		if k == 0 || !sc.is(&ws[k-1], "the") || k+2 >= len(ws) || !sc.is(&ws[k+1], "percent") {
			return false
		}
		if !taxWords[sc.lowOf(&ws[k+2])] && !(k+3 < len(ws) && ws[k+2].punc == 0 && taxWords[sc.lowOf(&ws[k+3])]) {
			return false // "the 21 percent tax", "the 21 percent sales tax"
		}
	}
	return n > 0
}

var taxWords = wordtable.Words(`tax levy tariff duty vat rate surcharge`)

// legalMaximum reports whether the sentence's one figure is a penalty's
// maximum, the law's terms: "faces a fine of up to 1,000 dalmers under
// the Water Supply Act", "can be fined up to 2,000 marks", "a fine of as
// much as 5,000 marks"; not "Fines of
// up to 500 marks were handed to 340 firms", which counts the firms.
func (sc *scratch) legalMaximum(ws []word) bool {
	numbers, upTo := 0, -1
	for k := range ws {
		if ws[k].kind != tokens.Number {
			continue
		}
		numbers++
		if k > 1 && sc.is(&ws[k-1], "to") && sc.is(&ws[k-2], "up") {
			upTo = k - 2
		}
		if k > 4 && sc.is(&ws[k-1], "as") && sc.is(&ws[k-2], "much") && sc.is(&ws[k-3], "as") && sc.is(&ws[k-4], "of") {
			upTo = k - 4 // "a threatened fine of as much as 5,000 marks"; not "could be fined as much as", a possible fine
		}
	}
	if numbers != 1 || upTo < 1 {
		return false
	}
	for m := upTo - 1; m >= 0 && m >= upTo-5 && ws[m].punc == 0; m-- {
		if penaltyTerms[sc.lowOf(&ws[m])] {
			return true
		}
	}
	return false
}

var penaltyTerms = wordtable.Words(`faces face facing fine fined
	jailed imprisoned penalty penalties`)

// benefitTerms reports whether the sentence opens with a benefit's terms,
// its one figure a rate or a ceiling: "The credit pays up to 9 dalmers an
// hour", "The allowance is worth 120 marks a week". A scheme's published
// terms; not "The benefit pays out 2 billion marks a year", its cost.
func (sc *scratch) benefitTerms(ws []word) bool {
	if len(ws) < 5 || !ws[0].in(lArticles) && !possessive(sc.lowOf(&ws[0])) {
		return false
	}
	h := 1
	for h < len(ws) && h < 3 && ws[h].punc == 0 && !benefitNouns[sc.lowOf(&ws[h])] {
		h++ // "The child-care credit", "The new winter allowance"
	}
	if h+3 >= len(ws) || ws[h].punc != 0 || !benefitNouns[sc.lowOf(&ws[h])] {
		return false
	}
	j := h + 1
	switch {
	case sc.is(&ws[j], "is") && sc.is(&ws[j+1], "worth"):
		j += 2
	case benefitVerbs[sc.lowOf(&ws[j])]:
		j++
	default:
		return false
	}
	numbers := 0
	for k := range ws {
		if ws[k].kind == tokens.Number {
			numbers++
		}
	}
	if numbers != 1 {
		return false
	}
	if j+1 < len(ws) && sc.is(&ws[j], "up") && sc.is(&ws[j+1], "to") {
		return true
	}
	for k := j; k+2 < len(ws) && k <= j+3 && ws[k].punc == 0; k++ {
		if ws[k].kind == tokens.Number {
			for m := k + 1; m+1 < len(ws) && m <= k+2 && ws[m].punc == 0; m++ {
				if (sc.is(&ws[m], "a") || sc.is(&ws[m], "an") || sc.is(&ws[m], "per")) && ws[m+1].cls&cTime != 0 {
					return true // "120 marks a week"
				}
			}
		}
	}
	return false
}

var benefitNouns = wordtable.Words(`credit grant allowance subsidy benefit
	voucher bursary rebate stipend payment pension`)

var benefitVerbs = wordtable.Words(`pays covers offers refunds gives provides`)

var penaltyPowers = wordtable.Words(`fine jail charge ban suspend`)

// holdsAmount reports whether "holds" or "held" at ws[k] holds money,
// not a rate: "The bank holds about 21 billion marrens in foreign
// reserves" is a holding someone counted; "held its main rate at 5
// percent" is the bank's decision.
func (sc *scratch) holdsAmount(ws []word, k int) bool {
	if !sc.is(&ws[k], "holds") && !sc.is(&ws[k], "held") {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+4 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "rate") || sc.is(&ws[j], "rates") {
			return false
		}
		if sc.is(&ws[j], "to") {
			return false // "has held fast to its 15 percent threshold"
		}
		if ws[j].kind == tokens.Number {
			return !(j+1 < len(ws) && (sc.is(&ws[j+1], "percent") || sc.is(&ws[j+1], "per")))
		}
	}
	return false
}

// marketActs are a public body's deals in a market.
var marketActs = wordtable.Words(`sold issued auctioned bought borrowed`)

// shelfPrice reports whether "cost" at ws[k] is a price seen in one shop
// on a given day: an amount, "at" a shop, then a weekday or a date, and no
// other word of change or period in the sentence ("up from 1.50 a year
// ago" is a statistic).
func (sc *scratch) shelfPrice(ws []word, k int) bool {
	if k+2 >= len(ws) || ws[k+1].kind != tokens.Number || sc.is(&ws[k+2], "million") || sc.is(&ws[k+2], "billion") || sc.sentenceSignal(ws, k) {
		return false // not "The bridge cost 40 million velts at the final count on Monday", a total someone made
	}
	for j := k + 2; j+1 < len(ws) && j <= k+4 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "at") {
			return (ws[j+1].in(lArticles) || possessive(sc.lowOf(&ws[j+1])) || ws[j+1].cap) && sc.specificDay(ws, j+1)
		}
	}
	return false
}

// admissions are what a price list prices for entry.
var admissions = wordtable.Words(`tickets ticket entry admission membership seats`)

// rateStood reports whether "stood" at ws[k] has a rate for its subject
// and "at" after it: "The bank's main rate has stood at 5.25 percent".
func (sc *scratch) rateStood(ws []word, k int) bool {
	if k+1 >= len(ws) || !sc.is(&ws[k+1], "at") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-3 && ws[j].punc == 0; j-- {
		if sc.is(&ws[j], "rate") {
			return true
		}
	}
	return false
}

// wageFloor reports whether the sentence's one figure is the minimum
// wage in force, the law's rate: "the current federal minimum wage is
// $7.25", "The minimum wage stands at 11.40 marks an hour". Not what it
// will rise to, nor who is paid less than it.
func (sc *scratch) wageFloor(ws []word) bool {
	at, numbers := -1, 0
	for k := range ws {
		if ws[k].kind == tokens.Number {
			numbers++
		}
		if k+3 < len(ws) && sc.is(&ws[k], "minimum") && sc.is(&ws[k+1], "wage") {
			switch {
			case sc.is(&ws[k+2], "is") && ws[k+3].kind == tokens.Number:
				at = k + 3
			case k+4 < len(ws) && (sc.is(&ws[k+2], "stands") || sc.is(&ws[k+2], "remains")) && sc.is(&ws[k+3], "at") && ws[k+4].kind == tokens.Number:
				at = k + 4
			}
		}
	}
	return at >= 0 && numbers == 1
}

// ownRate reports whether the act at ws[k], after a pronoun that opens
// the sentence, sets the actor's own rate: "It raised its main interest
// rate to 6.5 percent on November 12", a bank's decision on the record.
func (sc *scratch) ownRate(ws []word, k int) bool {
	if k != 1 || !sc.is(&ws[0], "it") || k+1 >= len(ws) || !sc.is(&ws[k+1], "its") {
		return false
	}
	for j := k + 2; j < len(ws) && j <= k+5 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "rate") || sc.is(&ws[j], "rates") {
			return true
		}
	}
	return false
}

// hadDone reports whether the act at ws[k] was done to the subject, not by
// it: "The board has had its budget cut by a quarter since 2022".
func (sc *scratch) hadDone(ws []word, k int) bool {
	for j := k - 1; j >= 1 && j >= k-3 && ws[j].punc == 0; j-- {
		if sc.is(&ws[j-1], "had") && (ws[j].in(lNounMarkers) || sc.nounBefore(&ws[j])) {
			return true
		}
	}
	return false
}

// marketSubject reports whether what lost or gained value before ws[k] is
// a market's: shares, a currency, or a pronoun standing for them ("They
// have lost more than half their value this year"); not "The fee has lost
// about a quarter of its value".
func (sc *scratch) marketSubject(ws []word, k int) bool {
	for j := 0; j < k; j++ {
		if ws[j].punc == 0 && (marketSubjects[sc.lowOf(&ws[j])] || j == 0 && (sc.is(&ws[j], "they") || sc.is(&ws[j], "it"))) {
			return true
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
	if k > 1 && k+2 < len(ws) && sc.is(&ws[k-2], "the") && ownBodies[sc.lowOf(&ws[k-1])] && (actorActs[sc.lowOf(&ws[k+1])] || sc.is(&ws[k+1], "raise")) && (sc.is(&ws[k+2], "its") || sc.is(&ws[k+2], "their") || sc.is(&ws[k+2], "the") && k+3 < len(ws) && sc.is(&ws[k+3], "remaining")) {
		return true // "The company will raise its interim dividend", "The museum will keep the remaining 22 masks": its own decision on its own things
	}
	if k > 3 && k+1 < len(ws) && ws[k-1].punc == ',' && ws[k+1].punc == 0 && actorActs[sc.lowOf(&ws[k+1])] {
		// "Tessaline, which is managed by Graymoor Capital, will lease the
		// pubs": the name before the aside is the subject, a firm or a
		// body that announces its plans.
		for c := 1; c < k-2; c++ {
			if ws[c].punc == ',' {
				return sc.is(&ws[c+1], "which") && ws[c-1].cap && (c > 1 || !strings.HasSuffix(sc.lowOf(&ws[0]), "s")) // a firm's or a body's plan; not "Engvall, who has chaired the club since 2015, will step down", a person's departure reported
			}
			if !ws[c].cap {
				return false
			}
		}
		return false
	}
	if k == 0 || k+1 >= len(ws) || ws[k-1].punc != 0 || !ws[k-1].cap || ws[k+1].punc != 0 || !actorActs[sc.lowOf(&ws[k+1])] {
		return false
	}
	if k-1 == 0 {
		l := sc.lowOf(&ws[0])
		return !strings.HasSuffix(l, "s") && !determiners[l]
	}
	j := k - 1
	for j > 0 && ws[j-1].punc == 0 && ws[j-1].cap {
		j--
	}
	// Not a name after a preposition: "A commuter travelling daily from
	// Halsket to Tovrenna will pay about 640 rells more a year".
	return j == 0 || sc.notObject(ws, j)
}

// notObject reports whether the name starting at ws[j] (j > 0) is no
// object of a preposition: "A commuter travelling daily from Halsket to
// Tovrenna will" names no one who acts.
func (sc *scratch) notObject(ws []word, j int) bool {
	return ws[j-1].punc != 0 || !prepositions[sc.lowOf(&ws[j-1])] && !sc.is(&ws[j-1], "to") && !sc.is(&ws[j-1], "from")
}

// ownBodies after "the" name an actor already named in the story.
var ownBodies = wordtable.Words(`company firm group bank chain airline club operator
	museum university hospital school league federation trust charity`)

var actorActs = wordtable.Words(`pay buy sell offer close open
	hire cut invest spend build launch acquire
	appeal resign retire step move fund merge
	keep return lend lease rent`)

// marketMove reports whether the sentence reports a market's or a
// company's results on the record: a market subject with a verb of
// movement ("Shares in Rennvik fell 14.6 percent"), or a result over a
// reporting period ("Revenue fell 23 percent in the quarter").
func (sc *scratch) marketMove(ws []word) bool {
	if sc.actAfter(ws, func(l string) bool { return marketSubjects[l] }, marketVerbs) {
		return true
	}
	for k := range ws {
		if ws[k].punc == 0 && ws[k].in(lMarketVerbs) && k+4 < len(ws) && sc.valueOf(ws, k+1) {
			return true // "They have lost more than half their value this year": a share price
		}
		if ws[k].punc == 0 && ws[k].in(lMarketVerbs) && sc.quote(ws, k+1) {
			return true // "Alphabet jumped $25.50, or 3.3 percent, to $791.34": a stock's price on the record
		}
	}
	return false
}

// ownsStake reports whether the sentence gives a holder's stake in a
// named company, a shareholding on the record: "The government owns 20
// percent of Tolvarra Steel". Not a share of a market or of a place's
// things ("holds 40 percent of the market", "owns 30 percent of
// Velmark's farmland").
func (sc *scratch) ownsStake(ws []word) bool {
	for k := 0; k+4 < len(ws); k++ {
		if ws[k].punc != 0 || !stakeVerbs[sc.lowOf(&ws[k])] || ws[k+1].kind != tokens.Number || !sc.is(&ws[k+2], "percent") || !sc.is(&ws[k+3], "of") || !ws[k+4].cap {
			continue
		}
		j := k + 4
		for j < len(ws) && ws[j].punc == 0 && ws[j].cap {
			j++
		}
		return j == len(ws) || ws[j].punc != 0
	}
	return false
}

var stakeVerbs = wordtable.Words(`owns owned own holds held hold`)

// targetMoved reports whether a price target or a forecast at ws[k]
// ("target price", "price target", "profit forecast") is one an analyst or
// a broker moved: "cut their target price", "raised its price target",
// "cut their profit forecast for the year by 18 percent".
func (sc *scratch) targetMoved(ws []word, k int) bool {
	p := k - 1
	switch {
	case sc.is(&ws[k], "forecast") || sc.is(&ws[k], "forecasts"):
		if p >= 0 && (sc.is(&ws[p], "profit") || sc.is(&ws[p], "earnings") || sc.is(&ws[p], "sales")) {
			p-- // "their profit forecast"
		}
	case p >= 0 && sc.is(&ws[p], "price"):
		p-- // "price target"
	case !(k+1 < len(ws) && sc.is(&ws[k+1], "price")):
		return false
	}
	if p < 1 || !possessive(sc.lowOf(&ws[p])) {
		return false
	}
	return targetMoves[sc.lowOf(&ws[p-1])]
}

var targetMoves = wordtable.Words(`cut raised lowered lifted set trimmed increased reduced`)

// levelAfter reports whether a direction follows ws[k] within a few
// words of its clause: "(Shares in Tresk were) down 4 percent by midday",
// "(were) 4 percent lower".
func (sc *scratch) levelAfter(ws []word, k int) bool {
	for j := k; j < len(ws) && j <= k+3 && ws[j].punc == 0; j++ {
		if marketDirections[sc.lowOf(&ws[j])] {
			return true
		}
	}
	return false
}

var marketDirections = wordtable.Words(`up down higher lower`)

// againstCurrency reports whether ws[k:] is a move against another
// currency: an amount, then "against the" within a few words.
func (sc *scratch) againstCurrency(ws []word, k int) bool {
	number := false
	for j := k; j < len(ws) && j <= k+4 && ws[j].punc == 0; j++ {
		if ws[j].kind == tokens.Number {
			number = true
		}
		if number && sc.is(&ws[j], "against") && j+1 < len(ws) && ws[j+1].punc == 0 && sc.is(&ws[j+1], "the") {
			return true
		}
	}
	return false
}

// quote reports whether ws[k:] reads as a price move: an amount, then "to"
// (or "at") and a price within a few words ("$25.50, or 3.3 percent, to
// $791.34", "4 cents, to $3.12 a pound", "38 cents to settle at
// $77.90").
func (sc *scratch) quote(ws []word, k int) bool {
	if k >= len(ws) || ws[k].kind != tokens.Number {
		return false
	}
	if l := sc.lowOf(&ws[k]); !strings.HasPrefix(l, "$") && !strings.HasPrefix(l, "£") && !strings.HasPrefix(l, "€") && !(k+1 < len(ws) && ws[k+1].punc == 0 && smallCoins[sc.lowOf(&ws[k+1])]) {
		return false
	}
	for j := k + 1; j+1 < len(ws) && j <= k+8; j++ {
		if ws[j].punc == 0 && (sc.is(&ws[j], "to") || sc.is(&ws[j], "at")) && ws[j+1].kind == tokens.Number && strings.ContainsAny(sc.lowOf(&ws[j+1]), "$£€") {
			return true
		}
	}
	return false
}

// smallCoins name a price move smaller than the unit: "rose 15 cents".
var smallCoins = wordtable.Words(`cents cent pence penny`)

// actAfter reports whether a word that subject accepts comes before a
// word of acts in the sentence: "Shares in Rennvik fell", "after
// councillors approved".
func (sc *scratch) actAfter(ws []word, subject func(string) bool, acts map[string]bool) bool {
	seen := false
	for k := range ws {
		if ws[k].punc != 0 {
			continue
		}
		l := sc.lowOf(&ws[k])
		if subject(l) {
			seen = true
		} else if seen && acts[l] {
			return true
		}
	}
	return false
}

// valueOf reports whether "their value" or "its value" follows within a
// few words of ws[k].
func (sc *scratch) valueOf(ws []word, k int) bool {
	for j := k; j+1 < len(ws) && j <= k+5 && ws[j].punc == 0; j++ {
		if (sc.is(&ws[j], "their") || sc.is(&ws[j], "its")) && sc.is(&ws[j+1], "value") {
			return true
		}
	}
	return false
}

var marketVerbs = wordtable.Words(`fell rose closed gained dropped climbed
	jumped slipped held lost slumped surged plunged edged
	risen fallen tumbled slid sank soared`)

var marketSubjects = wordtable.Words(`shares stock stocks index yield
	yields bonds currency market`)

// postCounter reports whether the sentence counts what a post or a clip
// had online, a counter anyone can read under it: "more than 2 million
// views on Facebook", "with more than 650 likes", "shared over 25,000
// times", "retweeted 9,000 times". Not a company's subscribers or
// followers, nor downloads: those are its business figures.
func (sc *scratch) postCounter(ws []word) bool {
	for k := range ws {
		if ws[k].kind != tokens.Number {
			continue
		}
		j := k + 1
		if j < len(ws) && ws[j].punc == 0 && scaleWords[sc.lowOf(&ws[j])] {
			j++ // "2 million views"
		}
		if j >= len(ws) || ws[j].punc != 0 {
			continue
		}
		if postCounts[sc.lowOf(&ws[j])] {
			return true
		}
		if sc.is(&ws[j], "times") && k > 0 && sc.postReach(ws, k) {
			return true
		}
	}
	return false
}

// postReach reports whether a verb of a post's reach comes before the
// count at ws[k], with at most a bound between: "shared over 25,000",
// "was retweeted more than 9,000".
func (sc *scratch) postReach(ws []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3 && ws[j].punc == 0; j-- {
		if postVerbs[sc.lowOf(&ws[j])] {
			return true
		}
	}
	return false
}

var (
	postCounts = wordtable.Words(`views likes retweets reposts`)
	postVerbs  = wordtable.Words(`shared retweeted reposted viewed watched liked`)
	scaleWords = wordtable.Words(`thousand million billion`)
)

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
		case ws[k].in(lResultSubjects) && !act:
			subject = true
		case subject && ws[k].in(lPublicActs):
			act = true
		case act && k+2 < len(ws) && (l == "in" || l == "for") && sc.is(&ws[k+1], "the") && ws[k+2].in(lReportingPeriods):
			return true
		case act && (l == "quarter" || l == "half") && k > 0 && (sc.is(&ws[k-1], "first") || sc.is(&ws[k-1], "second") || sc.is(&ws[k-1], "third") || sc.is(&ws[k-1], "fourth")):
			return true
		}
	}
	return false
}

var (
	resultSubjects   = wordtable.Words(`revenue revenues sales profit profits turnover earnings`)
	reportingPeriods = wordtable.Words(`quarter half year period months`)
)

// entitledTerms reports whether the sentence states an entitlement's terms,
// a figure right after "are (have been) entitled to": "Since January 2025,
// parents ... have been entitled to 25 free hours a week"; the rules give
// them. Not "would be entitled to", a case supposed.
func (sc *scratch) entitledTerms(ws []word) bool {
	for k := 2; k+2 < len(ws); k++ {
		if !sc.is(&ws[k], "entitled") || !sc.is(&ws[k+1], "to") || !(ws[k-1].in(lBeVerbs) || sc.is(&ws[k-1], "been")) {
			continue
		}
		if sc.is(&ws[k-1], "be") && k > 1 && ws[k-2].in(lModals) {
			return false
		}
		for j := k + 2; j < len(ws) && j <= k+4 && ws[j].punc == 0; j++ {
			if ws[j].kind == tokens.Number {
				return true
			}
		}
	}
	return false
}

// gameStats reports whether the sentence gives a game's box score, on the
// record of the game: a verb of play and a mark of a game's count ("shot
// 38 percent from the field and trailed by 14 points at half-time", "cut
// the lead to three with two minutes left", "scored 22 points"). Not
// "About 40 percent of fans leave at half-time", a claim about fans.
func (sc *scratch) gameStats(ws []word) bool {
	played, counted := false, false
	for k := range ws {
		if ws[k].punc != 0 {
			continue
		}
		l := sc.lowOf(&ws[k])
		switch {
		case (l == "leads" || l == "led" || l == "tops" || l == "topped") && sc.standingsLead(ws, k):
			return true // "Ostermo leads the overall standings by 62 points after three events": the published standings
		case gameVerbs[l]:
			played = true
			counted = counted || l == "scored" && k+2 < len(ws) && (ws[k+1].kind == tokens.Number || ws[k+1].in(lWordNumbers)) && scoredThings[sc.lowOf(&ws[k+2])]
		case gameWords[l]:
			counted = true
		case l == "from" && k+2 < len(ws) && sc.is(&ws[k+1], "the") && sc.is(&ws[k+2], "field"):
			counted = true
		case l == "left" && k > 1 && (sc.is(&ws[k-1], "minutes") || sc.is(&ws[k-1], "seconds")) && (ws[k-2].kind == tokens.Number || ws[k-2].in(lWordNumbers)):
			counted = true
		}
	}
	return played && counted
}

// standingsLead reports whether a lead at ws[k] is in a table of results
// and by a number of points: "leads the overall standings by 62 points".
func (sc *scratch) standingsLead(ws []word, k int) bool {
	for j := k + 1; j+3 < len(ws) && j <= k+4 && ws[j].punc == 0; j++ {
		if standingsTables[sc.lowOf(&ws[j])] {
			n := j + 1
			return sc.is(&ws[n], "by") && (ws[n+1].kind == tokens.Number || ws[n+1].in(lWordNumbers)) && scoredThings[sc.lowOf(&ws[n+2])]
		}
	}
	return false
}

var standingsTables = wordtable.Words(`standings table rankings classification`)

var (
	gameVerbs    = wordtable.Words(`scored shot trailed led grabbed cut converted kicked saved`)
	gameWords    = wordtable.Words(`rebounds assists free-throw free-throws three-pointers touchdowns wickets half-time halftime shots`)
	scoredThings = wordtable.Words(`points goals runs tries`)
)

// voteTally reports whether the sentence gives a vote's count on the
// record: "passed the Assembly by 52 votes to 38", "87 percent voted in
// favour on a turnout of 79 percent", "voted 74 to 9".
func (sc *scratch) voteTally(ws []word) bool {
	for k := 0; k+3 < len(ws); k++ {
		if ws[k].punc != 0 {
			continue
		}
		if sc.is(&ws[k], "by") && ws[k+1].kind == tokens.Number && (sc.is(&ws[k+2], "votes") || sc.is(&ws[k+2], "to")) {
			return true
		}
		if sc.is(&ws[k], "turnout") && sc.is(&ws[k+1], "of") && ws[k+2].kind == tokens.Number {
			return true
		}
		if (sc.is(&ws[k], "voted") || sc.is(&ws[k], "vote")) && ws[k+1].kind == tokens.Number && sc.is(&ws[k+2], "to") && ws[k+3].kind == tokens.Number {
			return true // "residents voted 74 to 9 to ask the ministry": a meeting's count
		}
	}
	return false
}

// putAt reports whether an actor puts or sets a figure on something:
// "The defence ministry put the cost of the mission at 186 million
// skellers", "The bill's impact assessment puts the savings from merging
// their offices ... at about 310 million orrens", "which the statistics
// bureau put at 5.3 percent", "The minister set this year's margin at 2.5
// points", "It also sets a target of treating 92 percent": the actor's own
// estimate or decision, which the sentence attributes to it. Not the
// agentless passive "Turnout was put at 60 percent".
func (sc *scratch) putAt(ws []word) bool {
	for k := 1; k+2 < len(ws); k++ {
		put := sc.is(&ws[k], "put") || sc.is(&ws[k], "puts")
		if ws[k].punc != 0 || ws[k-1].punc != 0 && !(put && ws[k-1].punc == ',' && k > 3) || ws[k-1].in(lBeVerbs) {
			continue // a comma before "puts" closes an aside on the source: "The city's planning department, which keeps its own register, puts the rate ... at 15.9 percent"
		}
		set := sc.is(&ws[k], "set") || sc.is(&ws[k], "sets")
		if !put && !set && !ws[k].in(lMeasuredAt) {
			continue
		}
		if put && sc.is(&ws[k+1], "the") && estimateNouns[sc.lowOf(&ws[k+2])] {
			return true
		}
		if set && (sc.is(&ws[k+1], "a") || sc.is(&ws[k+1], "its") || sc.is(&ws[k+1], "their")) && targetNouns[sc.lowOf(&ws[k+2])] && k+3 < len(ws) && sc.is(&ws[k+3], "of") {
			return true
		}
		for j := k + 1; j+1 < len(ws) && j <= k+14 && ws[j].punc != '.' && ws[j].punc != ';' && ws[j].punc != ':'; j++ {
			if ws[j].punc == 0 && sc.is(&ws[j], "at") {
				n := j + 1
				if n+1 < len(ws) && ws[n].punc == 0 && (sc.is(&ws[n], "about") || sc.is(&ws[n], "around") || sc.is(&ws[n], "roughly") || sc.is(&ws[n], "nearly") || sc.is(&ws[n], "some") || sc.is(&ws[n], "magnitude") || sc.is(&ws[n], "between")) {
					n++ // "measured the quake at magnitude 6.4", "put the direct cost of the recall at between 4 million and 6 million"
				}
				if ws[n].kind == tokens.Number {
					return true
				}
				break
			}
		}
	}
	return false
}

// measuredAt are verbs by which an actor puts its own number on a thing:
// "measured the quake at magnitude 6.4", "valued the company at".
var measuredAt = wordtable.Words(`measured measures valued values rated rates`)

var targetNouns = wordtable.Words(`target goal limit cap ceiling`)

// offerTerms reports whether the sentence's figure is an offer's or a
// bid's own terms: "The dispute is over a pay offer of 3 percent, which
// the union rejected in October", a proposal on the table.
func (sc *scratch) offerTerms(ws []word) bool {
	for k := 2; k < len(ws); k++ {
		if ws[k].kind == tokens.Number && ws[k-1].punc == 0 && ws[k-2].punc == 0 && sc.is(&ws[k-1], "of") && offerNouns[sc.lowOf(&ws[k-2])] {
			return true
		}
	}
	return false
}

// namedForecast reports whether the sentence's subject is a body's own
// forecast or estimate, and its figure what that forecast is: "The
// council's forecast, published with the business case for the line in
// 2020, is 11,000 trips a day". The possessive names its source.
func (sc *scratch) namedForecast(ws []word) bool {
	j := 0
	if len(ws) > 3 && ws[0].in(lArticles) {
		j = 1
	}
	if j+2 >= len(ws) || !possessive(sc.lowOf(&ws[j])) || !forecastNouns[sc.lowOf(&ws[j+1])] {
		return false
	}
	j += 2
	if j < len(ws) && ws[j].punc == ',' {
		for j++; j < len(ws) && ws[j].punc != ','; j++ {
		}
		j++ // past the aside: ", published with the business case ...,"
	}
	return j+1 < len(ws) && (sc.is(&ws[j], "is") || sc.is(&ws[j], "was")) && !sc.secondClause(ws, j)
}

var forecastNouns = wordtable.Words(`forecast estimate projection target`)

// rulesWhich reports whether a rule's terms are given in a relative
// clause on it, the sentence's last: "under the election rules, which
// allow a request when the margin is below half of one percent of the
// votes cast". The terms are on the record.
func (sc *scratch) rulesWhich(ws []word) bool {
	for k := 0; k+3 < len(ws); k++ {
		if ws[k].punc == 0 && ws[k].in(lRulesWords) && ws[k+1].punc == ',' && sc.is(&ws[k+2], "which") && ruleVerbs[sc.lowOf(&ws[k+3])] {
			return !sc.secondClause(ws, k+3)
		}
	}
	return false
}

var ruleVerbs = wordtable.Words(`allow allows require requires set sets cap caps limit limits bar bars`)

// demandTerms reports whether the sentence's figures are a named actor's
// demand, in a sentence of one clause: "The Secondary Teachers' Association
// wants maths and physics teachers to be paid 10 percent more". What it
// asks for is its own position, as an offer's terms are.
func (sc *scratch) demandTerms(ws []word) bool {
	for k := 1; k+1 < len(ws); k++ {
		if ws[k].punc != 0 || ws[k-1].punc != 0 || !(ws[k-1].cap && k > 1 || demanders[sc.lowOf(&ws[k-1])]) {
			continue
		}
		if l := sc.lowOf(&ws[k]); l == "wants" || l == "demands" || (l == "is" || l == "are") && (sc.is(&ws[k+1], "demanding") || sc.is(&ws[k+1], "seeking")) {
			return !sc.secondClause(ws, 0) // not "Ostmark accounts for about a fifth of ..., and the Home Party wants"
		}
	}
	return false
}

// demanders before "wants" or "demands" are an actor that states its
// position: "The union wants".
var demanders = wordtable.Words(`union unions association federation party council
	company club government ministry board group`)

var offerNouns = wordtable.Words(`offer offers bid bids`)

var estimateNouns = wordtable.Words(`cost figure toll number bill value total`)

// rulesTerms reports whether a law, a rule or a formula is the sentence's
// subject and what follows is what it does: "The law, passed in March
// 2024, allowed the commissioner to refuse a permit and set fines of up
// to 20,000 lirens". Its terms are on the record.
func (sc *scratch) rulesTerms(ws []word) bool {
	if len(ws) > 2 && sc.is(&ws[0], "by") && sc.is(&ws[1], "law") {
		return true // "By law, 28 percent of the price of every ticket goes to good causes"
	}
	if len(ws) < 3 || !ws[0].in(lArticles) && !sc.is(&ws[0], "this") && !possessive(sc.lowOf(&ws[0])) && !(ws[0].cap && ws[1].cap) {
		return false // "The new rules", "This formula", "Its rules", "Racing Board rules"
	}
	h := 1
	for h < len(ws) && h < 4 && ws[h].punc == 0 && !ws[h].in(lRulesWords) {
		h++ // "The new one", "The old formula"
	}
	if h >= len(ws) || ws[h].punc != 0 || !ws[h].in(lRulesWords) {
		return false
	}
	for j := h + 1; j < len(ws); j++ {
		if ws[j].punc == 0 && ws[j].in(lTermVerbs) && !(sc.is(&ws[j], "close") && j+1 < len(ws) && sc.is(&ws[j+1], "to")) {
			return true // not "worth about 2.5 million dorams a year, close to a third of the federation's income"
		}
		if ws[j].punc == 0 && sc.is(&ws[j], "means") && j+1 < len(ws) && (sc.is(&ws[j+1], "no") || sc.is(&ws[j+1], "every")) {
			return true // "The cap, which came in on November 1, means no passenger pays more than 3 brevets a day": what the rule guarantees
		}
	}
	return false
}

// thresholdMoved reports whether a rule's threshold opens the sentence
// and moved from one number to another: "The age last rose, from 65 to
// 66, in 2019", "The speed limit was lowered from 60 to 50". A law's
// change, on the record; not "The average age rose from 41 to 44".
func (sc *scratch) thresholdMoved(ws []word) bool {
	if len(ws) < 6 || !ws[0].in(lArticles) && !possessive(sc.lowOf(&ws[0])) {
		return false
	}
	h := 1
	for h < len(ws) && h < 3 && ws[h].punc == 0 && !thresholdNouns[sc.lowOf(&ws[h])] && !ws[h].in(lAggregateWords) {
		h++ // "The pension age", "The state pension age"
	}
	if h >= len(ws) || ws[h].punc != 0 || !thresholdNouns[sc.lowOf(&ws[h])] {
		return false
	}
	j := h + 1
	for j < len(ws) && j <= h+3 && ws[j].punc == 0 && ws[j].in(lThresholdAdverbs) {
		j++ // "last rose", "was lowered"; not "The age at which women have a first child rose"
	}
	if j >= len(ws) || !ws[j].in(lThresholdMoves) {
		return false
	}
	for j++; j+3 < len(ws) && j <= h+7; j++ {
		if ws[j].punc == 0 && sc.is(&ws[j], "from") && ws[j+1].kind == tokens.Number && sc.is(&ws[j+2], "to") && ws[j+3].kind == tokens.Number {
			return true
		}
	}
	return false
}

var thresholdAdverbs = wordtable.Words(`last was has had been first then later`)

var thresholdNouns = wordtable.Words(`age limit threshold ceiling cap`)

var thresholdMoves = wordtable.Words(`rose fell raised lowered increased cut reduced went moved changed`)

// termVerbs set a rule's terms: "The bill ... would require", "The
// force's draft budget ... closes two front counters and cuts 30 civilian
// posts".
var termVerbs = wordtable.Words(`allowed allows set sets required
	requires banned bans gave gives capped caps
	scraps scrapped raises limits limited
	require allow ban cap limit lets
	cuts closes close lowers lower raise freezes freeze`)

// electionResult reports whether the sentence gives a contest's result on
// the record: a verb of winning, a count and what was won ("won at least
// 44 of the 50 delegates", "took 54 percent of the vote", "won 412 seats").
func (sc *scratch) electionResult(ws []word) bool {
	if sc.resultCount(ws) {
		return true
	}
	for k := range ws {
		if ws[k].punc != 0 || !ws[k].in(lWinVerbs) {
			continue
		}
		if (sc.is(&ws[k], "leads") || sc.is(&ws[k], "led")) && !sc.delegatesNext(ws, k) {
			continue // "leads with 221 delegates"; not "leads Harlow by five points", a poll's lead
		}
		if sc.shareScore(ws, k+1) {
			return true // "she lost the county 38 percent to 55 percent", "won just 4 percent": a result's shares
		}
		if sc.is(&ws[k], "lost") || sc.is(&ws[k], "gained") {
			// Only a count of seats or a margin right after it: "lost 38
			// seats", "lost by 13 points"; not "has lost 41 teachers to
			// better-paying districts".
			n := k + 1
			if n < len(ws) && sc.is(&ws[n], "by") {
				n++
			}
			if n+1 < len(ws) && ws[n].kind == tokens.Number && ws[n+1].in(lWonThings) {
				return true
			}
			continue
		}
		for j := k + 1; j < len(ws) && j <= k+12 && ws[j].punc == 0; j++ {
			if ws[j].in(lWonThings) {
				return true
			}
			if j == k+2 && ws[k+1].kind == tokens.Number && (sc.is(&ws[j], "percent") || strings.HasSuffix(sc.lowOf(&ws[k+1]), "%")) {
				return true // "who won 14 percent in Upper Kell"
			}
		}
	}
	return false
}

// partyVotes name a party's share of a vote: "9 percent of the Labour vote".
var partyVotes = wordtable.Words(`gop republican democratic labour labor conservative liberal`)

// shareScore reports whether a result's shares follow a verb of winning
// or losing ending before ws[j]: "N percent to N percent" within a few
// words ("lost the county 38 percent to 55 percent"), or a share "won"
// after an adverb ("won just 4 percent between them").
func (sc *scratch) shareScore(ws []word, j int) bool {
	pct := func(m int) int { // the end of a share at ws[m], or -1
		if m >= len(ws) || ws[m].kind != tokens.Number {
			return -1
		}
		if strings.HasSuffix(sc.lowOf(&ws[m]), "%") {
			return m + 1
		}
		if m+1 < len(ws) && sc.is(&ws[m+1], "percent") {
			return m + 2
		}
		return -1
	}
	if e := pct(j + 1); j > 0 && sc.is(&ws[j-1], "won") && j < len(ws) && ws[j].punc == 0 && scoreAdverbs[sc.lowOf(&ws[j])] && e > 0 && !(e < len(ws) && sc.is(&ws[e], "among")) {
		return true // not "lost about 12 percent of their value", a loss worked out, nor "won just 19 percent among moderates", an exit poll's
	}
	for m := j; m < len(ws) && m <= j+4 && ws[m].punc == 0; m++ {
		if e := pct(m); e > 0 && e+1 < len(ws) && sc.is(&ws[e], "to") && pct(e+1) > 0 {
			return true
		}
	}
	return false
}

var scoreAdverbs = wordtable.Words(`just only nearly almost about roughly barely`)

// resultCount reports whether the sentence counts a contest's result in
// its own terms: precincts reporting, a share "of the vote", or a count or
// share of delegates ("has earned at least 175 delegates", "must win 53
// percent of the remaining delegates"): the published tally and
// arithmetic on it.
func (sc *scratch) resultCount(ws []word) bool {
	for k := 0; k+1 < len(ws); k++ {
		if ws[k].punc != 0 {
			continue
		}
		if sc.is(&ws[k], "precincts") && (sc.is(&ws[k+1], "reporting") || sc.is(&ws[k+1], "counted")) {
			return true
		}
		if k+3 < len(ws) && fractionWords[sc.lowOf(&ws[k])] && sc.is(&ws[k+1], "of") && possessive(sc.lowOf(&ws[k+2])) && sc.is(&ws[k+3], "delegates") {
			return true // "has less than a third of Trump's delegates": arithmetic on the tally
		}
		if ws[k].kind != tokens.Number && !ws[k].in(lWordNumbers) {
			continue
		}
		n := k + 1
		if sc.is(&ws[n], "percent") && n+2 < len(ws) && sc.is(&ws[n+1], "of") && sc.is(&ws[n+2], "the") {
			n += 3
			if n < len(ws) && (sc.is(&ws[n], "remaining") || sc.is(&ws[n], "popular") || partyVotes[sc.lowOf(&ws[n])]) {
				n++ // "of the popular vote", "of the Labour vote"
			}
		}
		if n < len(ws) && (sc.is(&ws[n], "delegates") || sc.is(&ws[n], "delegate") || n > k+1 && sc.is(&ws[n], "vote")) {
			return true
		}
		if ws[k].kind == tokens.Number && sc.is(&ws[n], "percent") && sc.placedBefore(ws, k) {
			return true // "Trump finished third behind Kasich in Utah, getting just 14 percent": a place in the race and its share, on the record
		}
		if ws[k].kind == tokens.Number && sc.votesCast(ws, k+1) {
			return true // "More than 13 million people cast a vote for him": the count of the votes
		}
		if n+2 < len(ws) && sc.is(&ws[n], "of") && possessive(sc.lowOf(&ws[n+1])) && sc.is(&ws[n+2], "delegates") {
			return true // "has less than a third of Trump's delegates"
		}
	}
	return false
}

// placedBefore reports whether a candidate's place in a race comes
// before the share at ws[k] in its sentence ("finished third", "placed
// second", "came in last"), the share taken with it ("with", "getting
// just").
func (sc *scratch) placedBefore(ws []word, k int) bool {
	h := k - 1
	for h > 0 && ws[h].punc == 0 && shareHedges[sc.lowOf(&ws[h])] {
		h--
	}
	if h < 0 || ws[h].punc != 0 || !shareTakers[sc.lowOf(&ws[h])] {
		return false // "finished third, and output fell 14 percent": another clause's figure
	}
	for j := 0; j+1 < h; j++ {
		if !(sc.is(&ws[j], "finished") || sc.is(&ws[j], "placed") || sc.is(&ws[j], "came")) {
			continue
		}
		p := j + 1
		if sc.is(&ws[p], "in") && p+1 < k {
			p++ // "came in second"
		}
		if ordinals[sc.lowOf(&ws[p])] || sc.is(&ws[p], "last") {
			return true
		}
	}
	return false
}

var (
	shareHedges = wordtable.Words(`just only about nearly almost roughly around some barely`)
	shareTakers = wordtable.Words(`with getting winning taking receiving earning at`)
)

var fractionWords = wordtable.Words(`half third thirds quarter quarters fifth`)

// votesCast reports whether voters who cast their votes follow a count at
// ws[j]: "13 million people cast a vote", "2 million voters voted".
func (sc *scratch) votesCast(ws []word, j int) bool {
	if j < len(ws) && (sc.is(&ws[j], "million") || sc.is(&ws[j], "thousand") || sc.is(&ws[j], "billion")) {
		j++ // "13 million people"
	}
	if j+1 >= len(ws) || !(sc.is(&ws[j], "people") || sc.is(&ws[j], "voters") || sc.is(&ws[j], "americans")) {
		return false
	}
	return sc.is(&ws[j+1], "voted") || sc.is(&ws[j+1], "cast") && j+2 < len(ws) && (ws[j+2].in(lArticles) || sc.is(&ws[j+2], "votes") || sc.is(&ws[j+2], "ballots") || possessive(sc.lowOf(&ws[j+2])))
}

// delegatesNext reports whether a count of delegates or seats follows the
// lead at ws[k] in its clause: "Trump leads with 221 delegates".
func (sc *scratch) delegatesNext(ws []word, k int) bool {
	race := false // "leads the overall race for delegates with 61"
	for j := k + 1; j+1 < len(ws) && j <= k+8 && ws[j].punc == 0; j++ {
		if j <= k+4 && ws[j].kind == tokens.Number && (sc.is(&ws[j+1], "delegates") || sc.is(&ws[j+1], "seats")) {
			return true
		}
		if sc.is(&ws[j], "race") && sc.is(&ws[j+1], "for") {
			race = true // the count must still be of won things (electionResult): "the race for delegates"
		}
		if race && sc.is(&ws[j], "with") && ws[j+1].kind == tokens.Number {
			return true
		}
	}
	return false
}

// referendumShare reports whether the sentence gives the share of voters
// that decided a vote, on the record: "The proposal was rejected by 59.6
// percent of voters", "54.6 percent of the electorate voted in favour".
// Not "54 percent of voters say they back it", a poll's.
func (sc *scratch) referendumShare(ws []word) bool {
	for k := 0; k+3 < len(ws); k++ {
		if ws[k].kind != tokens.Number || !sc.is(&ws[k+1], "percent") || !sc.is(&ws[k+2], "of") {
			continue
		}
		n := k + 3
		if sc.is(&ws[n], "the") && n+1 < len(ws) {
			n++
		}
		if !voterWords[sc.lowOf(&ws[n])] {
			continue
		}
		if k > 1 && sc.is(&ws[k-1], "by") && decidedBy[sc.lowOf(&ws[k-2])] {
			return true
		}
		if n+1 < len(ws) && sc.is(&ws[n+1], "voted") {
			return true
		}
	}
	return false
}

var (
	voterWords = wordtable.Words(`voters electorate`)
	decidedBy  = wordtable.Words(`rejected approved backed endorsed passed defeated`)
)

var (
	winVerbs = wordtable.Words(`won took captured secured wins takes carried holds lost gained
		beat beats defeated leads led`)
	wonThings = wordtable.Words(`delegates seats vote votes ballots counties wards districts points
		primaries caucuses contests`)
)

// onCourtRecord reports whether the sentence tells a court's record: a
// plea, a conviction, a charge or a sentence ("had pleaded guilty at
// Hadleigh Crown Court to 23 counts of fraud").
func (sc *scratch) onCourtRecord(ws []word) bool {
	for k := range ws {
		if ws[k].punc == 0 && ws[k].in(lCourtRecord) {
			return true
		}
	}
	return false
}

var courtRecord = wordtable.Words(`pleaded convicted charged sentenced jailed
	acquitted indicted admitted denies denied guilty charges
	sentence`) // "carries a maximum sentence of ten years": the law's terms

// allegationPhrase reports whether ws[k:k+n] is an allegations lexicon phrase.
func (sc *scratch) allegationPhrase(ws []word, k, n int) bool {
	kind, m := sc.phraseKindAt(ws, k, "claims/")
	return m == n && kind == "claims/allegation"
}

// decided reports whether the sentence tells of a decision a public body
// took ("after councillors approved the rise on Tuesday night"): what it
// says will happen are the decision's terms, on the record.
func (sc *scratch) decided(ws []word) bool {
	return sc.actAfter(ws, func(l string) bool { return publicBodies[l] && !marketSubjects[l] }, decisionActs)
}

// publishedTerms reports whether a sentence's figures are the terms of a
// document its subject published: "The operator published a rota dividing
// the country into 18 districts, each of which could lose power for up to
// two hours a day"; not "published a report showing", a finding.
func (sc *scratch) publishedTerms(ws []word) bool {
	for k := 1; k+2 < len(ws) && k <= 8; k++ {
		if ws[k].punc != 0 {
			return false // the act must follow its subject in one clause
		}
		switch sc.lowOf(&ws[k]) {
		case "published", "issued", "released", "posted":
		default:
			continue
		}
		if !ws[k+1].in(lArticles|lDeterminers) && !possessive(sc.lowOf(&ws[k+1])) {
			return false
		}
		return termsDocuments[sc.lowOf(&ws[k+2])]
	}
	return false
}

// termsDocuments set out terms, not findings: "a rota", "a timetable".
var termsDocuments = wordtable.Words(`rota list timetable schedule map
	plan table guide register notice tariff rulebook`)

// dated reports whether a weekday or a month (capitalised) follows ws[k].
func (sc *scratch) dated(ws []word, k int) bool {
	for j := k; j < len(ws); j++ {
		if ws[j].punc == 0 && ws[j].cap && weekdayOrMonth(sc.lowOf(&ws[j])) {
			return true
		}
	}
	return false
}

var decisionActs = wordtable.Words(`approved passed adopted agreed voted ruled ordered`)

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

// penalties are what a court or a regulator does to someone: in a past
// passive, no one else could have done it.
// toPay reports whether "to pay" (repay, refund) follows within four
// words of ws[k]: "told last year to repay".
func (sc *scratch) toPay(ws []word, k int) bool {
	for j := k; j+1 < len(ws) && j <= k+3 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "to") && (sc.is(&ws[j+1], "pay") || sc.is(&ws[j+1], "repay") || sc.is(&ws[j+1], "refund")) {
			return true
		}
	}
	return false
}

var penalties = wordtable.Words(`fined sentenced jailed banned disqualified ordered`)

// pastPassive reports whether the verb at ws[k] is a past passive ("was
// fined", "were also ordered", "had been jailed"), not a possibility
// ("could be fined up to £5,000").
func (sc *scratch) pastPassive(ws []word, k int) bool {
	j := k - 1
	if j >= 0 && ws[j].punc == 0 && ws[j].in(lWillAdverbs) && !sc.is(&ws[j], "not") && !sc.is(&ws[j], "never") {
		j-- // "was also ordered"
	}
	if j < 0 || ws[j].punc != 0 {
		return false
	}
	switch sc.lowOf(&ws[j]) {
	case "was", "were":
		return true
	case "been":
		return j > 0 && (sc.is(&ws[j-1], "has") || sc.is(&ws[j-1], "have") || sc.is(&ws[j-1], "had"))
	}
	return false
}

// byBody reports whether the act at ws[k] is a passive done by a public
// body: "Plans for a £240,000 park were approved by the district council's
// planning committee".
func (sc *scratch) byBody(ws []word, k int) bool {
	if !(k > 0 && ws[k-1].in(lBeVerbs) || k > 1 && ws[k-2].in(lBeVerbs)) {
		return false // a passive: "was (later) fined ... by Dunholt magistrates"; not "has raised ... overseen by a board"
	}
	by := -1
	for j := k + 1; j < len(ws) && j <= k+12 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "by") {
			by = j // "was later fined £650 and given six penalty points by Dunholt magistrates"
			break
		}
	}
	if by < 0 {
		return false
	}
	for j := by + 1; j < len(ws) && j <= by+8 && ws[j].punc == 0; j++ {
		if ws[j].in(lPublicBodies) {
			return true
		}
	}
	return false
}

// clauseOf returns the clause around ws[k]: the words between a
// semicolon, a colon or a comma before "and", "but" or "while" on either
// side ("Queues stretched out of the doors last year, and the railway has
// cut nearly 300 jobs since then": the count is not the scene's).
func (sc *scratch) clauseOf(ws []word, k int) []word {
	joins := func(j int) bool {
		return ws[j].punc == ';' || ws[j].punc == ':' ||
			ws[j].punc == ',' && j+1 < len(ws) && (sc.is(&ws[j+1], "and") || sc.is(&ws[j+1], "but") || sc.is(&ws[j+1], "while"))
	}
	lo, hi := k, k
	for lo > 0 && !joins(lo-1) {
		lo--
	}
	for hi < len(ws) && !joins(hi) {
		hi++
	}
	return ws[lo:hi]
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

// setsTerms reports whether "set" at ws[k] sets a body's terms, a
// decision on the calendar: "will set the levy for 2028 next autumn";
// not "will set new highs".
func (sc *scratch) setsTerms(ws []word, k int) bool {
	if !sc.is(&ws[k], "set") || k+2 >= len(ws) || !(ws[k+1].in(lArticles) || possessive(sc.lowOf(&ws[k+1]))) {
		return false
	}
	return setTerms[sc.lowOf(&ws[k+2])]
}

var setTerms = wordtable.Words(`levy rate rates fee fees budget price
	prices charge tariff cap limit date`)

// decisionMade reports whether the subject before "be" at ws[k] is a
// draw or a decision, which is made on a day: "The draw for the play-offs
// will be made in Teskar on December 9"; not "The cuts will be made in
// March", a plan.
func (sc *scratch) decisionMade(ws []word, k int) bool {
	for j := 0; j < k && j < 3; j++ {
		if madeOnADay[sc.lowOf(&ws[j])] {
			return true
		}
	}
	// The subject of a later clause: "..., and the draw will be made two
	// days earlier".
	for j := k - 1; j >= 0 && j >= k-4 && ws[j].punc == 0 && !sc.is(&ws[j], "and"); j-- {
		if madeOnADay[sc.lowOf(&ws[j])] {
			return true
		}
	}
	return false
}

var madeOnADay = wordtable.Words(`draw decision announcement appointment selection choice`)

// scheduled reports whether the verb at ws[k] (after "will", "is due to",
// "is set to") puts a meeting on the calendar: a verb of meeting and a
// named day or month later in the sentence.
func (sc *scratch) scheduled(ws []word, k int) bool {
	if k >= 1 && k+1 < len(ws) && sc.is(&ws[k-1], "will") && (sc.is(&ws[k], "be") && ws[k+1].punc == 0 && eventParticiples[sc.lowOf(&ws[k+1])] || sc.is(&ws[k], "take") && sc.is(&ws[k+1], "place")) && sc.eventSubject(ws, k-1) {
		return true // "The opening-night reception will be held at the maritime museum", "The vote will take place in the town hall": an event's time or place, on the calendar, with or without its day
	}
	if k+1 < len(ws) && sc.is(&ws[k], "be") && ws[k+1].punc == 0 && (meetingParticiples[sc.lowOf(&ws[k+1])] || sc.is(&ws[k+1], "made") && sc.decisionMade(ws, k)) {
		k++ // "is due to be reviewed in June"
	} else if k >= len(ws) || ws[k].punc != 0 {
		return false
	} else if !ws[k].in(lMeetingVerbs) && !sc.takesEffect(ws, k) && !sc.setsTerms(ws, k) && !(sc.is(&ws[k], "take") && k+1 < len(ws) && sc.is(&ws[k+1], "place")) {
		// Any act with a day on the calendar ("will run free seat checks
		// at 40 fire stations on June 7"), but not an outcome ("will
		// reach 40C on Friday", "will cost £2 million") nor a hedged or
		// qualified one ("will also intensify").
		if k >= 2 && sc.is(&ws[k-1], "will") && sc.beThere(ws, k) {
			return true // "All three will be onstage Tuesday evening in Milwaukee", "will be in Lunhaven on Friday": where someone will be, on a day
		}
		if k < 2 || !sc.is(&ws[k-1], "will") || ws[k].in(lOutcomeVerbs) && !(sc.is(&ws[k], "go") && k+1 < len(ws) && sc.is(&ws[k+1], "to")) && !sc.takesEffect(ws, k) || ws[k-2].punc != 0 && !sc.ageAside(ws, k-1) && !sc.relativeAside(ws, k-1) || strings.HasSuffix(sc.lowOf(&ws[k]), "ly") || ws[k].in(lWillAdverbs) {
			return false
		}
		if s := sc.lowOf(&ws[k-2]); s == "it" || s == "that" || s == "this" || s == "there" || strings.HasSuffix(s, "ly") {
			return false // "it probably will not until ...": no actor's plan
		}
		// The day after the verb, or opening the sentence: "On Sunday she
		// will turn off the water".
		return sc.opensOnDay(ws) || sc.specificDay(ws, k+1)
	}
	if k == 0 || !(sc.is(&ws[k-1], "will") || sc.is(&ws[k-1], "to") || sc.is(&ws[k-1], "be")) {
		return false
	}
	if sc.opensOnDay(ws) && sc.is(&ws[k-1], "will") {
		return true // "On Monday, Sen. Ida Sten (D-Kess.), a possible running mate, will campaign with Varga in Norland"
	}
	if sc.whenDay(ws, k-1) {
		return true // "The hearing continues on Tuesday, when the jury will visit the tower"
	}
	for j := k - 2; j >= 0 && j >= k-6 && ws[j].punc == 0; j-- {
		if ws[j].cap && weekdayOrMonth(sc.lowOf(&ws[j])) {
			return true // "The union's annual meeting in March will vote on ...": the meeting's day in its subject
		}
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
		if j > 1 && ws[j-1].kind == tokens.Number && sc.is(&ws[j-2], "at") && ws[j].cls&cTime != 0 || j > 0 && sc.is(&ws[j-1], "at") && sc.clockTime(ws, j) {
			return true // "at 10 a.m.", "at 6pm"
		}
		if sc.is(&ws[j], "tomorrow") || sc.is(&ws[j], "tonight") || sc.sameDay(ws, j) {
			return true // "will start their rounds the same week": the day the story has just given
		}
		if (sc.is(&ws[j], "later") || sc.is(&ws[j], "earlier")) && j > 0 && (ws[j-1].in(lSpanWords) || sc.is(&ws[j-1], "week") || sc.is(&ws[j-1], "day") || sc.is(&ws[j-1], "days")) && sc.specificDay(ws, 0) {
			return true // "Korhal takes office on Jan 1, and the board will meet a week later", "the draw will be made two days earlier": a date counted from one given
		}
	}
	if sc.is(&ws[k-1], "be") && broadcastParticiples[sc.lowOf(&ws[k])] && sc.specificDay(ws, 0) {
		return true // "The derby kicks off at 3pm on Saturday and will be shown live on LBS Sport": the broadcast of a fixture on the calendar
	}
	return false
}

// opensOnDay reports whether the sentence opens on a named day: "On
// Sunday", "On March 3".
func (sc *scratch) opensOnDay(ws []word) bool {
	return len(ws) > 1 && sc.is(&ws[0], "on") && ws[1].cap && weekdayOrMonth(sc.lowOf(&ws[1]))
}

// broadcastParticiples are how a scheduled event reaches its audience.
var broadcastParticiples = wordtable.Words(`shown broadcast screened televised streamed`)

// whenDay reports whether the clause of ws[k] opens on "when" right after
// a weekday or a date and a comma: "on Tuesday, when the jury will visit",
// "on Wednesday, when the coroner, Dr Rainer Vost, will hear"; the day is
// the act's.
func (sc *scratch) whenDay(ws []word, k int) bool {
	lo := k - 5
	for j := k - 1; j >= 2 && j >= lo; j-- {
		if ws[j].punc == ',' {
			m := j - 1
			for m > 0 && m > j-5 && ws[m].punc == 0 && ws[m].cap {
				m--
			}
			if m == j-1 || ws[m].punc != ',' {
				return false
			}
			lo -= j - m + 1 // "when the coroner, Dr Rainer Vost, will hear": a name set off by commas
			j = m
			continue
		}
		if ws[j].punc != 0 {
			return false
		}
		if sc.is(&ws[j], "when") {
			d := j - 2
			return ws[j-1].punc == ',' && ws[d].punc == 0 && (ws[d].cap && weekdayOrMonth(sc.lowOf(&ws[d])) || ws[d].kind == tokens.Number && d > 0 && ws[d-1].cap && weekdayOrMonth(sc.lowOf(&ws[d-1])))
		}
	}
	return false
}

// takesEffect reports whether ws[k] starts "take effect" or "come into
// force": a law's or a rule's start date, on the calendar.
func (sc *scratch) takesEffect(ws []word, k int) bool {
	return k+1 < len(ws) && (sc.is(&ws[k], "take") && (sc.is(&ws[k+1], "effect") || sc.is(&ws[k+1], "office") || sc.is(&ws[k+1], "over") && sc.handover(ws, k+2)) ||
		sc.is(&ws[k], "come") && k+2 < len(ws) && sc.is(&ws[k+1], "into") && (sc.is(&ws[k+2], "force") || sc.is(&ws[k+2], "effect")))
}

// ageAside reports whether an age set off by commas comes just before
// ws[k]: "Rook, 41, will".
func (sc *scratch) ageAside(ws []word, k int) bool {
	return k >= 4 && ws[k-1].punc == ',' && ws[k-2].kind == tokens.Number && ws[k-3].punc == ',' && ws[k-4].punc == 0 && ws[k-4].cap
}

// relativeAside reports whether a relative clause on a name set off by
// commas comes just before ws[k]: "Celia Wendt, who has led the company
// since 2019, will".
func (sc *scratch) relativeAside(ws []word, k int) bool {
	if k < 4 || ws[k-1].punc != ',' {
		return false
	}
	for j := k - 2; j >= 2 && j >= k-14 && ws[j].punc == 0; j-- {
		if sc.is(&ws[j], "who") {
			return ws[j-1].punc == ',' && ws[j-2].punc == 0 && ws[j-2].cap
		}
	}
	return false
}

// handover reports whether "take over" ends at ws[k] with no object: a post
// changing hands ("will take over on January 4 from", "take over as
// chair"), not a thing seized ("will take over the city").
func (sc *scratch) handover(ws []word, k int) bool {
	return k >= len(ws) || ws[k].punc != 0 || sc.is(&ws[k], "on") || sc.is(&ws[k], "from") || sc.is(&ws[k], "as") || sc.is(&ws[k], "in")
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

// specificDay reports whether a named weekday or a month and a day
// number ("June 7", "7 June") follows ws[k].
// beThere reports whether "be" at ws[k] says where someone will be on a
// day: "onstage" or "in" or "at" a named place, and a day after it.
func (sc *scratch) beThere(ws []word, k int) bool {
	if !sc.is(&ws[k], "be") || k+2 >= len(ws) {
		return false
	}
	n := k + 1
	place := sc.is(&ws[n], "onstage") || (sc.is(&ws[n], "in") || sc.is(&ws[n], "at")) && ws[n+1].cap
	return place && sc.specificDay(ws, n)
}

func (sc *scratch) specificDay(ws []word, k int) bool {
	for j := k; j < len(ws); j++ {
		if ws[j].punc != 0 {
			continue
		}
		if j > 0 && sc.is(&ws[j-1], "at") && sc.clockTime(ws, j) {
			return true // "will give an update at 6pm"
		}
		if sc.sameDay(ws, j) {
			return true // "will run checks the same day"
		}
		if !ws[j].cap {
			continue
		}
		if j > 0 && sc.is(&ws[j-1], "by") || j > 1 && sc.is(&ws[j-2], "by") {
			return false // a deadline is a forecast: "will restore power to all customers by Wednesday night"
		}
		l := sc.lowOf(&ws[j])
		switch l {
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
			return true
		}
		if weekdayOrMonth(l) && (j+1 < len(ws) && ws[j+1].kind == tokens.Number || j+2 < len(ws) && ws[j+1].punc == '.' && ws[j+2].kind == tokens.Number || j > 0 && ws[j-1].kind == tokens.Number) {
			return true
		}
	}
	return false
}

// sameDay reports whether ws[j] ends "the same day" or "the same week":
// the day the story has just given.
func (sc *scratch) sameDay(ws []word, j int) bool {
	return j > 1 && sc.is(&ws[j-2], "the") && sc.is(&ws[j-1], "same") && (sc.is(&ws[j], "day") || sc.is(&ws[j], "week") || sc.is(&ws[j], "morning") || sc.is(&ws[j], "afternoon") || sc.is(&ws[j], "evening"))
}

var willAdverbs = wordtable.Words(`also still then soon now again never not only even`)

// clockTime reports whether ws[j] is a time of day written as one word or
// two: "6pm", "10.30am", "9 a.m.".
func (sc *scratch) clockTime(ws []word, j int) bool {
	b := sc.low[ws[j].lo:ws[j].hi]
	n := len(b)
	if n >= 3 && b[0] >= '0' && b[0] <= '9' && (b[n-2] == 'a' || b[n-2] == 'p') && b[n-1] == 'm' {
		return true
	}
	if ws[j].kind == tokens.Number && j+2 < len(ws) && ws[j+1].punc == ':' && ws[j+2].kind == tokens.Number && ws[j+2].hi-ws[j+2].lo == 2 {
		return true // "at 06:15"
	}
	return ws[j].kind == tokens.Number && j+1 < len(ws) && ws[j+1].cls&cTime != 0 && (sc.is(&ws[j+1], "am") || sc.is(&ws[j+1], "pm") || sc.is(&ws[j+1], "a.m") || sc.is(&ws[j+1], "p.m") || sc.is(&ws[j+1], "a.m.") || sc.is(&ws[j+1], "p.m."))
}

// outcomeVerbs after "will" forecast a result, whatever its date.
var outcomeVerbs = map[string]bool{"reach": true, "rise": true, "fall": true, "cost": true, "lose": true, "win": true,
	"exceed": true, "hit": true, "drop": true, "grow": true, "increase": true, "decrease": true, "double": true,
	"pass": true, "surpass": true, "top": true, "climb": true, "peak": true, "be": true, "have": true, "need": true,
	"fail": true, "collapse": true, "end": true, "mean": true, "save": true, "raise": true, "bring": true, "cause": true,
	"become": true, "continue": true, "intensify": true, "see": true, "not": true, "change": true, "remain": true,
	"stay": true, "get": true, "go": true, "improve": true, "worsen": true, "happen": true, "come": true, "take": true,
	"make": true, "decide": false, "determine": true, "shape": true, "test": true, "face": false}

// calendarSpans after "next" or "this" name a date on the calendar.
var calendarSpans = wordtable.Words(`week month year spring summer
	autumn fall winter weekend term session`)

func weekdayOrMonth(w string) bool {
	switch w {
	case "january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec":
		return true
	}
	return weekday(w)
}

// weekday reports whether lowercase w names a day of the week.
func weekday(w string) bool {
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// measure reports whether the number at ws[k] gives a size ("about 30
// centimetres tall", "30 feet"): a description, not a statistic.
func (sc *scratch) measure(text string, ws []word, k int) bool {
	if sc.termsOf(text, ws, k) {
		return true
	}
	if k > 0 && ws[k-1].punc == 0 && (sc.is(&ws[k-1], "age") || sc.is(&ws[k-1], "aged")) {
		return true // "who died Friday at age 74": an age
	}
	if k > 3 && sc.is(&ws[k-1], "of") && sc.is(&ws[k-2], "age") && sc.is(&ws[k-3], "the") && sc.is(&ws[k-4], "at") {
		return true // "who died in March at the age of 89"; not "an average age of 29"
	}
	if k > 2 && sc.is(&ws[k-1], "was") && ws[k-2].cls&cPronoun != 0 && (sc.is(&ws[k-3], "since") || sc.is(&ws[k-3], "when")) {
		return true // "has held elected office since he was 26": an age
	}
	if n := k + 1; n+2 < len(ws) && ws[n].in(lDistanceWords) && (sc.is(&ws[n+1], "an") || sc.is(&ws[n+1], "per") || sc.is(&ws[n+1], "a")) && sc.is(&ws[n+2], "hour") {
		return true // "sustained winds of 230 kilometres an hour": a speed measured
	}
	if k > 0 && k+1 < len(ws) && ws[k-1].punc == 0 && possessive(sc.lowOf(&ws[k-1])) && ws[k+1].punc == 0 && designParts[sc.lowOf(&ws[k+1])] {
		return true // "Every one of its 1,200 seats was taken": a venue's own size
	}
	if n := k + 1; n < len(ws) && ws[n].punc == 0 && sc.is(&ws[n], "signatures") {
		return true // "a petition with 412 signatures": the petition's own count
	}
	if k > 0 && ws[k-1].punc == 0 && ws[k-1].in(lCapacityWords) || k > 2 && sc.is(&ws[k-1], "to") && sc.is(&ws[k-2], "up") && (ws[k-3].in(lCapacityWords) || carries[sc.lowOf(&ws[k-3])]) {
		return true // "a hall that holds 600 people", "seats 2,000", "seat up to 48 passengers", "each carrying up to 12 passengers"
	}
	if f := sc.upTo(ws, k) - 1; f > 0 && sc.is(&ws[f], "for") && (sc.is(&ws[f-1], "room") || sc.is(&ws[f-1], "space")) {
		return true // "room for up to 45 stalls", "space for 300 cars"
	}
	if k > 2 && sc.is(&ws[k-1], "of") && sc.is(&ws[k-2], "price") && listedPrices[sc.lowOf(&ws[k-3])] {
		return true // "at a guide price of £45,000": the seller's asking price
	}
	if k > 1 && (sc.is(&ws[k-1], "at") || sc.is(&ws[k-1], "from") || sc.is(&ws[k-1], "to") || sc.is(&ws[k-1], "between") || sc.is(&ws[k-1], "and") || sc.is(&ws[k-1], "costs") || sc.is(&ws[k-1], "cost")) && (sc.money(text, ws, k) || sc.priceRange(ws, k)) {
		for j := range ws {
			if ws[j].punc == 0 && (ws[j].in(lPriceNouns) || sc.is(&ws[j], "sale") && j > 0 && sc.is(&ws[j-1], "on")) {
				return true // "Tickets for the game go on sale on Monday at 15 pounds", "Membership dues start at $100,000"
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
	if (u == "million" || u == "thousand") && n+1 < len(ws) && ws[n+1].punc == 0 && ws[n+1].in(lDistanceWords) {
		n++ // "about 1.5 million kilometres from Earth"
		u = sc.lowOf(&ws[n])
	}
	if sizeWords[u] {
		return true
	}
	// A distance that places something: "about 90 kilometres from the
	// front line", "40 miles north of the city"; not "spread over 40 km",
	// nor a distance that is the sentence's point ("The nearest ward is
	// 70 miles away").
	if !distanceWords[u] || n+1 >= len(ws) || ws[n+1].punc != 0 || !ws[n+1].in(lPlacing) {
		return false
	}
	p := k - 1
	if p >= 0 && ws[p].punc == 0 && approxWords[sc.lowOf(&ws[p])] {
		p--
	}
	return !(p >= 0 && ws[p].punc == 0 && ws[p].in(lBeVerbs))
}

// priceRange reports whether the number at ws[k] is a price in any
// currency: after "cost", in "between N and M" after it ("Tickets cost
// between 25 and 140 thalers"), or an old and a new price ("from 6 to 12
// dorrens"), which the sentence's price noun makes a tariff (plainFigures).
func (sc *scratch) priceRange(ws []word, k int) bool {
	if k > 0 && sc.oldNewPrice(ws, k-1) || k > 2 && sc.oldNewPrice(ws, k-3) {
		return true // "The toll for a car rose on Monday from 6 to 12 dorrens": a tariff's old and new price
	}
	for j := k - 1; j >= 0 && j >= k-4 && ws[j].punc == 0; j-- {
		if sc.is(&ws[j], "cost") || sc.is(&ws[j], "costs") {
			return true
		}
	}
	return false
}

// oldNewPrice reports whether ws[j:] opens "from N to M": an old and a
// new figure.
func (sc *scratch) oldNewPrice(ws []word, j int) bool {
	return j >= 0 && j+3 < len(ws) && sc.is(&ws[j], "from") && ws[j+1].kind == tokens.Number && sc.is(&ws[j+2], "to") && ws[j+3].kind == tokens.Number
}

// upTo returns the index of the first word of a bound before ws[k] ("up
// to 45": the index of "up"), or k.
func (sc *scratch) upTo(ws []word, k int) int {
	if k > 1 && ws[k-1].punc == 0 && ws[k-2].punc == 0 && sc.is(&ws[k-1], "to") && sc.is(&ws[k-2], "up") {
		return k - 2
	}
	return k
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

// termsOf reports whether the number at ws[k] is a published term rather
// than a statistic: a tariff or a shelf price ("charges £48 a year", "sells
// for 6.49 euros"), a licence's limit ("holds a licence to take 400
// tonnes a year"), an analyst's price target, a shareholding on the record
// ("holds about 0.4 percent of the shares").
func (sc *scratch) termsOf(text string, ws []word, k int) bool {
	if k+2 < len(ws) && (sc.is(&ws[k+1], "percent") || sc.is(&ws[k+1], "per")) && sc.is(&ws[k+2], "stake") {
		return true // "now has a 9 percent stake": a shareholding on the record
	}
	for j := k + 1; j < len(ws) && j <= k+3; j++ {
		if sc.is(&ws[j], "more") || sc.is(&ws[j], "less") || sc.is(&ws[j], "than") {
			return false // "charge the board about 40 percent more per operation than": a comparison
		}
	}
	for j := k - 1; j >= 0 && j >= k-14 && (ws[j].punc == 0 || ws[j].punc == ',' || ws[j].punc == 'Q'); j-- {
		if ws[j].punc != 0 {
			continue // a comma, or a quote mark around a scheme's name: "a “cradle bonus” of 5,000 ravels"
		}
		switch sc.lowOf(&ws[j]) {
		case "charges", "charge", "charged":
			return sc.money(text, ws, k)
		case "for":
			if j > 0 && (sc.is(&ws[j-1], "sells") || sc.is(&ws[j-1], "sell") || sc.is(&ws[j-1], "retails")) {
				return sc.money(text, ws, k)
			}
		case "target":
			return j > 0 && sc.is(&ws[j-1], "price")
		case "price":
			if k > 0 && sc.is(&ws[k-1], "to") && j > 0 && (sc.is(&ws[j-1], "the") || sc.is(&ws[j-1], "its") || sc.is(&ws[j-1], "their")) {
				return true // "have cut the price twice since, to 259,000 orens": the seller's asking price
			}
		case "stake":
			return j+1 < len(ws) && sc.is(&ws[j+1], "of") // "kept a combined stake of about 22 percent"
		case "licence", "license", "permit":
			return true
		case "worth":
			return j > 0 && dealWords[sc.lowOf(&ws[j-1])] && sc.bodySigned(ws, k) // "under a contract worth 9.4 million velts that the council signed in March": a public body's deal on the record
		case "budget":
			return j+1 < len(ws) && sc.is(&ws[j+1], "of") && j > 1 && sc.is(&ws[j-1], "a") && sc.is(&ws[j-2], "with") // "launched in October 2024 with a budget of 1.9 billion dorins": the act's terms
		case "bonus", "grant", "allowance", "fine", "fee", "subsidy", "payment", "rebate":
			o := j + 1
			if o < k && ws[o].punc == 'Q' {
				o++
			}
			return sc.is(&ws[o], "of") && sc.eachUnit(ws, k) // "pays a bonus of 5,000 ravels for each child born": a scheme's rate
		case "pays":
			if sc.eachUnit(ws, k) {
				return true // "The Warm Homes Grant ... pays installers up to 2,800 dalers for each home they insulate": a scheme's rate
			}
		case "sued", "sues", "suing":
			return sc.sumClaimed(ws, j, k) // "had sued the apprentices to recover a total of about 610,000 harvels": the sum claimed, on the court's record
		case "capped", "limited":
			return sc.bodyBefore(ws, j) // "the district council capped noise from the circuit at 72 decibels": a public body's decision, its terms
		case "includes", "contains", "allocates", "earmarks":
			return sc.termsDocBefore(ws, j) // "its budget for next year, published on Friday, includes a 6 percent rise in property tax": the published terms
		case "holds", "owns", "own", "hold":
			return k+3 < len(ws) && sc.is(&ws[k+2], "of") && (sc.is(&ws[k+3], "the") && k+4 < len(ws) && stakeWords[sc.lowOf(&ws[k+4])] || stakeWords[sc.lowOf(&ws[k+3])])
		}
	}
	return false
}

// termsDocBefore reports whether a document of terms (a budget, a bill,
// a contract) is the subject of the verb at ws[j], within eight words
// before it and asides set off by commas.
func (sc *scratch) termsDocBefore(ws []word, j int) bool {
	n := 0
	for m := j - 1; m >= 0 && n < 8; m-- {
		if ws[m].punc == ',' {
			continue
		}
		if ws[m].punc != 0 || sc.is(&ws[m], "and") {
			return false
		}
		if termsDocs[sc.lowOf(&ws[m])] {
			return true
		}
		n++
	}
	return false
}

// sumClaimed reports whether a word of claiming money comes between
// "sued" at ws[j] and the number at ws[k]: "sued ... to recover",
// "sued for", "sued ... for damages of"; not "sued after losing 40
// percent".
func (sc *scratch) sumClaimed(ws []word, j, k int) bool {
	for m := j + 1; m < k; m++ {
		switch sc.lowOf(&ws[m]) {
		case "recover", "for", "damages", "compensation":
			return true
		}
	}
	return false
}

// bodyBefore reports whether a public body is the subject right before
// the verb at ws[j]: "the district council capped".
func (sc *scratch) bodyBefore(ws []word, j int) bool {
	for m := j - 1; m >= 0 && m >= j-3 && ws[m].punc == 0; m-- {
		if ws[m].in(lPublicBodies) {
			return true
		}
	}
	return false
}

// termsDocs are documents whose contents are their published terms.
var termsDocs = wordtable.Words(`budget bill contract deal law agreement settlement package treaty`)

// eachUnit reports whether a rate's unit follows the amount at ws[k]
// within four words: "5,000 ravels for each child", "200 dorins per day",
// "4,000 korra a car"; not "1.2 billion ravels a year", a total.
func (sc *scratch) eachUnit(ws []word, k int) bool {
	for j := k + 1; j+1 < len(ws) && j <= k+4 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "per") || sc.is(&ws[j], "for") && (sc.is(&ws[j+1], "each") || sc.is(&ws[j+1], "every")) || j > k+1 && (sc.is(&ws[j], "a") || sc.is(&ws[j], "an")) && ws[j+1].punc == 0 && !ws[j+1].cap && !ws[j+1].in(lRateWords) {
			return true
		}
	}
	return false
}

// dealWords before "worth" name a deal whose value is in its terms.
var dealWords = wordtable.Words(`contract deal contracts order lease franchise`)

// bodySigned reports whether a public body signs, awards or approves
// what the amount at ws[k] is worth, after it in the same clause: "that
// the council signed in March", "awarded by the ministry".
func (sc *scratch) bodySigned(ws []word, k int) bool {
	for j := k + 1; j < len(ws) && j <= k+8 && ws[j].punc == 0; j++ {
		if !ws[j].in(lPublicBodies) {
			continue
		}
		if j > 0 && sc.is(&ws[j-1], "by") || j > 1 && sc.is(&ws[j-2], "by") {
			return j > 2 && signedActs[sc.lowOf(&ws[j-2])] || j > 3 && signedActs[sc.lowOf(&ws[j-3])]
		}
		return j+1 < len(ws) && signedActs[sc.lowOf(&ws[j+1])]
	}
	return false
}

var signedActs = wordtable.Words(`signed awarded approved agreed let granted`)

var stakeWords = wordtable.Words(`shares company stock firm group club`)

// priceNouns are things sold at a listed price: money after "costs" or
// "at" in their sentence is the seller's price.
var priceNouns = wordtable.Words(`tickets ticket fare fares priced
	dues membership admission subscription entry
	toll tolls tariff tariffs`)

// listedPrices before "price of" make it the seller's listed price.
var listedPrices = wordtable.Words(`guide asking reserve starting list retail`)

// capacityWords before a number give a size: "holds 600", "seats 2,000".
var capacityWords = wordtable.Words(`seat hold holds seats sleeps capacity accommodates`)

// carries before "up to" and a number give a vehicle's capacity: "each
// carrying up to 12 passengers"; not "a minibus carrying 14 workers", a
// count.
var carries = wordtable.Words(`carrying carry carries taking take takes`)

var approxWords = wordtable.Words(`about some roughly around nearly almost just over`)

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
	distanceWords = wordtable.Words(`kilometres kilometers km miles mile
	yards metres meters feet`)
	placing = wordtable.Words(`from away north south east west
	northeast northwest southeast southwest outside off
	inland offshore upstream downstream beyond`)
)

// biography reports whether the sentence opens on a person and an age
// ("Fenwick, 29, has ridden 340 winners") or a company and its founding
// ("Harlow & Finch, founded in 1868, runs 212 pubs"): its figures are the
// reporter's description of them.
func (sc *scratch) biography(ws []word) bool {
	if sc.ownWork(ws) {
		return true
	}
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

// ownWork reports whether a named person with a role set off by commas
// opens the sentence and "has" follows: "Hanne Kolb, a river ecologist at
// the University of Sollenby, has taken samples every fortnight at 40
// points along the Orrin since 2019", the person's own work told.
func (sc *scratch) ownWork(ws []word) bool {
	if len(ws) < 8 || !ws[0].cap || !ws[1].cap || ws[2].punc != ',' || !(sc.is(&ws[3], "a") || sc.is(&ws[3], "an")) {
		return false
	}
	for j := 4; j+2 < len(ws) && j <= 16; j++ {
		if ws[j].punc == ',' {
			return sc.is(&ws[j+1], "has") && ws[j+2].punc == 0 && !ws[j+2].cap && !sc.is(&ws[j+2], "been") && !sc.is(&ws[j+2], "not") // not "has been fined"
		}
		if ws[j].punc != 0 {
			return false
		}
	}
	return false
}

var (
	presenceVerbs = wordtable.Words(`stood sat lined gathered packed
	queued crowded huddled milled waited watched
	filled marched camped stretched snaked
	slept sheltered formed attended stayed cheered clapped`)
	publicBodies = wordtable.Words(`police magistrates judge jury council councillors councilors lawmakers legislators legislature parliament congress
	senate assembly committee board bank court
	regulator commission coalition inspectorate agency
	ministry authority watchdog tribunal synod cabinet shares stock stocks
	index yield yields bonds currency market dow nasdaq ftse nikkei dax
	administration department municipality chamber centers centres`)
	publicActs = wordtable.Words(`evacuated cut reduced froze extended approved passed adopted rejected raised
	lowered voted fell rose closed gained dropped
	climbed jumped slipped held holds fined
	ordered sentenced offered monitoring tracking investigating
	allocated reallocated deadlocked`)
	// meetingVerbs and meetingParticiples: what is on a calendar ("will
	// head to Iskby next week", "will name its team for the world
	// championships in January", "will defend her title when the season
	// opens in April", "The host of the 2038 Games will be chosen in June
	// 2031", "The route of the women's race ... will be presented on
	// January 20", "the ties will be played on January 16").
	meetingVerbs = wordtable.Words(`meet vote debate hear consider
	convene sit reconvene discuss hold answer
	appear testify reopen resume publish release
	decide rule play face host travel compete give announce open start begin
	present unveil visit attend sign return update elect
	race ride perform sing fight sail swim skate ski
	head tour campaign speak
	name pick select
	defend`)
	meetingParticiples = wordtable.Words(`reviewed heard debated considered
	sent published released announced issued posted
	discussed decided voted held sworn inaugurated installed set
	printed broadcast screened shown staged sentenced
	chosen selected elected picked awarded
	presented unveiled revealed signed
	played run raced contested`)
	sizeWords = wordtable.Words(`centimetres centimeters metres meters
	millimetres millimeters inches feet foot
	kilograms grams cm mm`)
)

// inTheEvent reports whether the words from ws[k] place a ranking inside
// the event reported: "in the match", "by any player on the court".
func (sc *scratch) inTheEvent(ws []word, k int) bool {
	for j := k; j+1 < len(ws) && j <= k+6 && ws[j].punc == 0; j++ {
		if (sc.is(&ws[j], "the") || possessive(sc.lowOf(&ws[j]))) && (inEvent[sc.lowOf(&ws[j+1])] || venues[sc.lowOf(&ws[j+1])]) {
			return true // "in the match", "in this season's competition"
		}
	}
	return false
}

var venues = wordtable.Words(`court pitch ice track`)

// inEvent after "the most in the" name the event the reporter saw.
var inEvent = wordtable.Words(`competition league season match game race final round tie
	half contest bout innings session tournament`)

// planModifiers before "plans to" make it a noun: "has drawn up new
// plans to", "submitted revised plans to".
var planModifiers = wordtable.Words(`new revised draft its their
	lodged unveiled submitted of for with about outline`)

// eventSubject reports whether the subject of "will" at ws[w] is an event
// named by its head noun right before it, maybe with its modifiers: "A
// second public meeting will", "The race will", "The next GOP debate will".
func (sc *scratch) eventSubject(ws []word, w int) bool {
	return w > 0 && ws[w-1].punc == 0 && eventNouns[sc.lowOf(&ws[w-1])]
}

// eventParticiples put an event on the calendar: "will be held". Not a
// broadcast with no day ("The final will be shown live on television"),
// nor how it will go ("will be played in front of 40,000 fans"): those
// stay forecasts.
var eventParticiples = wordtable.Words(`held staged hosted`)

// eventNouns are events that are held, staged or broadcast.
var eventNouns = wordtable.Words(`meeting meetings vigil vigils debate debates
	race races hearing hearings funeral ceremony rally rallies convention
	conference reception summit match matches game games final finals
	session sessions event events service concert festival market draw
	auction election elections referendum vote ballot parade march premiere
	screening tournament championship championships congress assembly gala
	dinner party celebration memorial inquest trial fixture derby`)
