package attribution

import (
	"strings"

	"github.com/attrlint/attrlint/rules/tokens"
	"github.com/attrlint/attrlint/rules/wordtable"
)

// record reports whether word k starts a ranking or a record the lexicon
// phrases do not list: a superlative after "the" or a possessive with
// "since" or "ever" later in the sentence ("the costliest storm in the
// county since 1987"), a ranked superlative ("second-largest"), or "first"
// with "in N years" or "since" later ("its first title in 19 years").
func (sc *scratch) record(ws []word, k int) bool {
	w := &ws[k]
	if sc.is(w, "history") {
		p := k - 1
		if p > 0 && ws[p].punc == 0 && strings.HasSuffix(sc.lowOf(&ws[p]), "-year") {
			p-- // "in the championship's 52-year history"
		}
		if p > 0 && possessive(sc.lowOf(&ws[p])) && (sc.is(&ws[p-1], "in") || p > 1 && sc.is(&ws[p-2], "in")) {
			return true // "No crew in the league's history had come back", "the first in the club's history"
		}
	}
	if sc.is(w, "other") && sc.noOtherIn(ws, k) {
		return true // "No other maternity unit in Zelvany serves so large an area": someone has checked the others
	}
	if sc.is(w, "than") {
		// "earn more than nurses at any other hospital"
		// "travel further than those anywhere else in the district"
		for m := k + 1; m+1 < len(ws) && m <= k+6 && ws[m].punc == 0; m++ {
			if sc.is(&ws[m], "any") && (sc.is(&ws[m+1], "other") || sc.is(&ws[m+1], "previous")) ||
				sc.is(&ws[m], "anywhere") && sc.is(&ws[m+1], "else") {
				return true
			}
		}
		if k+1 < len(ws) && ws[k+1].punc == 0 && passiveViews[sc.lowOf(&ws[k+1])] && k > 0 && ws[k-1].punc == 0 && comparative(sc.lowOf(&ws[k-1])) {
			return true // "far narrower than expected": measured against forecasts someone made
		}
		if k > 0 && k+3 < len(ws) && ws[k-1].punc == 0 && comparative(sc.lowOf(&ws[k-1])) && sc.is(&ws[k+1], "in") && sc.is(&ws[k+2], "the") && wholeSpans[sc.lowOf(&ws[k+3])] {
			return true // "three emergency landings this year, more than in the previous five years combined"
		}
		if k > 2 && ws[k-1].punc == 0 && ws[k-2].punc == 0 && ws[k-3].punc == 0 && comparative(sc.lowOf(&ws[k-1])) && ws[k-2].cls&cTime != 0 && (ws[k-3].kind == tokens.Number || ws[k-3].in(lWordNumbers)) && k+1 < len(ws) && ws[k+1].kind != tokens.Number {
			return true // "two hours longer than the charity's own limit": measured against a rule someone set
		}
		if k > 1 && ws[k-1].punc == 0 && ws[k-2].punc == 0 && comparative(sc.lowOf(&ws[k-1])) && shareWords[sc.lowOf(&ws[k-2])] {
			return true // "about a third higher than the hotel's valuation", "20 percent cheaper than"; not "39 more than needed", a sum
		}
		if k > 1 && k+1 < len(ws) && ws[k+1].kind != tokens.Number && ws[k-1].punc == 0 && (sc.is(&ws[k-1], "less") || sc.is(&ws[k-1], "more")) && (sc.is(&ws[k-2], "worth") || k > 2 && intensifiers[sc.lowOf(&ws[k-2])] && sc.is(&ws[k-3], "worth")) {
			return true // "Wet land is also worth less than dry land", "worth far less than the clean-up bill"
		}
		if k > 1 && k+1 < len(ws) && ws[k+1].kind != tokens.Number && ws[k-1].punc == 0 && ws[k-2].punc == 0 && (sc.is(&ws[k-1], "less") || sc.is(&ws[k-1], "more")) && payVerbs[sc.lowOf(&ws[k-2])] {
			return true // "Okafor is paid less than the club's physiotherapist"; not "earns more than 40,000", a bound
		}
		if k+2 < len(ws) && (sc.is(&ws[k+1], "twice") || ws[k+1].in(lWordNumbers) && sc.is(&ws[k+2], "times")) {
			n := k + 2
			if !sc.is(&ws[k+1], "twice") {
				n++
			}
			if n < len(ws) && ws[n].punc == 0 && (sc.is(&ws[n], "the") || sc.is(&ws[n], "as") || sc.is(&ws[n], "that") || possessive(sc.lowOf(&ws[n])) || ws[n].cap) {
				return true // "more than twice Dunmere's", "more than three times the rate"; not "has flooded more than twice", a count
			}
		}
		return sc.amountThan(ws, k) || sc.rateThan(ws, k) || sc.thanThen(ws, k) || sc.thanExpected(ws, k) || sc.thanCombined(ws, k)
	}
	if (sc.is(w, "most") || sc.is(w, "least")) && k > 1 && ws[k-1].punc == 0 && ws[k-1].in(lBeVerbs) && k+2 < len(ws) && ws[k+1].punc == 0 && measuredTraits[sc.lowOf(&ws[k+1])] && ws[k+2].punc == 0 && (sc.is(&ws[k+2], "in") || sc.is(&ws[k+2], "on") || sc.is(&ws[k+2], "among")) {
		return true // "Fare-dodging is most common on Line 4": a ranking with no article, of something counted; not "most beautiful in May"
	}
	if w.kind == tokens.Number || w.hi-w.lo < 5 && !sc.is(w, "best") && !sc.is(w, "last") && !sc.is(w, "only") {
		return false
	}
	low := sc.lowOf(w)
	if i := strings.IndexByte(low, '-'); i > 0 && rankWords[low[:i]] && superlative(low[i+1:]) {
		return !sc.ofScale(ws, k) // "second-largest", "third-busiest"; not "the second-highest of the observatory's four alert levels", a place on a fixed scale
	}
	first := ordinals[low]
	if first && k > 1 && k+1 < len(ws) && ws[k+1].punc == 0 && ws[k+1].in(lReportingPeriods) && ws[k-2].punc == 0 && periodPrepositions[sc.lowOf(&ws[k-2])] {
		return false // "homes started in the third quarter": a period, not a place in a run ("It was the third quarter in a row")
	}
	if low == "first" && k+2 < len(ws) && (sc.is(&ws[k+1], "day") || sc.is(&ws[k+1], "week") || sc.is(&ws[k+1], "session")) && sc.is(&ws[k+2], "of") {
		return false // "on Monday, the first day of trading since the recall": a day named, no rank
	}
	if (first || low == "last" || low == "only" || low == "youngest" || low == "oldest") && k > 0 && ws[k-1].punc == 0 && sc.is(&ws[k-1], "the") && !(k > 1 && sc.is(&ws[k-2], "not")) && !(k > 2 && sc.is(&ws[k-2], "be") && sc.is(&ws[k-3], "would")) {
		if kind := sc.kindAfterRank(ws, k); kind > 0 && (sc.toAfterKind(ws, kind+1) || (low == "only" || low == "last") && sc.withoutAfter(ws, kind+1, low == "last")) {
			return true // "She is the first woman to hold the post", "the last country in the region to give up a fixed rate", "the first local museum in Kalvora to return": a record someone has checked
		}
		if sc.oneOfTo(ws, k) {
			return true // "Lissot is the only one of the country's six water companies to have switched early"
		}
		if sc.kindInPlace(ws, k) {
			return true // "the first steelworks in the country to make all of its steel from scrap": any kind, over a whole place
		}
		for j := k + 1; j < len(ws) && j <= k+6 && ws[j].punc == 0; j++ {
			if sc.is(&ws[j], "anywhere") {
				return true // "the last commercial salmon nets left anywhere in Carvossa": someone has looked everywhere
			}
		}
	}
	if first && k > 0 && k+3 < len(ws) && sc.is(&ws[k-1], "the") && ws[k+1].punc == 0 && sc.is(&ws[k+1], "to") && sc.is(&ws[k+2], "be") && sc.doneForm(&ws[k+3]) && sc.recordScope(ws, k+4) {
		return true // "the first to be built more than 30 kilometres from the coast": a record over all the others; not "the first to be held at the new pool", a new place's first
	}
	if first && k > 0 && k+3 < len(ws) && sc.is(&ws[k-1], "the") && sc.is(&ws[k+1], "in") && ws[k+2].cap && !weekdayOrMonth(sc.lowOf(&ws[k+2])) {
		e := k + 2
		for e < len(ws) && ws[e].punc == 0 && ws[e].cap {
			e++
		}
		if e+1 < len(ws) && sc.is(&ws[e], "to") && ws[e+1].punc == 0 {
			return true // "The case is the first in Tervassia to challenge a rota drawn up by software": a record over the whole country
		}
	}
	if low == "first" && k > 0 && k+2 < len(ws) && sc.is(&ws[k-1], "the") && sc.is(&ws[k+1], "in") && sc.is(&ws[k+2], "which") {
		return true // "The case is the first in which a sitting mayor has stood trial": a record over all the cases before
	}
	if low == "only" && sc.oneOfOnlyIn(ws, k) {
		return true // "one of only four water-balanced cliff railways still running in Eskary"; not "one of only three on that row"
	}
	if (low == "only" || low == "last") && k > 0 && sc.is(&ws[k-1], "the") && !(k > 1 && sc.is(&ws[k-2], "not")) && sc.onlyInPlace(ws, k) {
		return true // "the only large toy seller in Tervany that still brings ...": someone has checked the others; not "not the only company in Ardelund to cut jobs"
	}
	if low == "only" && k > 0 && sc.is(&ws[k-1], "the") && k+3 < len(ws) && ws[k+1].punc == 0 && sc.is(&ws[k+2], "within") && (ws[k+3].kind == tokens.Number || ws[k+3].in(lWordNumbers)) {
		return true // "the district hospital, the only one within 80 km": someone has looked
	}
	if !first && superlative(low) && k > 1 && ws[k-1].punc == 0 && (ws[k-1].in(lBeVerbs) || sc.is(&ws[k-1], "been")) && k+1 < len(ws) && ws[k+1].punc == 0 && (sc.is(&ws[k+1], "in") || sc.is(&ws[k+1], "among")) {
		return true // "The heat has been worst in the river towns": a ranking with no article
	}
	if !first && !(superlative(low) && k > 0 && (ws[k-1].in(lArticles) || possessive(sc.lowOf(&ws[k-1])) || ws[k-1].punc == '\'' && k > 1 && strings.HasSuffix(sc.lowOf(&ws[k-2]), "s") ||
		k > 1 && ws[k-1].in(lWordNumbers) && ws[k-2].in(lArticles))) { // "one of the three richest people in Fallowmere"
		return false
	}
	if !first && k+3 < len(ws) && sc.is(&ws[k+1], "of") && possessive(sc.lowOf(&ws[k+2])) && sc.is(&ws[k+3], "kind") {
		k += 3 // "the deadliest of its kind in the country since 2009"
	} else if !first && k+2 < len(ws) && sc.is(&ws[k+1], "of") && !sc.is(&ws[k+2], "any") && !sc.is(&ws[k+2], "all") {
		return false // "the largest of the valley's towns": a description
	} else if !first && k+2 < len(ws) && sc.is(&ws[k+1], "of") && sc.is(&ws[k+2], "any") {
		return true // "the oldest of any freight operator on the continent"
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
			if first && sc.is(&ws[j], "since") && j+1 < len(ws) && ws[j+1].cap && weekdayOrMonth(sc.lowOf(&ws[j+1])) && (j+2 >= len(ws) || ws[j+2].kind != tokens.Number) {
				return false // "reopened on Monday for the first time since August": the story's own months, no record
			}
			if first && sc.dueToMeet(ws, k) {
				return false // "is due to play his first league match since the ban": the fixture on the calendar, described
			}
			if first && sc.is(&ws[k], "first") && k+1 < j && fixtures[sc.lowOf(&ws[k+1])] && sc.playedIn(ws, k) {
				return false // "beat the Saltbrook Wolves 94-88 on Sunday night in their first game since the league barred them": the game played, described
			}
			return true
		case "this":
			// "was the second escape from a prison van this year"; not "The
			// second hearing is due this year"
			if first && k >= 2 && ws[k-2].in(lBeVerbs) && j+1 < len(ws) && ws[j+1].punc == 0 && (sc.is(&ws[j+1], "year") || sc.is(&ws[j+1], "season") || sc.is(&ws[j+1], "decade") || sc.is(&ws[j+1], "century")) {
				return true
			}

		case "in":
			// "one of the cleanest steel plants in Europe"
			if !first && j <= k+4 && j+1 < len(ws) && ws[j+1].punc == 0 && ws[j+1].cap {
				return true
			}
			// "the longest solo scene in any opera"
			if !first && j <= k+4 && j+1 < len(ws) && ws[j+1].punc == 0 && sc.is(&ws[j+1], "any") {
				return true
			}
			// "the oldest in the state", "the oldest weekly market in the county"
			if !first && j <= k+4 && j+2 < len(ws) && sc.is(&ws[j+1], "the") && ws[j+2].punc == 0 && rankPlaces[sc.lowOf(&ws[j+2])] {
				return true
			}
			// "in 19 years", "in two decades", "in more than 20 years"
			n := j + 1
			switch {
			case n+2 < len(ws) && sc.is(&ws[n], "more") && sc.is(&ws[n+1], "than"):
				n += 2
			case n+1 < len(ws) && (sc.is(&ws[n], "over") || sc.is(&ws[n], "nearly") || sc.is(&ws[n], "almost")):
				n++
			}
			if n+1 < len(ws) && ws[n+1].punc == 0 && (ws[n].kind == tokens.Number || ws[n].in(lCountWords)) && ws[n+1].in(lSpanWords) {
				return true
			}
		case "for":
			// "the first fatal crash in the country for more than 20 years",
			// "the worst flooding for 50 years": "for" as "in"
			n := j + 1
			if n+2 < len(ws) && sc.is(&ws[n], "more") && sc.is(&ws[n+1], "than") {
				n += 2
			}
			if n+1 < len(ws) && ws[n+1].punc == 0 && (ws[n].kind == tokens.Number || ws[n].in(lCountWords)) && ws[n+1].in(lSpanWords) {
				return true
			}
		case "at":
			// "the shortest at any large airport in the country"
			if !first && j <= k+2 && j+1 < len(ws) && ws[j+1].punc == 0 && sc.is(&ws[j+1], "any") {
				return true
			}
		case "of":
			if !first && j > k+1 && j <= k+3 && j+1 < len(ws) && sc.is(&ws[j+1], "any") {
				return true // "the slowest recovery of any commuter route in the country"
			}
			// "the strongest relay team of that decade": a ranking over a
			// stretch of time
			if !first && j > k+1 && j <= k+4 && j+2 < len(ws) && (sc.is(&ws[j+1], "that") || sc.is(&ws[j+1], "the") || sc.is(&ws[j+1], "this")) && ws[j+2].punc == 0 && eraWords[sc.lowOf(&ws[j+2])] {
				return true
			}
		}
	}
	return false
}

// measuredTraits after "most" or "least" rank things by a count: "most
// common on Line 4".
var measuredTraits = wordtable.Words(`common frequent popular prevalent widespread
	expensive costly deadly dangerous crowded busy`)

// eraWords are stretches of time a ranking can run over: "of that
// decade".
var eraWords = wordtable.Words(`decade century era generation`)

// ofScale reports whether "of" after ws[k] names a fixed scale: "of the
// observatory's four alert levels".
func (sc *scratch) ofScale(ws []word, k int) bool {
	if k+1 >= len(ws) || !sc.is(&ws[k+1], "of") {
		return false
	}
	for j := k + 2; j < len(ws) && j <= k+6 && ws[j].punc == 0; j++ {
		if scaleNouns[sc.lowOf(&ws[j])] {
			return true
		}
	}
	return false
}

var scaleNouns = wordtable.Words(`levels grades stages categories bands tiers ratings`)

// tendedTo reports whether "tend", "tends" or "tended" at ws[k] says what
// usually happens, a verb after "to": "Polls have tended to understate
// support for the party"; not "has tended to the garden" or "nurses tend
// to patients" (care).
func (sc *scratch) tendedTo(ws []word, k int) bool {
	l := sc.lowOf(&ws[k])
	if l != "tend" && l != "tends" && l != "tended" || k+2 >= len(ws) || ws[k+1].punc != 0 || ws[k+2].punc != 0 || !sc.is(&ws[k+1], "to") {
		return false
	}
	n := &ws[k+2]
	return !n.cap && n.kind != tokens.Number && !n.in(lDeterminers|lArticles) && n.cls&cPronoun == 0 && !possessive(sc.lowOf(n)) && !plural(sc.lowOf(n))
}

// timesThe reports whether a count at ws[k] multiplies an amount: "pay
// about three times the fee charged to Brennians", "2.5 times what it
// cost", "nearly double the number three years ago".
func (sc *scratch) timesThe(ws []word, k int) bool {
	if k+2 < len(ws) && (sc.is(&ws[k], "double") || sc.is(&ws[k], "twice")) && ws[k+1].punc == 0 && ws[k+2].punc == 0 && sc.is(&ws[k+1], "the") && measuredAmounts[sc.lowOf(&ws[k+2])] {
		return true // "nearly double the number three years ago", "twice the rate"
	}
	if k+2 >= len(ws) || ws[k+1].punc != 0 || ws[k+2].punc != 0 || !sc.is(&ws[k+1], "times") {
		return false
	}
	l := sc.lowOf(&ws[k])
	if !(ws[k].kind == tokens.Number || countInWords(l)) {
		return false
	}
	switch sc.lowOf(&ws[k+2]) {
	case "the", "what", "that", "their", "its", "his", "her":
		return true
	}
	return false
}

// measuredAmounts after "double the" or "twice the" make a comparison of
// figures: "nearly double the number three years ago".
var measuredAmounts = wordtable.Words(`number level rate amount figure
	total price cost average`)

// compared reports whether a comparative ("more", "worse", "narrower")
// comes within fifteen words before ws[k] in the same clause.
func (sc *scratch) compared(ws []word, k int) bool {
	for m := k - 1; m >= 0 && m >= k-15 && ws[m].punc == 0; m-- {
		if l := sc.lowOf(&ws[m]); comparative(l) && !(l == "more" || l == "less") || (l == "more" || l == "less" || l == "fewer") && !(m > 0 && sc.is(&ws[m-1], "no")) {
			return true
		}
	}
	return false
}

// thanThen reports whether "than" at ws[k] compares with another time or
// place after a comparative in its clause: "has lost more paint ... in
// the past five years than in the previous fifty", "has done worse in the
// debates than on the campaign trail", "in far greater numbers than in
// the 2022 primary", "smaller than it was in 2010"; not "rather than in
// court".
func (sc *scratch) thanThen(ws []word, k int) bool {
	t := k + 1
	if t+2 < len(ws) && ws[t].punc == 0 && ws[t+1].punc == 0 && (sc.is(&ws[t], "it") || sc.is(&ws[t], "they")) && (sc.is(&ws[t+1], "was") || sc.is(&ws[t+1], "were")) {
		t += 2 // "smaller in real terms than it was in 2010"
	}
	if t+1 >= len(ws) || ws[t].punc != 0 || !(sc.is(&ws[t], "in") || sc.is(&ws[t], "on") || sc.is(&ws[t], "at") || sc.is(&ws[t], "during") || sc.is(&ws[t], "over")) {
		return false
	}
	for m := k - 1; m >= 0 && m >= k-3 && ws[m].punc == 0; m-- {
		if l := sc.lowOf(&ws[m]); l == "later" || l == "earlier" || l == "sooner" {
			return false // "came in later than on Monday": when, told as a scene
		}
	}
	if k > 1 && (sc.is(&ws[k-1], "more") || sc.is(&ws[k-1], "less")) && ws[k-2].in(lBeVerbs) {
		return false // "It was more than in the first half": a match report's aside, nothing counted
	}
	return sc.compared(ws, k)
}

// thanExpected reports whether "than" at ws[k], after a comparative,
// compares with what someone expected: "far narrower than the bill's
// backers had expected", "more than twice the rate engineers forecast";
// the expecting is sourced, the comparison is the writer's.
func (sc *scratch) thanExpected(ws []word, k int) bool {
	if k+1 >= len(ws) || ws[k+1].kind == tokens.Number || !sc.compared(ws, k) {
		return false // not "more than 50 km per hour had been forecast", a bound
	}
	for j := k + 1; j < len(ws) && j <= k+7 && ws[j].punc == 0; j++ {
		if expectations[sc.lowOf(&ws[j])] && j > k+1 {
			return true
		}
	}
	return false
}

var expectations = wordtable.Words(`expected forecast predicted promised planned
	hoped feared estimated projected budgeted assumed`)

// thanCombined reports whether the clause after "than" at ws[k] sums
// what it compares with: "bigger than those of the five district councils
// put together", "than in the previous five years combined", "than it
// spends on its reading rooms, staff and conservation combined".
func (sc *scratch) thanCombined(ws []word, k int) bool {
	for j := k + 2; j < len(ws) && j <= k+14 && (ws[j].punc == 0 || sc.listComma(ws, j)); j++ {
		if sc.is(&ws[j], "combined") && !(j+1 < len(ws) && sc.is(&ws[j+1], "with")) || sc.is(&ws[j], "together") && sc.is(&ws[j-1], "put") {
			return true
		}
	}
	return false
}

// listComma reports whether the comma at ws[j] separates the items of a
// list, not clauses: "its reading rooms, staff and conservation"; not
// "the old one, and the parts".
func (sc *scratch) listComma(ws []word, j int) bool {
	return ws[j].punc == ',' && j+1 < len(ws) && ws[j+1].punc == 0 && !ws[j+1].in(lConnectives|lArticles|lDeterminers) && ws[j+1].cls&cPronoun == 0
}

// amountThan reports whether "than" at ws[k] closes a comparison of
// amounts with a noun between: "killed more people than the storm
// itself", "filed fewer such reports in 2022 than casinos a tenth of its
// size"; not "more than 40" (a bound) nor "rather than".
func (sc *scratch) amountThan(ws []word, k int) bool {
	for m := k - 2; m >= 0 && m >= k-7 && ws[m].punc == 0 && ws[m+1].punc == 0; m-- {
		if sc.is(&ws[m], "more") || sc.is(&ws[m], "fewer") || sc.is(&ws[m], "less") {
			for j := m + 1; j < k; j++ {
				if l := sc.lowOf(&ws[j]); contests[l] || l == "delegates" || l == "votes" || l == "seats" {
					return false // "has more delegates than Kasich has": results, on the record
				}
			}
			return !ws[m+1].in(lWordNumbers) && ws[m+1].kind != tokens.Number && !(m > 0 && sc.is(&ws[m-1], "no")) && !adjectiveShaped(sc.lowOf(&ws[m+1])) && !loosePrepositions[sc.lowOf(&ws[m+1])]
		}
	}
	return false
}

// rateThan reports whether "than" at ws[k] closes a comparison of rates
// after a verb: "have lost value faster since September than petrol
// cars", "grew more slowly than"; not "faster than 40 mph" (a bound).
func (sc *scratch) rateThan(ws []word, k int) bool {
	if k+1 < len(ws) && ws[k+1].kind == tokens.Number {
		return false
	}
	for m := k - 1; m > 0 && m >= k-6 && ws[m].punc == 0; m-- {
		l := sc.lowOf(&ws[m])
		if l == "faster" || l == "slower" || (l == "quickly" || l == "slowly") && sc.is(&ws[m-1], "more") {
			if l == "quickly" || l == "slowly" {
				m--
			}
			p := sc.lowOf(&ws[m-1])
			return ws[m-1].punc == 0 && (strings.HasSuffix(p, "ed") || strings.HasSuffix(p, "en") || rateObjects[p]) // "grown faster", "lost value faster"
		}
	}
	return false
}

// rateObjects are what is lost or gained at a rate: "lost value faster".
var rateObjects = wordtable.Words(`value ground weight money jobs members customers grew rose fell`)

// shareWords before a comparative quantify a comparison: "a third higher
// than", "20 percent cheaper than", "three times larger than".
var shareWords = wordtable.Words(`third quarter half fifth tenth
	percent times twice`)

// wholeSpans after "than in the" make a comparison with a stretch of
// time: "more than in the previous five years combined".
var wholeSpans = wordtable.Words(`previous past last whole entire`)

// comparative reports whether w is a comparative: "narrower", "worse".
func comparative(w string) bool {
	switch w {
	case "worse", "better", "more", "less", "fewer", "further", "farther", "sooner", "later":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "er") && !strings.HasSuffix(w, "ever") && !strings.HasSuffix(w, "ther")
}

// loosePrepositions after "more" make a manner or a share of a quality,
// not an amount: "more in common than", "more at stake than", "pushed
// more by market forces than", "more of a hope than a reality"; "spent
// more on buildings than on salaries" is an amount.
var loosePrepositions = wordtable.Words(`of in at by to with from about art`)

// adjectiveShaped reports whether w ends like an adjective or an adverb:
// "more careful than", "less enthusiastic than", "far more popular than"
// compare qualities, a judgement, not amounts someone counted.
func adjectiveShaped(w string) bool {
	for _, suf := range [...]string{"ful", "ous", "ive", "ant", "ent", "ic", "al", "able", "ible", "less", "ly", "ar", "ed", "ing", "ile", "ary", "ory", "ish", "ose"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// everySince reports whether "every" at ws[k] opens a run that "since"
// closes: "has sided with it in every major case since he joined the
// bench", a record of a kind.
func (sc *scratch) everySince(ws []word, k int) bool {
	if !sc.is(&ws[k], "every") || k == 0 {
		return false
	}
	if k+3 < len(ws) && ws[k+1].punc == 0 && (ws[k+1].in(lPeriodWords) || ws[k+1].in(lRateWords)) && sc.is(&ws[k+2], "since") && ws[k+3].punc == 0 {
		return true // "has lost money every year since it was set up"; not "has dredged from her every winter since", a life told
	}
	done := k - 1
	if k > 2 && particles[sc.lowOf(&ws[k-1])] && ws[k-1].punc == 0 {
		done = k - 2 // "has turned down every such request since"
	}
	lostOn := sc.is(&ws[k-1], "on") && k > 3 && sc.is(&ws[k-2], "money") && sc.haveForm(&ws[k-4]) // "has lost money on every car it has sold"
	perfect := done > 0 && (strings.HasSuffix(sc.lowOf(&ws[done]), "ed") || heldForms[sc.lowOf(&ws[done])] || irregularDone[sc.lowOf(&ws[done])]) && sc.haveForm(&ws[done-1])
	if !sc.is(&ws[k-1], "in") && !sc.is(&ws[k-1], "for") && !lostOn && !perfect {
		return false // "in every major case since", "for every update of the register since 2019", "has led every government since 2010"
	}
	for j := k + 1; j < len(ws) && j <= k+10 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "since") && (j <= k+6 || perfect) {
			return true
		}
		if lostOn && j+2 < len(ws) && (sc.is(&ws[j], "for") || sc.is(&ws[j], "in") || sc.is(&ws[j], "over")) && sc.is(&ws[j+1], "the") && (sc.is(&ws[j+2], "past") || sc.is(&ws[j+2], "last")) {
			return true // "... for the past two years"
		}
	}
	return false
}

// heldForms are irregular participles of acts a record counts: "has
// upheld every ban ... since 2017".
var heldForms = wordtable.Words(`upheld held won lost beaten met kept`)

// sinceClauseYear reports whether a clause after "since" at ws[j] dates
// itself with a year: "since the canal was nationalised in 1962", "since
// its cabins were replaced in 2019".
func (sc *scratch) sinceClauseYear(ws []word, j int) bool {
	if j >= len(ws) || !sc.is(&ws[j], "the") && !sc.is(&ws[j], "it") && !sc.is(&ws[j], "they") && !possessive(sc.lowOf(&ws[j])) {
		return false // "since the canal", "since it", "since its cabins", "since they came into force in 2019"
	}
	for m := j + 1; m+1 < len(ws) && m <= j+7 && ws[m].punc == 0; m++ {
		if sc.is(&ws[m], "in") && ws[m+1].kind == tokens.Number {
			return true
		}
	}
	return false
}

// changeVerbs and magnitudes make a trend told by its size: "rose
// sharply", "have fallen steeply", "grew dramatically".
var (
	changeVerbs = wordtable.Words(`rose risen rises fell fallen falls grew grown grows
	climbed climbs dropped drops declined declines increased decreased
	soared plunged plummeted slumped shrank shrunk jumped surged`)  // not the bare form: "would need to rise sharply" asserts no trend
	magnitudes = wordtable.Words(`sharply steeply dramatically markedly significantly substantially considerably`)
)

// countedSubject reports whether the clause before the verb at ws[k]
// names things counted or measured: a plural ("Complaints about the
// circuit", "Births on the way to hospital", "Donor numbers") or a
// measure ("its share", "the rate"); not "The river", one thing seen.
func (sc *scratch) countedSubject(ws []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8 && ws[j].punc == 0; j-- {
		l := sc.lowOf(&ws[j])
		if measureNouns[l] || (!ws[j].cap || j == 0) && len(l) > 3 && strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "us") && ws[j].cls&cStop == 0 && !ws[j].in(lBeVerbs) && !sc.haveForm(&ws[j]) {
			return true
		}
	}
	return false
}

var measureNouns = wordtable.Words(`share rate number price cost demand turnout
	crime unemployment inflation traffic membership attendance use output spending`)

// particles complete a phrasal verb: "turned down", "signed off".
var particles = wordtable.Words(`down up off out back away`)

// trendSince reports whether a verb of change at ws[k] has "since" after
// it in its clause: a trend over time, a claim with or without a figure
// ("The number of kayakers has risen sharply since the pandemic").
func (sc *scratch) trendSince(ws []word, k int) bool {
	if k+1 < len(ws) && ws[k+1].punc == 0 && changeVerbs[sc.lowOf(&ws[k])] && magnitudes[sc.lowOf(&ws[k+1])] && sc.countedSubject(ws, k) {
		return true // "Complaints rose sharply after it added Sunday racing", "bookings have fallen steeply": a trend and its size, someone's reckoning; not "The river rose sharply overnight", a thing seen
	}
	switch sc.lowOf(&ws[k]) {
	case "risen", "fallen", "grown", "doubled", "tripled", "halved", "soared", "plunged", "declined", "dropped", "increased", "decreased", "shrunk", "slumped":
	case "falling", "rising", "growing", "declining", "shrinking", "dropping", "climbing", "closing":
		if k == 0 || !sc.is(&ws[k-1], "been") {
			return false // "have been falling for three years"; not "falling prices"
		}
	case "worse", "better":
		if k == 0 || !(sc.is(&ws[k-1], "got") || sc.is(&ws[k-1], "gotten") || sc.is(&ws[k-1], "grown") || sc.is(&ws[k-1], "become")) {
			return false // "has got worse since the council stopped locking its gates"
		}
	default:
		return false
	}
	if j := k + 1; j+1 < len(ws) && ws[j].punc == 0 && intensifiers[sc.lowOf(&ws[j])] && ws[j+1].punc == 0 && rateComparatives[sc.lowOf(&ws[j+1])] {
		return true // "Its reserve has shrunk even faster": compared with another trend
	}
	if k+1 < len(ws) && ws[k+1].punc == 0 {
		// Intransitive: "has risen sharply since", "have grown by a third
		// since"; not "has grown apples here since 1996".
		if n := sc.lowOf(&ws[k+1]); !strings.HasSuffix(n, "ly") && !trendNext[n] {
			return false
		}
	}
	for j := k + 1; j < len(ws) && j <= k+8 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "since") || sc.runOf(ws, j) {
			return true // "have fallen for three years running"
		}
		if j+2 < len(ws) && sc.is(&ws[j], "for") && (ws[j+1].kind == tokens.Number || countInWords(sc.lowOf(&ws[j+1])) || sc.is(&ws[j+1], "a")) && ws[j+2].in(lSpanWords|lPeriodWords) {
			return true // "diesel sales have been falling for three years"
		}
		if j+2 < len(ws) && (sc.is(&ws[j], "in") || sc.is(&ws[j], "over")) && sc.is(&ws[j+1], "the") && (sc.is(&ws[j+2], "past") || sc.is(&ws[j+2], "last")) {
			return true // "have fallen this sharply three times in the past 15 years"
		}
	}
	return false
}

// payVerbs before "more than" or "less than" compare pay or prices.
var payVerbs = wordtable.Words(`paid earns earn earned costs cost pays charges`)

// intensifiers before a comparative: "even faster", "far more slowly",
// "worth far less".
var intensifiers = wordtable.Words(`even much far still considerably significantly`)

var rateComparatives = wordtable.Words(`faster slower further more`)

// runOf reports whether ws[j] opens a run of periods in a row: "for three
// years running", "for the third year in a row", "for five straight
// months".
func (sc *scratch) runOf(ws []word, j int) bool {
	if !sc.is(&ws[j], "for") || j+3 >= len(ws) || ws[j+1].punc != 0 || ws[j+2].punc != 0 || ws[j+3].punc != 0 {
		return false
	}
	n := j + 1
	if sc.is(&ws[n], "the") || sc.is(&ws[n], "a") {
		n++ // "for the third year running", "for a second month in a row"
	} else if !(ws[n].kind == tokens.Number || countInWords(sc.lowOf(&ws[n]))) {
		return false
	}
	if sc.is(&ws[n+1], "straight") || sc.is(&ws[n+1], "consecutive") {
		n++ // "for five straight months"
		return n+1 < len(ws) && ws[n+1].punc == 0 && (ws[n+1].in(lPeriodWords) || ws[n+1].in(lRateWords))
	}
	p := n + 1
	if p >= len(ws) || ws[p].punc != 0 || !(ws[p].in(lPeriodWords) || ws[p].in(lRateWords)) || p+1 >= len(ws) || ws[p+1].punc != 0 {
		return false
	}
	return sc.is(&ws[p+1], "running") || p+3 < len(ws) && sc.is(&ws[p+1], "in") && sc.is(&ws[p+2], "a") && sc.is(&ws[p+3], "row")
}

var trendNext = wordtable.Words(`this for so by since from to more every
	each in across throughout almost nearly about fast faster
	larger smaller bigger stronger weaker longer higher lower`)

// countSince reports whether a count in words at ws[k] tallies what has
// happened over a stretch of time, in a perfect tense: "has been fined
// three times since 2021", "has lost three planning cases in the past two
// years", "have lost most of the libel cases brought against them in the
// past decade", "has promised a buyer at least four times since he bought the
// club". A record someone has to have kept, as "3 times since 2021" is a
// statistic. Not "the two sides met three times" (no stretch of time), not
// "has lived there for three years since" (a span, not a count).
func (sc *scratch) countSince(ws []word, k int) bool {
	l := sc.lowOf(&ws[k])
	share := (l == "most" || countInWords(l)) && k+2 < len(ws) && sc.is(&ws[k+1], "of") && (sc.is(&ws[k+2], "the") || sc.is(&ws[k+2], "its") || sc.is(&ws[k+2], "their"))
	if !(share || countInWords(l) || l == "twice" || (l == "one" || l == "once") && k > 0 && sc.is(&ws[k-1], "only")) || k+1 >= len(ws) || ws[k+1].punc != 0 {
		return false // "has upheld only one complaint against a minister in the past decade" counts too
	}
	if n := &ws[k+1]; !share && (n.cls&cTime != 0 || n.in(lSpanWords) || sc.is(n, "of") || sc.is(n, "a") || sc.is(n, "an") || sc.is(n, "or") || sc.is(n, "and") || sc.is(n, "to")) {
		return false // "for three years since", "two of the", "two or three"
	}
	perfect := false
	for j := k - 1; j >= 0 && j >= k-8 && ws[j].punc == 0; j-- {
		if m := sc.lowOf(&ws[j]); m == "has" || m == "have" || m == "had" {
			perfect = true
			break
		}
	}
	if !perfect {
		// "burst its banks three times in the past decade", "two fires in
		// the past five years"; not "changed hands three times in the last
		// two minutes", a match report.
		if sc.repeats(ws, k) && k > 0 && sc.is(&ws[k-1], "only") && sc.lastPeriodAfter(ws, k) {
			return true // "its board met only twice last year": a count someone kept, and found low
		}
		return (sc.repeats(ws, k) || sc.countedOver(ws, k)) && sc.pastPeriodAfter(ws, k)
	}
	for j := k + 1; j < len(ws) && j <= k+10 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "since") {
			return j+1 < len(ws) && ws[j+1].punc == 0 // "fined three times since 2021"; not "cut the price twice since, to", since the story's own event
		}
		if j+2 < len(ws) && (sc.is(&ws[j], "in") || sc.is(&ws[j], "over")) && sc.is(&ws[j+1], "the") && (sc.is(&ws[j+2], "past") || sc.is(&ws[j+2], "last")) {
			return true
		}
		if sc.overYears(ws, j) {
			return true // "has closed eight emergency departments in five years"
		}
	}
	return false
}

// overYears reports whether ws[j] opens a stretch of time counted in
// units: "in five years", "in her 12 years in parliament", "over two
// decades", "in the past ten years".
func (sc *scratch) overYears(ws []word, j int) bool {
	if !(sc.is(&ws[j], "in") || sc.is(&ws[j], "over")) {
		return false
	}
	m := j + 1
	if m < len(ws) && ws[m].punc == 0 && (possessive(sc.lowOf(&ws[m])) || sc.is(&ws[m], "the")) {
		m++ // "in her 12 years", "in the 65 years since"
		if m < len(ws) && ws[m].punc == 0 && (sc.is(&ws[m], "past") || sc.is(&ws[m], "last") || sc.is(&ws[m], "previous")) {
			m++ // "in the past ten years"
		}
	}
	if m+1 < len(ws) && ws[m].punc == 0 && ws[m+1].punc == 0 && sc.is(&ws[m], "a") && (sc.is(&ws[m+1], "decade") || sc.is(&ws[m+1], "generation") || sc.is(&ws[m+1], "century")) {
		return true // "have now come three times in a decade"
	}
	return m+1 < len(ws) && ws[m].punc == 0 && ws[m+1].punc == 0 && (ws[m].kind == tokens.Number || ws[m].in(lWordNumbers)) && ws[m+1].in(lSpanWords)
}

// anyOfCount reports whether ws[j] opens "in any of" a counted set: "in
// any of her four meetings", "in any of the last three budgets".
func (sc *scratch) anyOfCount(ws []word, j int) bool {
	if j+4 >= len(ws) || !sc.is(&ws[j], "in") || !sc.is(&ws[j+1], "any") || !sc.is(&ws[j+2], "of") || ws[j+3].punc != 0 || ws[j+4].punc != 0 {
		return false
	}
	n := j + 4
	if sc.is(&ws[n], "last") || sc.is(&ws[n], "past") {
		n++
	}
	return n < len(ws) && (ws[n].kind == tokens.Number || countInWords(sc.lowOf(&ws[n])))
}

// pastPeriodAfter reports whether "in the past" or "in the last" and a
// stretch of years, seasons or months follows ws[k] in its clause.
func (sc *scratch) pastPeriodAfter(ws []word, k int) bool {
	for j := k + 1; j+3 < len(ws) && j <= k+8 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "in") && sc.is(&ws[j+1], "the") && (sc.is(&ws[j+2], "past") || sc.is(&ws[j+2], "last")) {
			n := j + 3
			if n+1 < len(ws) && (ws[n].kind == tokens.Number || countInWords(sc.lowOf(&ws[n]))) {
				n++
			}
			return ws[n].punc == 0 && ws[n].in(lPeriodWords)
		}
	}
	return false
}

// lastPeriodAfter reports whether "last" or "this" and a period follow
// the count at ws[k] in its clause: "only twice last year".
func (sc *scratch) lastPeriodAfter(ws []word, k int) bool {
	for j := k + 1; j+1 < len(ws) && j <= k+4 && ws[j].punc == 0; j++ {
		if (sc.is(&ws[j], "last") || sc.is(&ws[j], "this")) && ws[j+1].punc == 0 && ws[j+1].in(lPeriodWords) {
			return true
		}
	}
	return false
}

// countedOver reports whether the count at ws[k] counts a plural over the
// stretch of time right after it: "two fires in the past five years".
func (sc *scratch) countedOver(ws []word, k int) bool {
	return k+4 < len(ws) && ws[k+1].punc == 0 && plural(sc.lowOf(&ws[k+1])) && sc.is(&ws[k+2], "in") && sc.is(&ws[k+3], "the") && (sc.is(&ws[k+4], "past") || sc.is(&ws[k+4], "last"))
}

// neverIn reports whether "never" (or "not been") at ws[k], after "has",
// "have" or "had", closes a record over a counted stretch of time: "has
// never voted against a government budget in her 12 years in
// parliament", "Turnout had not been that high in two decades".
func (sc *scratch) neverIn(ws []word, k int) bool {
	if !(sc.is(&ws[k], "never") || sc.is(&ws[k], "not")) || k == 0 || !sc.haveForm(&ws[k-1]) {
		return false // "has never voted against ... in her 12 years", "Turnout had not been that high in two decades"
	}
	for j := k + 1; j < len(ws) && j <= k+12 && ws[j].punc == 0; j++ {
		if sc.overYears(ws, j) || sc.anyOfCount(ws, j) {
			return true // "had not cleared 4.80 metres in any of her four meetings"
		}
	}
	// A perfect "never" and a participle is a record too: "has never
	// cleared a power contract lasting more than five years", "have never
	// dropped below the second division"; not "has never been" (a state).
	if !sc.is(&ws[k], "never") || k+1 >= len(ws) || ws[k+1].punc != 0 {
		return false
	}
	if k > 2 && sc.is(&ws[k-1], "had") && (sc.is(&ws[k-2], "that") || sc.is(&ws[k-2], "which")) && ws[k-3].punc == 0 && !ws[k-3].cap && !sc.beforeAfter(ws, k) {
		return false // "in a field of stalks that had never formed heads": a thing described, no record; not "a company in Halse that had never built parts for a spacecraft before"
	}
	p := sc.lowOf(&ws[k+1])
	return strings.HasSuffix(p, "ed") && !feelings[p] || p == "lost" || p == "won" || p == "paid" || p == "built" || p == "sold" || p == "run" // not "has never held office": a biography
}

// beforeAfter reports whether "before" follows ws[k] in its clause.
func (sc *scratch) beforeAfter(ws []word, k int) bool {
	for j := k + 1; j < len(ws) && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "before") {
			return true
		}
	}
	return false
}

// feelings after "has never" are a state of mind, no record: "She has
// never liked the building".
var feelings = wordtable.Words(`liked loved hated wanted enjoyed
	trusted believed cared minded wished needed
	imagined dreamed expected doubted forgiven`)

// penalised reports whether the sentence tells of a penalty ("fined",
// "sentenced"): counted over time, penalties are a record even where one
// would be plain description; a central bank's "has raised its rate four
// times since last spring" stays the record of public acts it is.
func (sc *scratch) penalised(ws []word) bool {
	for j := range ws {
		if ws[j].punc == 0 && ws[j].in(lPenalties) {
			return true
		}
	}
	return false
}

// repeats reports whether the count at ws[k] counts times something
// happened ("three times", "twice"): a record even where one such event
// would be plain description ("has been fined three times since 2021").
func (sc *scratch) repeats(ws []word, k int) bool {
	return sc.is(&ws[k], "twice") || k+1 < len(ws) && sc.is(&ws[k+1], "times")
}

// notSince reports whether "since" and a year at ws[k] close a negated
// clause: "The west front had not been cleaned since 1887", "has never
// flooded since 1953": a record.
func (sc *scratch) notSince(ws []word, k int) bool {
	if !sc.is(&ws[k], "since") || k+1 >= len(ws) {
		return false
	}
	if ws[k+1].punc == '.' && k+2 == len(ws) {
		// "since" closing the sentence, after a year it counts from:
		// "was built in 1962 for two animals and has not been enlarged
		// since"; not "The pool has not reopened since."
		return sc.negationBefore(ws, k) >= 0 && sc.yearBefore(ws, k)
	}
	if ws[k+1].kind != tokens.Number && ws[k+1].cls&cMonth == 0 && !sc.seasonOf(ws, k+1) {
		// "has had no permanent governor since last summer", "has not led
		// in any published poll since early October"
		n := sc.lowOf(&ws[k+1])
		if !(k+2 < len(ws) && n == "last" && ws[k+2].punc == 0 && (ws[k+2].in(lPeriodWords) || ws[k+2].in(lRateWords))) &&
			!(k+2 < len(ws) && (n == "early" || n == "late" || n == "mid") && ws[k+2].cls&cMonth != 0) && !sc.sinceClauseYear(ws, k+1) &&
			!(k+2 < len(ws) && n == "the" && seasons[sc.lowOf(&ws[k+2])]) { // "has not won a race since the summer"
			return false
		}
	}
	if sc.negationBefore(ws, k) >= 0 {
		return true
	}
	for j := k - 1; j >= 0 && ws[j].punc == 0; j-- {
		if sc.is(&ws[j], "without") {
			return true // "has been without a full-time legal adviser since January 2025"
		}
		if sc.is(&ws[j], "no") && j > 1 && (sc.is(&ws[j-1], "had") || sc.is(&ws[j-1], "seen")) && sc.haveForm(&ws[j-2]) {
			return true // "has had no permanent governor since 2024"
		}
	}
	return false
}

// yearBefore reports whether a year comes before ws[k] in its sentence.
func (sc *scratch) yearBefore(ws []word, k int) bool {
	for j := k - 1; j >= 0; j-- {
		if ws[j].kind == tokens.Number && yearShaped(sc.lowOf(&ws[j])) {
			return true
		}
	}
	return false
}

// seasonOf reports whether ws[j:] is a dated stretch of time: "the winter
// of 2009", "the spring of last year".
func (sc *scratch) seasonOf(ws []word, j int) bool {
	if j+3 < len(ws) && sc.is(&ws[j], "the") && ws[j+1].punc == 0 && (ws[j+1].in(lPeriodWords) || seasons[sc.lowOf(&ws[j+1])]) && sc.is(&ws[j+2], "of") && (ws[j+3].kind == tokens.Number || sc.is(&ws[j+3], "last")) {
		return true
	}
	// An event of a year: "the bird flu outbreak of 2017", "the floods of
	// 1953", "a storm in 2023".
	if j >= len(ws) || !sc.is(&ws[j], "the") && !sc.is(&ws[j], "a") && !sc.is(&ws[j], "an") {
		return false
	}
	for m := j + 2; m+1 < len(ws) && m <= j+5 && ws[m-1].punc == 0; m++ {
		if sc.is(&ws[m], "of") || sc.is(&ws[m], "in") {
			t := &ws[m+1]
			return t.kind == tokens.Number && t.e-t.s == 4 && t.punc == 0
		}
	}
	return false
}

var seasons = wordtable.Words(`winter summer spring autumn fall`)

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
	return ws[k+1].in(lHabitAdverbs)
}

// nearlyNever reports whether ws[k] opens "almost never", "hardly ever",
// "virtually always": a frequency, as "rarely" is.
func (sc *scratch) nearlyNever(ws []word, k int) bool {
	if !(sc.is(&ws[k], "almost") || sc.is(&ws[k], "hardly") || sc.is(&ws[k], "virtually") || sc.is(&ws[k], "nearly")) || k+1 >= len(ws) {
		return false
	}
	return sc.is(&ws[k+1], "never") || sc.is(&ws[k+1], "ever") || sc.is(&ws[k+1], "always")
}

// kindHabit reports whether a frequency adverb at ws[k] says what a kind
// of thing does, its sentence opening on a bare plural ("Workers injured
// on building sites often wait more than three years", "Teams that
// survive usually find themselves ...").
func (sc *scratch) kindHabit(ws []word, k int) bool {
	if k < 1 || k+1 >= len(ws) || ws[k+1].punc != 0 || !(k >= 2 && (ws[k].in(lHabitAdverbs) || sc.is(&ws[k], "often")) || sc.nearlyNever(ws, k)) {
		return false
	}
	if ws[k-1].in(lRulesWords) && rulebookVerbs[sc.lowOf(&ws[k+1])] {
		return false // "The council's rules normally require every grape to be grown within the boundary": the rules' published terms
	}
	if (k == 2 || k == 3) && sc.is(&ws[0], "the") && ws[k].in(lHabitAdverbs) && sc.plainNouns(ws[1:k]) {
		return true // "The group usually demands payment within a week", "The audit office usually takes more than a year": what a body does as a rule
	}
	if k >= 2 && sc.is(&ws[0], "such") && ws[k].in(lHabitAdverbs) && sc.plainNouns(ws[1:k]) && plural(sc.lowOf(&ws[k-1])) {
		return true // "Such applications usually take at least nine months to be decided": what a kind does as a rule
	}
	if k >= 3 && (sc.is(&ws[0], "a") || sc.is(&ws[0], "an")) && ws[k].in(lHabitAdverbs) && sc.anyOfKind(ws[1:k]) {
		return true // "A glass furnace that is allowed to go cold usually cracks its lining": what any of a kind does
	}
	if k >= 2 && k <= 7 && ws[0].cap && ws[k].in(lHabitAdverbs) && gerund(sc.lowOf(&ws[0])) && sc.plainNouns(ws[1:k]) {
		return true // "Replacing barriers on that scale normally takes about a week", "Building a bridge usually takes three years": what an act takes as a rule
	}
	f := sc.lowOf(&ws[0])
	if k == 2 && ws[0].punc == 0 && ws[1].punc == 0 && ws[0].kind != tokens.Number && !ws[0].in(lWordNumbers) && !strings.ContainsAny(f, "'’") && !determiners[f] && !subjectPronouns[f] {
		f = sc.lowOf(&ws[1]) // a kind named in two words: "Hydro operators normally keep their autumn reserve"
	}
	if ws[0].punc != 0 || len(f) <= 3 || !strings.HasSuffix(f, "s") || strings.HasSuffix(f, "ss") || strings.ContainsAny(f, "'’") || determiners[f] || subjectPronouns[f] {
		return false
	}
	for j := 1; j < k; j++ {
		if ws[j].punc == 0 && auxiliaries[sc.lowOf(&ws[j])] && !(sc.is(&ws[j], "will") && ws[j-1].in(lArticles)) {
			return false // "Sanders did not usually get this personal": a person's past, not a kind's habit; not "a will", a noun
		}
	}
	return true
}

// gerund reports whether w reads as an -ing form of a verb: "replacing",
// "building"; not "morning", "evening", "nothing".
func gerund(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing") && w != "morning" && w != "evening" && w != "spring" && w != "during"
}

// anyOfKind reports whether ws, after "A", are a kind's name and maybe a
// relative clause on it, with no comma: "glass furnace that is allowed to
// go cold"; not "spokesman, who".
func (sc *scratch) anyOfKind(ws []word) bool {
	for i := range ws {
		if ws[i].punc != 0 || ws[i].cap {
			return false
		}
		if i > 0 && (sc.is(&ws[i], "that") || sc.is(&ws[i], "which") || sc.is(&ws[i], "who")) {
			return true // its kind named, then a clause on it
		}
	}
	return sc.plainNouns(ws)
}

// plainNouns reports whether ws are lower-case words, none a pronoun nor
// an auxiliary: the head of a noun phrase such as "audit office".
func (sc *scratch) plainNouns(ws []word) bool {
	for i := range ws {
		if ws[i].punc != 0 || ws[i].cap || subjectPronouns[sc.lowOf(&ws[i])] || auxiliaries[sc.lowOf(&ws[i])] {
			return false
		}
	}
	return true
}

// beHabit reports whether a habit adverb at ws[k], after "is" or "are",
// says how a rule is kept or when a thing is at its most, as a rule:
// "the ban is rarely enforced", "Fog on the bypass is usually thickest in
// the hour before dawn"; someone has to have watched it. Not "is usually
// closed on Mondays", a timetable.
func (sc *scratch) beHabit(ws []word, k int) bool {
	if k == 0 || k+1 >= len(ws) || ws[k+1].punc != 0 || !(ws[k].in(lHabitAdverbs) || sc.is(&ws[k], "often")) || !(sc.is(&ws[k-1], "is") || sc.is(&ws[k-1], "are")) {
		return false
	}
	n := sc.lowOf(&ws[k+1])
	return superlative(n) || keptRules[n]
}

// keptRules are how a rule is kept or broken: "is rarely enforced".
var keptRules = wordtable.Words(`enforced prosecuted punished checked inspected
	ignored applied caught fined jailed convicted collected obeyed policed`)

var auxiliaries = wordtable.Words(`did does do has had was
	is were are will would been`)

var habitAdverbs = wordtable.Words(`rarely seldom usually typically
	generally normally traditionally historically`)

// superlative reports whether w looks like a superlative adjective
// ("largest", "costliest"), not a noun or verb that ends in -est.
func superlative(w string) bool {
	if head, tail, ok := strings.Cut(w, "-"); ok && (head == "best" || head == "worst" || head == "fastest" || head == "biggest" || head == "highest" || head == "top") {
		return tail != "known" && tail != "loved" // "best-selling", "fastest-growing", "highest-paid", "top-selling"; not "one of the best-known Democrats", fame
	}
	return len(w) >= 6 && strings.HasSuffix(w, "est") && !notSuperlative[w] || len(w) > 6 && strings.HasPrefix(w, "most-") || // "most-watched"
		w == "worst" || w == "best"
}

func possessive(w string) bool {
	return w == "its" || w == "their" || w == "his" || w == "her" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") ||
		len(w) > 2 && (strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")) // "Republicans' largest margin"
}

// recordScope reports whether the clause from ws[j] measures or bounds
// what a record ranks: "more than 30 kilometres from the coast", "since
// 1990", "anywhere in the country".
func (sc *scratch) recordScope(ws []word, j int) bool {
	for m := j; m < len(ws) && m <= j+8 && ws[m].punc == 0; m++ {
		switch sc.lowOf(&ws[m]) {
		case "more", "than", "since", "ever", "anywhere", "outside", "country", "world", "nation", "region":
			return true
		}
	}
	return false
}

// noOtherIn reports whether "other" at ws[k] opens "No other" and a kind
// in a named place or the country, at the head of its clause: "No other
// maternity unit in Zelvany", "no other club in the country"; not "No
// other passengers were hurt in the crash".
func (sc *scratch) noOtherIn(ws []word, k int) bool {
	if k == 0 || !sc.is(&ws[k-1], "no") || k > 1 && ws[k-2].punc == 0 && !ws[k-2].in(lConnectives) {
		return false
	}
	for j := k + 1; j+1 < len(ws) && j <= k+4 && ws[j].punc == 0 && !ws[j].cap; j++ {
		if sc.is(&ws[j], "in") {
			return ws[j+1].cap || j+2 < len(ws) && sc.is(&ws[j+1], "the") && rankPlaces[sc.lowOf(&ws[j+2])]
		}
	}
	return false
}

// kindAfterRank returns the index of the kind that the rank word at
// ws[k] ranks, right after it or after one lower-case word that
// describes it ("the first woman", "the first local museum"), or 0.
func (sc *scratch) kindAfterRank(ws []word, k int) int {
	for j := k + 1; j <= k+2 && j+2 < len(ws) && ws[j].punc == 0 && !ws[j].cap && ws[j].kind != tokens.Number && !ws[j].in(lWordNumbers); j++ {
		if firstOfKind[sc.lowOf(&ws[j])] {
			return j
		}
	}
	return 0
}

// kindInPlace reports whether a plain noun of at most three words after the
// rank at ws[k] is ranked over a whole place, then "to" and a verb ("the
// first steelworks in the country to make", "the last ferry company in
// Vellmark to run"), or the rank's phrase ends its sentence on a whole
// country or the world; not "the first steelworks in the valley", a place
// in view, nor "the first train in the morning".
func (sc *scratch) kindInPlace(ws []word, k int) bool {
	for j := k + 1; j <= k+3 && j+3 < len(ws) && ws[j].punc == 0 && !ws[j].cap && ws[j].kind != tokens.Number && !ws[j].in(lWordNumbers); j++ {
		if !sc.is(&ws[j+1], "in") {
			continue
		}
		if ws[j+2].cap && !weekdayOrMonth(sc.lowOf(&ws[j+2])) || sc.is(&ws[j+2], "the") && wholePlaces[sc.lowOf(&ws[j+3])] {
			return sc.toAfterKind(ws, j+1)
		}
	}
	// The rank's phrase ends the sentence on a whole place: "The case is
	// the first criminal trial of a ticket resale site in the country."
	for j := k + 1; j+2 < len(ws) && j <= k+10 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "in") && sc.is(&ws[j+1], "the") && wholePlaces[sc.lowOf(&ws[j+2])] {
			return j+3 == len(ws) || ws[j+3].punc == '.'
		}
	}
	return false
}

var wholePlaces = wordtable.Words(`country world region nation kingdom continent`)

// oneOfTo reports whether "one of" follows the rank at ws[k] and "to" with
// a verb ends the group it names, within eight words: "the only one of
// the country's six water companies to have switched". A bare "of" counts
// before a group that is someone's: "the last of the country's four big
// grocers to give up baking"; not "the first of the two ferries to leave".
func (sc *scratch) oneOfTo(ws []word, k int) bool {
	g := k + 3 // the group's first word
	switch {
	case k+3 < len(ws) && sc.is(&ws[k+1], "of") && (possessive(sc.lowOf(&ws[k+2])) || sc.is(&ws[k+2], "the") && possessive(sc.lowOf(&ws[k+3]))):
		g = k + 2
	case k+3 >= len(ws) || !sc.is(&ws[k+1], "one") || !sc.is(&ws[k+2], "of") || !sc.is(&ws[k+3], "the") && !possessive(sc.lowOf(&ws[k+3])):
		return false // not "the first one of us to arrive", a scene
	}
	for m := g + 1; m+1 < len(ws) && m <= g+7 && (ws[m].punc == 0 || ws[m].punc == '\''); m++ {
		if sc.is(&ws[m], "to") {
			n := &ws[m+1]
			return n.punc == 0 && !n.cap && n.kind != tokens.Number && !n.in(lArticles|lDeterminers) // not "the only one of the two ferries to the island"
		}
		if sc.is(&ws[k], "only") && (possessive(sc.lowOf(&ws[g])) || g+1 < len(ws) && possessive(sc.lowOf(&ws[g+1]))) && (sc.is(&ws[m], "without") || sc.is(&ws[m], "with") && sc.is(&ws[m+1], "no")) {
			return true // "the only one of the district's seven market towns with no Christmas lights": a place's whole set, checked; not "the only one of the five without the name painted on it", a few in view
		}
	}
	return false
}

// toAfterKind reports whether "to" and a verb follow at ws[j], or after a
// place or a field ("in the region", "in Europe", "in its history") of at
// most four words.
func (sc *scratch) toAfterKind(ws []word, j int) bool {
	if j+1 < len(ws) && ws[j].punc == 0 && ws[j+1].punc == 0 && sc.is(&ws[j], "to") {
		return true
	}
	if j >= len(ws) || !(sc.is(&ws[j], "in") || sc.is(&ws[j], "on") || sc.is(&ws[j], "from") || sc.is(&ws[j], "outside")) {
		return false
	}
	for m := j + 1; m+1 < len(ws) && m <= j+4 && ws[m].punc == 0; m++ {
		if sc.is(&ws[m], "to") {
			return ws[m+1].punc == 0 && !ws[m+1].cap && ws[m+1].kind != tokens.Number
		}
	}
	return false
}

// withoutAfter reports whether "without", or "with" right after it when
// with is set, follows a kind within its clause: "the only airport of its
// size in Eskerland without one", "the last paper with a reporter at
// every sitting"; not "the only woman with a ticket", a scene.
func (sc *scratch) withoutAfter(ws []word, j int, with bool) bool {
	for m := j; m < len(ws) && m <= j+7 && ws[m].punc == 0; m++ {
		if sc.is(&ws[m], "without") || with && m == j && sc.is(&ws[m], "with") {
			return true
		}
	}
	return false
}

// overAll reports whether a sentence measures against all that went
// before: "since", "ever", "history", "record", or a count of years.
func (sc *scratch) overAll(ws []word) bool {
	for j := range ws {
		if ws[j].punc != 0 {
			continue
		}
		switch sc.lowOf(&ws[j]) {
		case "since", "ever", "history", "record", "years", "decades", "century":
			return true
		}
	}
	return false
}

// rankPlaces after "the <superlative> in the" make a ranking: "the oldest
// in the state".
var rankPlaces = wordtable.Words(`state country nation world city
	region county province league history`)

// firstOfKind are the people and places whose "the first X to" is a
// record: "the first woman to hold the post", "the first country to".
var firstOfKind = wordtable.Words(`woman man person country nation
	city club team company president leader
	player candidate mayor black female politician
	government party minister chancellor coalition
	province bank airline force council theatre theater
	school hospital museum town university newspaper
	airport port prison captain champion winner driver
	skier athlete rider runner swimmer cyclist boxer
	jockey golfer sprinter coach manager referee judge
	writer author artist scientist surgeon pilot
	carmaker firm village paper shop pub`) // not "state" nor "county": "the first state to vote" is the calendar

// oneOfOnlyIn reports whether "only" at ws[k] opens "one of only" a count
// of a kind in a named place or the country: a record over a whole place.
func (sc *scratch) oneOfOnlyIn(ws []word, k int) bool {
	if k < 2 || k+2 >= len(ws) || !sc.is(&ws[k-1], "of") || !sc.is(&ws[k-2], "one") || ws[k+1].punc != 0 || !(ws[k+1].kind == tokens.Number || countInWords(sc.lowOf(&ws[k+1]))) {
		return false
	}
	if k+3 < len(ws) && sc.is(&ws[k+2], "that") && sc.is(&ws[k+3], "still") {
		return true // "one of only three that still judged it by eye": someone has checked the rest
	}
	for j := k + 2; j+1 < len(ws) && j <= k+8 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "in") && (ws[j+1].cap && !weekdayOrMonth(sc.lowOf(&ws[j+1])) || j+2 < len(ws) && sc.is(&ws[j+1], "the") && rankPlaces[sc.lowOf(&ws[j+2])]) {
			return true
		}
	}
	return false
}

// onlyInPlace reports whether "the only" at ws[k] opens a kind in a named
// place that a clause describes: "the only large toy seller in Tervany
// that still brings", "the only hospital in Kelder with a burns unit".
func (sc *scratch) onlyInPlace(ws []word, k int) bool {
	for j := k + 2; j+2 < len(ws) && j <= k+5 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "in") && sc.is(&ws[j+1], "the") && rankPlaces[sc.lowOf(&ws[j+2])] {
			if j+3 >= len(ws) || ws[j+3].punc != 0 {
				return sc.beBefore(ws, k) // "the Orsa was the last professional ensemble in the city."
			}
			l := sc.lowOf(&ws[j+3])
			return l == "that" || l == "which" || l == "to" || l == "with" || l == "without" || l == "still" // "the only allotment site in the county still protected by a covenant"
		}
		if sc.is(&ws[j], "in") && ws[j+1].cap {
			e := j + 1
			for e < len(ws) && ws[e].punc == 0 && ws[e].cap {
				e++
			}
			if e < len(ws) && ws[e].punc == 0 {
				l := sc.lowOf(&ws[e])
				return l == "that" || l == "which" || l == "to" || l == "with" || l == "without" || l == "where" || l == "whose"
			}
			return sc.beBefore(ws, k) // "Drossel is the only licensed maker of cefalorin in Orvandy."; not "isn't the only person breaking barriers in Philadelphia"
		}
	}
	return false
}

// beBefore reports whether an unnegated be-verb comes right before "the"
// and the rank at ws[k].
func (sc *scratch) beBefore(ws []word, k int) bool {
	return k > 1 && ws[k-2].punc == 0 && ws[k-2].in(lBeVerbs) && !strings.HasSuffix(sc.lowOf(&ws[k-2]), "n't") && !strings.HasSuffix(sc.lowOf(&ws[k-2]), "n’t")
}

// periodPrepositions before "the third quarter" make it when, not a rank.
var periodPrepositions = wordtable.Words(`in for during over of`)

// dueToMeet reports whether "is due to" and a verb of meeting come before
// ws[k]: "Korrelund is due to play his first league match since the ban".
func (sc *scratch) dueToMeet(ws []word, k int) bool {
	for j := 1; j+2 < k; j++ {
		if sc.is(&ws[j], "due") && sc.is(&ws[j+1], "to") && ws[j-1].in(lBeVerbs) && ws[j+2].in(lMeetingVerbs) {
			return true
		}
	}
	return false
}

// fixtures are games that a result or a schedule can be the first of
// since an event: "their first game since the ban".
var fixtures = wordtable.Words(`game match fixture race outing
	appearance start bout`)

// playedIn reports whether "in their/his/her/its first ..." at ws[k] follows
// a result in its clause: "beat the Wolves 94-88 on Sunday night in their
// first game".
func (sc *scratch) playedIn(ws []word, k int) bool {
	if k < 2 || !possessive(sc.lowOf(&ws[k-1])) || !sc.is(&ws[k-2], "in") {
		return false
	}
	for j := k - 3; j >= 0 && ws[j].punc == 0; j-- {
		if resultVerbs[sc.lowOf(&ws[j])] {
			return true
		}
	}
	return false
}

var resultVerbs = wordtable.Words(`beat won lost drew played scored finished`)

// ordinals rank an event in a run: "the third crash on the line in four
// years", "its first title since 1998".
var ordinals = wordtable.Words(`first second third fourth fifth`)

var rankWords = wordtable.Words(`second third fourth fifth sixth tenth`)

var countWords = wordtable.Words(`two three four five six seven
	eight nine ten a several many`)

// spanWords are the units of a stretch of time in "first ... in 19 years".
var spanWords = wordtable.Words(`decade generation century years decades seasons months weeks centuries`)

// notSuperlative are common -est words that are no superlatives.
var notSuperlative = wordtable.Words(`interest protest request harvest suggest contest
	manifest digest earnest conquest invest arrest
	honest forest modest latest everest
	behest bequest inquest tempest attest detest
	divest infest ingest molest retest unrest
	pretest dishonest midwest northwest southwest
	interests requests protests contests arrests forests`)

// tookSpan reports whether "took" at ws[k] says how many months or years
// something took, in a sentence set in a past year: "it took the
// government 14 years to build the one that is now closed" (after "in
// 1953"), "growth took almost 18 months to pick up" (after "in 2019"); a
// record someone kept. Not hours or days (a scene: "The jury took three
// hours"), nor "took office six years ago".
func (sc *scratch) tookSpan(ws []word, k int) bool {
	if !sc.is(&ws[k], "took") {
		return false
	}
	for j := k + 1; j+1 < len(ws) && j <= k+5 && ws[j].punc == 0 && ws[j+1].punc == 0; j++ {
		if ws[j].kind != tokens.Number && !countInWords(sc.lowOf(&ws[j])) {
			continue
		}
		switch sc.lowOf(&ws[j+1]) {
		case "months", "years", "decades":
		default:
			return false
		}
		if e := j + 2; e < len(ws) && ws[e].punc == 0 && !sc.is(&ws[e], "to") && !sc.is(&ws[e], "for") {
			return false // "took office six years ago"
		}
		return sc.pastYear(ws)
	}
	return false
}

// pastYear reports whether the sentence names a year before now ("in
// 1953", "in 2019") or "the last time".
func (sc *scratch) pastYear(ws []word) bool {
	for j := range ws {
		if ws[j].punc != 0 {
			continue
		}
		if ws[j].kind == tokens.Number && yearShaped(sc.lowOf(&ws[j])) && j > 0 && yearBefore[sc.lowOf(&ws[j-1])] {
			return true
		}
		if sc.is(&ws[j], "time") && j > 1 && sc.is(&ws[j-1], "last") && sc.is(&ws[j-2], "the") {
			return true
		}
	}
	return false
}

// yearShaped reports whether a number reads as a year of the last two
// centuries: "1953", "2019".
func yearShaped(l string) bool {
	return len(l) == 4 && (strings.HasPrefix(l, "19") || strings.HasPrefix(l, "20"))
}

// originOf reports whether "began" or "started" at ws[k] tells where or
// how a trouble began, its subject opening the sentence: "The outbreak
// began at a children's birthday party", "The fire started in a pile of
// shredded car parts", "Its troubles began when its largest reseller
// switched"; a finding someone made. Not a time ("The leak began shortly
// before midnight", "began at 6am"), nor a clause ("when the fire
// started").
func (sc *scratch) originOf(ws []word, k int) bool {
	if l := sc.lowOf(&ws[k]); l != "began" && l != "started" || k == 0 || k > 4 || k+2 >= len(ws) || !troubles[sc.lowOf(&ws[k-1])] {
		return false
	}
	for j := 0; j < k-1; j++ {
		if ws[j].punc != 0 || ws[j].in(lSubordinators) || sc.is(&ws[j], "when") || sc.is(&ws[j], "how") {
			return false
		}
	}
	n := &ws[k+1]
	switch sc.lowOf(n) {
	case "when", "after", "with", "long", "because":
		return true
	case "in", "at":
		m := &ws[k+2]
		if m.punc == 0 && m.in(lArticles) && k+3 < len(ws) {
			m = &ws[k+3] // "in the morning", "at the site"
		}
		return m.punc == 0 && m.kind != tokens.Number && !m.in(lPeriodWords) && m.cls&cTime == 0 && !partsOfDay[sc.lowOf(m)] && !sc.is(m, "about") && !sc.is(m, "around")
	}
	return false
}

// partsOfDay and seasons place a beginning in time, not at a cause.
var partsOfDay = wordtable.Words(`morning afternoon evening night early late small spring summer autumn winter middle weekend dark first`)

// troubles are things whose beginning someone has to find out.
var troubles = wordtable.Words(`outbreak fire blaze troubles problems collapse crisis epidemic infection spill decline slump`)
