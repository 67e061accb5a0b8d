package attribution

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/tokens"
	"github.com/attrlint/attrlint/rules/wordtable"
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

// claimIDs name the kinds of claim as the lexicon's sections and the
// claims setting do: claimIDs[k] names kind k.
var claimIDs = [...]string{"", "statistic", "prediction", "intent", "allegation", "causal", "comparison"}

// reportedKinds returns the kinds of claim that rc has unattributed-claim
// report, indexed by ClaimKind; nil: all of them.
func reportedKinds(rc analysis.RuleConfig) []bool {
	if len(rc.Claims) == 0 {
		return nil
	}
	on := make([]bool, len(claimIDs))
	for _, name := range rc.Claims {
		if k := slices.Index(claimIDs[:], name); k > 0 {
			on[k] = true
		}
	}
	return on
}

// claimSections maps a lexicon section ("claims/prediction") to its kind.
var claimSections = func() map[string]ClaimKind {
	m := make(map[string]ClaimKind, len(claimIDs)-1)
	for k := Statistic; k <= Comparison; k++ {
		m["claims/"+claimIDs[k]] = k
	}
	return m
}()

// sinceThisYear reports whether the rank at ws[k] runs since a month with no
// year, within the clause: a market's move "their highest close since
// June" is its recent range, on the record; "their biggest one-day drop
// since March 2020" is someone's reckoning.
func (sc *scratch) sinceThisYear(ws []word, k int) bool {
	for j := k + 1; j+1 < len(ws) && j <= k+6 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "since") {
			return ws[j+1].punc == 0 && ws[j+1].cls&cMonth != 0 && (j+2 >= len(ws) || ws[j+2].kind != tokens.Number)
		}
	}
	return false
}

// tableRow reports whether the "sentence" is a row of a table or a
// chart: at most two words, one of them a figure ("Yes 33%", "No 58%").
func (sc *scratch) tableRow(ws []word) bool {
	n, figure := 0, false
	for k := range ws {
		if ws[k].punc != 0 {
			continue
		}
		if n++; n > 2 {
			return false // a sentence, not a row: stop at its third word
		}
		figure = figure || ws[k].kind == tokens.Number
	}
	return figure
}

// correctionNotice reports whether the sentence is a newspaper's
// correction of its own story: a verb of getting it wrong, the story,
// version or caption it was in, and the paper owning the error ("Because
// of an editing error, an article on April 25 misstated the name of ...",
// "An earlier version of this article misidentified ..."). The paper is
// its own source.
func (sc *scratch) correctionNotice(ws []word) bool {
	wrong := false
	for k := range ws {
		if l := sc.lowOf(&ws[k]); strings.HasPrefix(l, "mis") && correctionVerbs[l] {
			wrong = true
			break
		}
	}
	if !wrong {
		return false
	}
	story, owned := false, false
	for k := range ws {
		l := sc.lowOf(&ws[k])
		story = story || correctedThings[l]
		owned = owned || l == "error" || l == "earlier" && k+1 < len(ws) && sc.is(&ws[k+1], "version")
	}
	return story && owned // not "The ministry's report misstated the deficit", a claim about someone else's
}

var (
	correctionVerbs = wordtable.Words(`misstated misidentified misspelled misattributed misquoted misreported`)
	correctedThings = wordtable.Words(`article story version caption headline graphic report column`)
)

// vagueAmounts are words that state a count without digits.
var vagueAmounts = wordtable.Words(`dozens hundreds thousands millions billions
	percent tens`)

// claim finds the first checkable claim in a sentence's words and returns
// its kind and the words that show it, ws[st:end].
func (sc *scratch) claim(text string, ws []word) (ClaimKind, int, int) {
	sc.sig.known = false
	if sc.correctionNotice(ws) || sc.tableRow(ws) {
		return NoClaim, 0, 0
	}
	open := -1           // the end of an open question's clause: "unclear whether ... will"
	openUntil := len(ws) // a sentence-opening "How" asks only about its own clause's first words
	// Whether the sentence's figures are plain description, worked out
	// only when a figure or a record needs it (most sentences have none).
	known, base, market := false, false, false
	plainSentence := func() bool {
		if !known {
			known = true
			base = sc.plainFigures(ws)
			market = base && sc.marketMove(ws)
		}
		return base
	}
	crit := false // inside a criterion clause: "a pin for every apiary that has lost more than half its bees"
	// Whether the figures of the clause holding ws[k] are plain: the
	// sentence's, unless a clause of its own follows (relativeCut).
	cutAt, cutPlain := 0, false // the last clause judged on its own, and its answer
	plainClause := func(k int) bool {
		if crit {
			return true
		}
		j := sc.relativeCut(ws, k)
		if j == 0 {
			return plainSentence()
		}
		if j != cutAt {
			saved := sc.sig // the sentence's signals must not be cached from its first clause alone
			cutAt, cutPlain = j, sc.plainFigures(ws[:j])
			sc.sig = saved
		}
		return cutPlain
	}
	if j := sc.counterfactual(ws); j > 0 {
		return Prediction, j, j + 1 // "Without that rule, most roofs would be ..."
	}
	if st, j := sc.noneSince(ws); j > 0 {
		return Comparison, st, j + 1 // "No candidate who lost Upper Kell has gone on to win the nomination since 1994"
	}
	if j := sc.shareComesFrom(ws); j > 0 {
		return Causal, 0, j + 2 // "Much of the shortfall comes from falling fuel-tax receipts"
	}
	if j := sc.commonPractice(ws); j >= 0 {
		return Statistic, j, j + 2 // "Most women in Norvessa now have their first child after 31", "Few members ever read them"
	}
	if sc.mostOfOpens(ws) && !plainSentence() && !sc.sceneCount(ws) {
		return Statistic, 0, 3 // "Most of those volunteers live in the capital"
	}
	// phrase reads a claim phrase of the lexicon at ws[k], with what
	// keeps it from being a claim here.
	phrase := func(k int) (ClaimKind, int, int, bool) {
		kind, n := sc.phraseKindAt(ws, k, "claims/")
		if n == 0 {
			return NoClaim, 0, 0, false
		}
		sec := claimSections[kind]
		if open >= 0 && k < openUntil && (sec == Prediction || sec == Causal || sec == Comparison) {
			return NoClaim, 0, 0, false // "it is unclear whether the levy will pass" predicts nothing; "is trying to determine whether the checks can be widened without causing delays" asserts no cause
		}
		if sc.notAClaim(ws, k, n) || (sec == Prediction && sc.firm(ws, k, n) || sec == IntentClaim && !ws[k].in(lMotiveStarts)) && sc.scheduled(ws, k+n) {
			return NoClaim, 0, 0, false
		}
		if sec == Prediction && n == 1 && sc.notUntil(ws, k) {
			return NoClaim, 0, 0, false // "where Democrats won't vote until June": the calendar
		}
		if sec == Prediction && n == 1 && (sc.ownAct(ws, k) || sc.agendaAct(ws, k)) {
			return NoClaim, 0, 0, false // "Vossen will pay 410p a share", "Biden will also speak to WDBJ": the actor's own plan, as with "plans to"
		}
		if sec == IntentClaim && sc.genericWant(ws, k) {
			return NoClaim, 0, 0, false // "anyone today who wants to fish the north shore", "if a student wanted to bring his family": a case supposed, no one's intent
		}
		if sec == IntentClaim && n == 3 && sc.is(&ws[k], "in") && sc.is(&ws[k+1], "order") && sc.requirement(ws, k) {
			return NoClaim, 0, 0, false // "The club would have to sell two players at a loss in order to pay its debts": what a goal takes, no one's motive
		}
		if sec == Prediction && n == 1 && sc.is(&ws[k], "will") && sc.lawTerms(ws, k) {
			return NoClaim, 0, 0, false // "The new rule will require employers to ...": the law's terms
		}
		if sec == Comparison && sc.resultEach(ws, k) {
			return NoClaim, 0, 0, false // "Brenn, who won on the Harbour Wall in each of the past two years": results on the record
		}
		if sec == Comparison && n == 1 && k+2 < len(ws) && (sc.is(&ws[k], "doubled") || sc.is(&ws[k], "tripled")) && (ws[k+1].in(lArticles) || possessive(sc.lowOf(&ws[k+1]))) && sc.is(&ws[k+2], "lead") && !(k+3 < len(ws) && sc.is(&ws[k+3], "over")) {
			return NoClaim, 0, 0, false // "Eli Stenby doubled the lead two minutes after the restart": a goal in the match; not "doubled its lead over the rest of the league in ticket sales"
		}
		if sec == Comparison && n == 3 && k > 2 && sc.is(&ws[k-1], "for") && (sc.is(&ws[k-3], "was") || sc.is(&ws[k-3], "were")) && sc.doneForm(&ws[k-2]) && sc.is(&ws[k+1], "first") && sc.is(&ws[k+2], "time") && sc.dated(ws, k+3) && !sc.overAll(ws) {
			return NoClaim, 0, 0, false // "The gate was shut for the first time in a test on Monday afternoon": a new thing's first use, a dated passive; not "for the first time in 40 years", nor "will lift Danner into the top 20 for the first time when the rankings are published on Tuesday"
		}
		if sec == Comparison && n == 3 && k > 0 && sc.is(&ws[k-1], "for") && sc.is(&ws[k+1], "first") && sc.is(&ws[k+2], "time") && sc.inYear(text, ws, k+3) && sc.onePerson(ws) {
			return NoClaim, 0, 0, false // "He met Ali for the first time in 1996": a person's dated first meeting, no record; not "for the first time in 40 years", nor "Many hill farmers voted for the Centre Party for the first time in 2025"
		}
		if sec == Comparison && n == 1 && sc.bodyChanged(ws, k) {
			return NoClaim, 0, 0, false // "The government halved the training bursary ... in its 2025 budget": a body's own act, on the record
		}
		if sec == Comparison && n == 1 && sc.tariffChange(ws, k) {
			return NoClaim, 0, 0, false // "The penalty fare doubled the same day, from 60 to 120 selvins": the tariff's old and new price
		}
		if sec == Prediction && n == 1 && sc.passedAside(ws, k) {
			return NoClaim, 0, 0, false // "The levy, passed by parliament in June, will charge producers 0.35 halders a litre": the law's terms
		}
		if sec == Prediction && sc.firm(ws, k, n) && sc.dated(ws, k+n) && sc.decided(ws) {
			return NoClaim, 0, 0, false // "Holders will pay more from April after councillors approved the rise": the decision's terms
		}
		if sec == Comparison && sc.demandTerms(ws) {
			return NoClaim, 0, 0, false // "wants maths teachers to be paid 10 percent more than colleagues": what the actor asks for
		}
		if sec == Statistic && plainClause(k) || sec == Comparison && plainSentence() && market {
			return NoClaim, 0, 0, false // "Shares in Norrgas closed 4 percent lower", "fell to a record low": the market's move on the record; a rank since a date ("their lowest close since 2015") is someone's reckoning (record, below)
		}
		return sec, k, k + n, true
	}
	for k := range ws {
		w := &ws[k]
		if w.punc != 0 {
			if (w.punc == ',' || w.punc == ';' || w.punc == ':' || w.punc == 'D') && !sc.ifAny(ws, k) {
				open, openUntil = -1, len(ws)
				crit = false
			}
			continue
		}
		if (w.cap || w.kind == tokens.Number) && shouted(text, ws, k) {
			continue // "WHERE OBAMA PLANS TO CREATE WORLD’S LARGEST MARINE AREA": a headline in capitals inside the text, no claim of its own
		}
		if k > 0 && (w.hi-w.lo == 7 || w.hi-w.lo == 2) && ws[k-1].punc == 0 && ws[k-1].in(lOpenQuestion) {
			if l := sc.lowOf(w); l == "whether" || l == "if" && !weakQuestion[sc.lowOf(&ws[k-1])] {
				open = k
			}
		}
		if k > 0 && (w.cls&cPronoun != 0 || w.in(lArticles) || sc.is(w, "that")) && ws[k-1].punc == 0 && possibilityWords[sc.lowOf(&ws[k-1])] {
			open = k // "It is possible that the strike will end before the summer", "there is a chance the bill will never reach a vote": a possibility, not a forecast
		}
		if (w.hi-w.lo >= 3 && w.hi-w.lo <= 5 || w.hi-w.lo == 7) && sc.indirectQuestion(ws, k) {
			open = k
			if k == 0 {
				openUntil = 5 // "How they will do that is ...", not the main clause after it
			}
		}
		if (w.kind == tokens.Number || w.in(lWordNumbers)) && sc.namedList(text, ws, k) {
			continue // "at least three victims: Ida Strand, Per Holm and Asa Lind": the count names whom it counts
		}
		if w.kind != tokens.Number && w.cls&(cClaimHint|cVagueAmount) == 0 && !sc.rankShaped(w) {
			// Most words: no check below can start at them; a word that
			// only opens a claim phrase ("the", "is", "a") is tried as
			// that alone (the checks between cost more than the phrase
			// lookup, most under WASM).
			if w.cls&cStartsClaim != 0 {
				if kind, st, end, ok := phrase(k); ok {
					return kind, st, end
				}
			}
			continue
		}
		if !crit && sc.criterion(ws, k) {
			crit = true
		}
		if w.kind == tokens.Number && !sc.nameNumber(text, ws, k) && !slashDate(text, ws, k) && !sc.ageNow(ws, k) && !sc.sizeLabel(text, ws, k) && sc.statistic(text, ws, k) && !sc.measure(text, ws, k) && !sc.threshold(ws, k) && sc.statSignal(text, ws, k) && !plainClause(k) {
			return Statistic, k, k + 1
		}
		if w.in(lWordNumbers) && !sc.is(w, "twice") && sc.perfectCount(ws, k) && sc.sentenceSignal(ws, k) && !sc.threshold(ws, k) && !plainClause(k) {
			return Statistic, k, k + 1 // "has faced protests at four other sites this year", "had failed two earlier inspections": a count kept over a span
		}
		if w.in(lWordNumbers) && sc.shareOfSet(ws, k) && sc.sentenceSignal(ws, k) && !plainClause(k) {
			return Statistic, k, k + 4 // "two of its four surgeons have left since 2022": a share of a set counted
		}
		if w.in(lWordNumbers) && sc.fromTo(ws, k) && sc.sentenceSignal(ws, k) && !plainClause(k) {
			return Statistic, k - 1, k + 1 // "had been cut from six operators a shift to four": a change counted
		}
		if w.cls&cVagueAmount != 0 && !(k > 0 && ws[k-1].kind == tokens.Number) && !sc.sceneAfter(ws, k) && !plainClause(k) { // vagueAmounts; "0.4 percent" is the number's
			return Statistic, k, k + 1
		}
		if k >= 3 && (sc.is(w, "dozen") || sc.is(w, "million") || sc.is(w, "billion")) && sc.is(&ws[k-1], "a") && ws[k-2].punc == 0 && ws[k-3].punc == 0 && bounds[sc.lowOf(&ws[k-3])+" "+sc.lowOf(&ws[k-2])] && (sc.sentenceSignal(ws, k) || sc.is(&ws[k-3], "fewer") || !sc.is(w, "dozen") || sc.countSubject(ws, k-1)) && !plainClause(k) {
			return Statistic, k - 3, k + 1 // "at least a dozen dairies went out of business", "hold fewer than a dozen villages", "cost the company more than a million halvets", "and at least a dozen nurses left", a count someone made
		}
		if k >= 2 && ws[k-1].punc == 0 && ws[k-2].punc == 0 && w.in(lWordNumbers) && bounds[sc.lowOf(&ws[k-2])+" "+sc.lowOf(&ws[k-1])] &&
			!(k+1 < len(ws) && (sc.is(&ws[k+1], "a") || sc.is(&ws[k+1], "an") || ws[k+1].cls&cTime != 0 || ws[k+1].in(lSpanWords) || sc.is(&ws[k+1], "dozen"))) &&
			(sc.sentenceSignal(ws, k) || sc.countSubject(ws, k) || k+1 < len(ws) && sc.is(&ws[k+1], "times") && sc.is(&ws[k-2], "at")) && !plainClause(k) {
			return Statistic, k - 2, k + 1 // "at least three clubs", "more than twice"; "At least three other teams fit their own meters", a count someone made; "was knocked out at least four times"
		}
		if k >= 4 && (w.in(lWordNumbers) || w.kind == tokens.Number) && sc.oneOfBound(ws, k) && !plainClause(k) {
			return Statistic, k - 4, k + 1 // "It was one of at least nine trampoline parks to open in Lorvane that year"
		}
		if k > 0 && sc.repeats(ws, k) && ws[k-1].punc == 0 && ws[k-1].in(lPenalties) {
			if sc.is(w, "twice") {
				return Statistic, k - 1, k + 1 // "was fined twice for overloading boats": a record of penalties
			}
			return Statistic, k - 1, k + 2 // "was fined three times"
		}
		if sc.is(w, "twice") && k > 1 && ws[k-1].punc == 0 && strings.HasSuffix(sc.lowOf(&ws[k-1]), "ed") && (sc.is(&ws[k-2], "been") || sc.haveForm(&ws[k-2])) {
			return Statistic, k - 1, k + 1 // "The bill has been delayed twice", "have clashed twice"
		}
		if sc.is(w, "twice") && k > 0 && k+1 < len(ws) && sc.haveForm(&ws[k-1]) && sc.doneForm(&ws[k+1]) {
			return Statistic, k - 1, k + 2 // "the ministry has twice turned down calls to make it law"
		}
		if sc.is(w, "once") && sc.onlyOnceIn(ws, k) {
			return Statistic, k - 1, k + 1 // "It has used that power only once, in 2014": a record kept
		}
		if (sc.is(w, "twice") || sc.is(w, "once")) && sc.timesBefore(ws, k) {
			return Statistic, k, k + 2 // "has backed down from similar threats twice before", "has bought flats only once before": a record kept
		}
		if sc.is(w, "once") && k > 1 && k+1 < len(ws) && sc.is(&ws[k-1], "only") && sc.haveForm(&ws[k-2]) && sc.doneForm(&ws[k+1]) {
			return Comparison, k - 1, k + 2 // "the upper house has only once rejected a finance bill"
		}
		if sc.owesTo(ws, k) {
			return Causal, k, k + 1 // "owes his rise almost entirely to Lusk"
		}
		if sc.is(w, "only") && sc.ofTheOnly(ws, k) {
			return Statistic, k, k + 2 // "of the nine countries that had a wealth tax in 1995, only two still have one"
		}
		if sc.changeByShare(ws, k) && !sc.decided(ws) {
			return Statistic, k, k + 1 // "Sales of its own cartridges fell by a third"; not "will rise by a third from April after councillors approved the increase"
		}
		if sc.onlyHas(ws, k) && !plainClause(k) {
			return Statistic, k - 1, k + 2 // "The hospital has only 14 intensive care beds", "has only two inspectors"
		}
		if k >= 3 && ws[k-3].punc == ',' && w.in(lWordNumbers) && sc.is(&ws[k-1], "from") && (sc.is(&ws[k-2], "down") || sc.is(&ws[k-2], "up")) && ws[k-1].punc == 0 && ws[k-2].punc == 0 && !plainClause(k) {
			return Statistic, k - 2, k + 1 // "only four inspectors for the region, down from eleven in 2019"
		}
		if k >= 2 && w.in(lWordNumbers) && sc.is(&ws[k-1], "from") && ws[k-2].punc == 0 && ws[k-2].in(lChangeWords) && !(k >= 3 && ws[k-3].in(lBeVerbs)) && sc.toCount(ws, k+1) && !plainClause(k) {
			return Statistic, k - 2, k + 1 // "has fallen from nine in 2018 to five this season": a count that changed; not "was cut from five to two", a body's act
		}
		if k+3 < len(ws) && sc.is(w, "one") && ws[k+1].punc == 0 && sc.is(&ws[k+2], "in") && ws[k+3].in(lCountWords) && !plainClause(k) {
			return Statistic, k, k + 4 // "one worker in five"
		}
		if n := sc.oneIn(ws, k); n > 0 && !plainClause(k) {
			return Statistic, k, k + n // "one nursing post in five", "one maths teaching post in six"
		}
		if sc.ofTheLast(ws, k) && !plainClause(k) {
			return Statistic, k, k + 5 // "in four of the last six quarters"
		}
		if sc.ofItsOwn(ws, k) && sc.sentenceSignal(ws, k) && !plainClause(k) {
			return Statistic, k, k + 4 // "which has failed two of its three drop tests this year"
		}
		if sc.shareInWords(ws, k) && !plainClause(k) {
			return Statistic, k, k + 3 // "roughly one in eight shared houses", "three in ten voters"
		}
		for i := range wordForms {
			if f := &wordForms[i]; f.at(sc, ws, k) {
				if f.kind == Comparison && plainSentence() && market {
					break // "Shares in the three largest housebuilders have risen by a third since": the market's record
				}
				return f.kind, k, k + f.width
			}
		}
		if sc.kindHabit(ws, k) {
			if sc.nearlyNever(ws, k) {
				return Comparison, k, k + 2 // "Magistrates almost never grant bail"
			}
			return Comparison, k, k + 1 // "Teams that survive on the final day usually find themselves ..."
		}
		if sc.countSince(ws, k) && !crit && (sc.repeats(ws, k) && sc.penalised(ws) || !plainSentence()) {
			return Statistic, k, k + 2 // "has been fined three times since 2021"
		}
		if (open < 0 || k >= openUntil) && sc.record(ws, k) && !(superlative(sc.lowOf(w)) && sc.describedRank(ws, k)) && !sc.placeRank(ws, k) && !sc.demandTerms(ws) && !(sc.sinceThisYear(ws, k) && plainSentence() && market) {
			return Comparison, k, k + 1
		}
		if kind, st, end, ok := phrase(k); ok {
			return kind, st, end
		}
	}
	return NoClaim, 0, 0
}

// offerTermsBefore reports whether ws[k] is in what a colon opens after
// an offer or a deal: the terms it sets out.
func (sc *scratch) offerTermsBefore(ws []word, k int) bool {
	for j := k - 1; j > 0; j-- {
		if ws[j].punc == ':' {
			for m := j - 1; m >= 0 && m >= j-8; m-- {
				if ws[m].punc == 0 && (offerNouns[sc.lowOf(&ws[m])] || dealNouns[sc.lowOf(&ws[m])]) {
					return true
				}
			}
			return false
		}
	}
	return false
}

// tariffChange reports whether the change word at ws[k] ("doubled")
// has a price for its subject and the old and new price after it in its
// clause: "The penalty fare doubled the same day, from 60 to 120".
func (sc *scratch) tariffChange(ws []word, k int) bool {
	priced := false
	for j := k - 1; j >= 0 && j >= k-4 && ws[j].punc == 0; j-- {
		priced = priced || priceNouns[sc.lowOf(&ws[j])]
	}
	if !priced {
		return false
	}
	for j := k + 1; j <= k+8; j++ {
		if sc.oldNewPrice(ws, j) {
			return true
		}
	}
	return false
}

// toCount reports whether "to" and a count follow ws[j] in its clause:
// "... in 2018 to five this season".
func (sc *scratch) toCount(ws []word, j int) bool {
	for m := j; m+1 < len(ws) && m <= j+4 && ws[m].punc == 0; m++ {
		if sc.is(&ws[m], "to") {
			return ws[m+1].punc == 0 && (ws[m+1].in(lWordNumbers) || ws[m+1].kind == tokens.Number)
		}
	}
	return false
}

// decisionAside returns the index of the comma that opens an aside on the
// sentence's subject, a short noun phrase, saying a body passed it ("The
// levy, passed by parliament in June,"), or -1.
func (sc *scratch) decisionAside(ws []word) int {
	c := 1
	for c < len(ws) && c <= 3 && ws[c].punc == 0 {
		c++
	}
	if c+2 >= len(ws) || ws[c].punc != ',' || !ws[0].in(lArticles) && !possessive(sc.lowOf(&ws[0])) || !decisionActs[sc.lowOf(&ws[c+1])] || !sc.is(&ws[c+2], "by") {
		return -1
	}
	return c
}

// passedAside reports whether the sentence's subject is a law or a
// decision whose passing an aside gives, right before "will" at ws[k]:
// "The levy, passed by parliament in June, will".
func (sc *scratch) passedAside(ws []word, k int) bool {
	if c := sc.decisionAside(ws); c < 0 || c+2 >= k {
		return false
	}
	return ws[k-1].punc == ',' && k+1 < len(ws) && lawTerms[sc.lowOf(&ws[k+1])] // not "will raise about 300 million a year", a forecast of what it brings in
}

// approvedTerms reports whether the sentence gives the terms of something
// a body passed, in the present after the aside that says so: "The Ardent
// programme, approved by parliament in 2021, covers five frigates at a
// total budget of 3.2 billion lunes". The figures are the decision's, on
// the record.
func (sc *scratch) approvedTerms(ws []word) bool {
	c := sc.decisionAside(ws)
	if c < 0 || c+3 >= len(ws) {
		return false
	}
	for j := c + 3; j+1 < len(ws) && j <= c+10; j++ {
		if ws[j].punc == ',' {
			l := sc.lowOf(&ws[j+1])
			return strings.HasSuffix(l, "s") && lawTerms[l[:len(l)-1]] && !sc.secondClause(ws, j+2) // "covers", "caps", "charges"; not "..., and it is 2 billion lunes over budget"
		}
		if ws[j].punc != 0 {
			return false
		}
	}
	return false
}

// secondClause reports whether a clause of its own follows ws[k]: a
// semicolon, or a comma before "and" or "but".
func (sc *scratch) secondClause(ws []word, k int) bool {
	for j := k; j < len(ws); j++ {
		if ws[j].punc == ';' || ws[j].punc == ',' && j+1 < len(ws) && (sc.is(&ws[j+1], "and") || sc.is(&ws[j+1], "but")) {
			return true
		}
	}
	return false
}

// lawTerms after "will" give what a law does, its terms: "will charge
// producers 0.35 halders a litre".
var lawTerms = wordtable.Words(`charge apply require ban allow cap
	limit cover exempt impose add`)

// relativeCut returns the index of a comma before "where" or "which", or
// before "since" or "because" and a subject, after ws[k], or 0: the end
// of the clause whose figures are judged plain or not ("Almost all of the
// estates are in the eastern plains, where the party holds two of the 31
// seats" is a count of the estates whatever the seats are).
func (sc *scratch) relativeCut(ws []word, k int) int {
	for j := k + 1; j+1 < len(ws); j++ {
		if ws[j].punc == ',' && (sc.is(&ws[j+1], "where") || sc.is(&ws[j+1], "which")) {
			return j
		}
		if ws[j].punc == ',' && j+3 < len(ws) && (sc.is(&ws[j+1], "since") || sc.is(&ws[j+1], "because")) && (sc.is(&ws[j+2], "the") || possessive(sc.lowOf(&ws[j+2]))) && ws[j+3].punc == 0 {
			return j // "..., down from six a decade ago, since the board cut its staff": the cause is a clause of its own
		}
	}
	return 0
}

// wordForm is a claim form found at a word whatever else its sentence
// says: the check, the kind of claim and how many words show it.
type wordForm struct {
	at    func(*scratch, []word, int) bool
	kind  ClaimKind
	width int
}

// wordForms are tried in order at each word claim looks at; no two of
// them match the same word.
var wordForms = [...]wordForm{
	{(*scratch).habit, Comparison, 2},         // "Strikes at other universities have usually ended within three weeks"
	{(*scratch).purposeOfAct, IntentClaim, 3}, // "cut its spending on the flood defences by almost half in 2022 to pay for a new sports hall"
	{(*scratch).timesThe, Comparison, 2},      // "Foreign students pay about three times the fee"
	{(*scratch).tendedTo, Comparison, 3},      // "Polls in Ostmark have tended to understate support for the party"
	{(*scratch).everySince, Comparison, 1},    // "in every major case since he joined the bench"
	{(*scratch).neverIn, Comparison, 1},       // "has never voted against a government budget in her 12 years in parliament"
	{(*scratch).notSince, Comparison, 2},      // "had not been cleaned since 1887"
	{(*scratch).trendSince, Comparison, 1},    // "has risen sharply since the pandemic"
	{(*scratch).onlyFewHave, Statistic, 2},    // "Only two women on the continent have jumped higher"
	{(*scratch).beHabit, Comparison, 2},       // "the ban is rarely enforced", "Fog on the bypass is usually thickest"
	{(*scratch).alreadyCount, Statistic, 1},   // "Two smaller refill firms in the capital have already gone out of business"
	{(*scratch).wouldHarm, Prediction, 1},     // "A cut would hurt the founding family most", "would have lost most of its pitches"
	{(*scratch).tookSpan, Comparison, 1},      // "in 1953, ... and it took the government 14 years to build the one that is now closed"
	{(*scratch).originOf, Causal, 1},          // "The outbreak began at a children's birthday party"
	{(*scratch).runningLate, Statistic, 3},    // "The new ship is now 18 months late"
	{(*scratch).notAllSeason, Comparison, 2},  // "had not finished higher than 14th all season"
	{(*scratch).notForYears, Comparison, 1},   // "has not made an unannounced visit ... for more than three years"
}

// modalNegations are a modal and "not" in one word (lowercase forms have
// straight apostrophes).
var modalNegations = wordtable.Words(`can't won't mustn't shouldn't`)

// notForYears reports whether the count at ws[k] opens a span of years,
// months or decades after "for" or "in" ("for more than three years", "in
// two decades") that a negation earlier in its clause holds over: a record
// someone kept, as "not ... since" is.
func (sc *scratch) notForYears(ws []word, k int) bool {
	if k < 2 || k+1 >= len(ws) || ws[k].kind != tokens.Number && !ws[k].in(lWordNumbers) || ws[k+1].punc != 0 || !ws[k+1].in(lSpanWords) {
		return false
	}
	b := k - 1
	if b > 1 && sc.is(&ws[b], "than") && sc.is(&ws[b-1], "more") {
		b -= 2
	} else if sc.is(&ws[b], "over") || sc.is(&ws[b], "nearly") || sc.is(&ws[b], "almost") {
		b--
	}
	if ws[b].punc != 0 || !sc.is(&ws[b], "for") && !sc.is(&ws[b], "in") {
		return false
	}
	j := sc.negationBefore(ws, b)
	return j >= 0 && !modalNegations[sc.lowOf(&ws[j])] && !(j > 0 && ws[j-1].in(lModals) && !sc.haveForm(&ws[j-1])) // not "may not sell shares for 12 months under the terms": a term
}

// negationBefore returns the index of "not", "never" or a word ending in
// "n't" earlier in the clause of ws[k], or -1.
func (sc *scratch) negationBefore(ws []word, k int) int {
	for j := k - 1; j >= 0 && ws[j].punc == 0; j-- {
		if l := sc.lowOf(&ws[j]); l == "not" || l == "never" || strings.HasSuffix(l, "n't") {
			return j
		}
	}
	return -1
}

// notAllSeason reports whether "all" at ws[k] opens a whole stretch of
// time ("all season", "all year") that a negation earlier in its clause
// holds over: "had not finished higher than 14th all season", a record
// someone kept; not "trained all winter".
func (sc *scratch) notAllSeason(ws []word, k int) bool {
	if !sc.is(&ws[k], "all") || k+1 >= len(ws) || ws[k+1].punc != 0 || !wholeStretches[sc.lowOf(&ws[k+1])] {
		return false
	}
	return sc.negationBefore(ws, k) >= 0
}

var wholeStretches = wordtable.Words(`season year month winter summer campaign term week`)

// perfectCount reports whether the number in words at ws[k] counts what
// a perfect tense a few words before it says was done: "has faced protests
// at four other sites", "had failed two earlier inspections". Not a number
// after a determiner ("the two countries") or "for" ("has worked there
// for three years"), a progressive ("have been filling containers at four
// collection points", a scene), nor a result ("have won the league title
// four times").
func (sc *scratch) perfectCount(ws []word, k int) bool {
	if k > 0 && ws[k-1].punc == 0 && (ws[k-1].in(lArticles|lDeterminers) || possessive(sc.lowOf(&ws[k-1])) || sc.is(&ws[k-1], "for")) {
		return false // "the two countries"; "has worked there for three years", a span
	}
	if k > 0 && k+1 < len(ws) && ws[k+1].punc == 0 && (ws[k+1].in(lSpanWords) || sc.is(&ws[k+1], "days")) && sc.doneForm(&ws[k-1]) {
		return false // "had spent three years running the club": a span of a life, no count kept; not "has spent the past three years waiting"
	}
	for j := k - 1; j >= 1 && j >= k-8 && ws[j].punc == 0; j-- {
		if sc.haveForm(&ws[j-1]) && sc.doneForm(&ws[j]) && !sc.is(&ws[j], "been") {
			return !ws[j].in(lWinVerbs) // not "have won the league title four times", a result on the record
		}
	}
	return false
}

// shareOfSet reports whether the word number at ws[k] opens a share of a
// counted set: "two of its four surgeons", "three of the five plants";
// not a scene on a day.
func (sc *scratch) shareOfSet(ws []word, k int) bool {
	if k+3 >= len(ws) || !sc.is(&ws[k+1], "of") || ws[k+2].punc != 0 || ws[k+3].punc != 0 {
		return false
	}
	l := sc.lowOf(&ws[k+2])
	if l == "the" && sc.sceneDay(ws) {
		return false // "two of the eight orthopaedic theatres stood empty on Tuesday morning": a scene the writer saw
	}
	return (l == "the" || possessive(l)) && (ws[k+3].in(lWordNumbers) || ws[k+3].kind == tokens.Number)
}

// sceneDay reports whether a sentence names a weekday or uses a verb of a
// scene: what the writer saw on a day.
func (sc *scratch) sceneDay(ws []word) bool {
	for j := range ws {
		if ws[j].punc == 0 && (ws[j].cap && weekday(sc.lowOf(&ws[j])) || sceneVerbs[sc.lowOf(&ws[j])]) {
			return true
		}
	}
	return false
}

// fromTo reports whether the word number at ws[k] follows "from" and a
// "to" and another count come within six words, what is counted between:
// "from six operators a shift to four".
func (sc *scratch) fromTo(ws []word, k int) bool {
	if k == 0 || !sc.is(&ws[k-1], "from") {
		return false
	}
	for j := k + 1; j+1 < len(ws) && j <= k+6 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "to") {
			return j > k+1 && (ws[j+1].in(lWordNumbers) || ws[j+1].kind == tokens.Number) // not "from five to two", a rating or a floor
		}
	}
	return false
}

// runningLate reports whether the count at ws[k] says how far behind its
// date a project now stands: "The new ship is now 18 months late", "is
// already two years behind schedule". Someone set the date and keeps the
// count. Not an arrival ("The ferry arrived an hour late"), a scene the
// writer saw.
func (sc *scratch) runningLate(ws []word, k int) bool {
	if k < 2 || k+2 >= len(ws) || ws[k].kind != tokens.Number && !ws[k].in(lWordNumbers) || ws[k+1].punc != 0 || !ws[k+1].in(lSpanWords) && !sc.is(&ws[k+1], "days") {
		return false
	}
	b := k - 1
	if ws[b].punc == 0 && (ws[b].in(lWillAdverbs) || sc.is(&ws[b], "already")) {
		b-- // "is now", "is already"
	}
	if ws[b].punc != 0 || !ws[b].in(lBeVerbs) {
		return false
	}
	l := &ws[k+2]
	return l.punc == 0 && (sc.is(l, "late") || sc.is(l, "overdue") || sc.is(l, "behind") && k+3 < len(ws) && sc.is(&ws[k+3], "schedule"))
}

// wouldHarm reports whether "would" at ws[k] forecasts a harm or a cost,
// or says what one would have been: "A cut would hurt the family most",
// "would have lost most of its football pitches if". Not "would" in a
// reported plan ("said it would close"), which its cue attributes, nor
// other verbs after it ("would meet on Monday").
func (sc *scratch) wouldHarm(ws []word, k int) bool {
	if !sc.is(&ws[k], "would") {
		return false
	}
	j := k + 1
	if j < len(ws) && (sc.is(&ws[j], "also") || sc.is(&ws[j], "only") || sc.is(&ws[j], "still")) {
		j++
	}
	if j+1 < len(ws) && sc.is(&ws[j], "have") {
		return harmDone[sc.lowOf(&ws[j+1])]
	}
	if j+2 < len(ws) && sc.is(&ws[j], "take") {
		for n := j + 1; n < len(ws) && n <= j+4 && ws[n].punc == 0; n++ {
			if ws[n].in(lSpanWords) || sc.is(&ws[n], "year") || sc.is(&ws[n], "months") {
				return true // "The retaining walls alone would take at least three years to build": how long, forecast
			}
		}
	}
	if j+3 < len(ws) && sc.is(&ws[j+1], "the") && sc.is(&ws[j+2], "same") && ws[j+3].kind == tokens.Number {
		return false // "Her pledge would cost the same 1.1 billion vennars a year": a figure already given, turned round
	}
	if j < len(ws) && sc.is(&ws[j], "leave") {
		for n := j + 1; n < len(ws) && n <= j+5 && ws[n].punc == 0; n++ {
			if leftWorse[sc.lowOf(&ws[n])] {
				return true // "A cut would leave Mellora's borrowers paying more": a harm forecast; not "would leave at nine"
			}
		}
	}
	return j < len(ws) && harmVerbs[sc.lowOf(&ws[j])]
}

// leftWorse after "would leave" and its object make it a harm: "paying
// more", "worse off", "without a doctor".
var leftWorse = wordtable.Words(`paying worse without short facing stranded exposed homeless jobless`)

var harmVerbs = wordtable.Words(`hurt hit cost wipe kill destroy ruin cripple bankrupt devastate damage`)

var harmDone = wordtable.Words(`lost cost died killed destroyed ruined wiped hurt damaged collapsed`)

// changeByShare reports whether a share in words at ws[k] measures a
// change before it: "fell by a third", "fell to a quarter", "cut by
// half"; a statistic without a figure.
func (sc *scratch) changeByShare(ws []word, k int) bool {
	switch sc.lowOf(&ws[k]) {
	case "third", "quarter", "fifth", "tenth", "half", "thirds":
	default:
		return false
	}
	j := k - 1
	if j > 0 && (sc.is(&ws[j], "a") || sc.is(&ws[j], "one") || sc.is(&ws[j], "two") || sc.is(&ws[j], "three")) {
		j--
	}
	if j < 1 || !sc.is(&ws[j], "by") && !sc.is(&ws[j], "to") {
		return false
	}
	p := &ws[j-1]
	if p.punc == 0 && (sc.is(p, "about") || sc.is(p, "almost") || sc.is(p, "nearly") || sc.is(p, "roughly")) && j > 1 {
		p = &ws[j-2] // "fell by about a third"
	}
	return p.punc == 0 && (p.in(lChangeWords) || sc.is(p, "reduced") || sc.is(p, "increased"))
}

// alreadyCount reports whether a sentence opening on a count in words
// says how many have already done something: "Two smaller refill firms
// in the capital have already gone out of business"; someone counted.
func (sc *scratch) alreadyCount(ws []word, k int) bool {
	if f := sc.lowOf(&ws[0]); k != 0 || !countInWords(f) && f != "several" && f != "many" && f != "most" {
		return false // "Several of those packing houses have already begun buying leaf abroad"
	}
	for j := 2; j+2 < len(ws) && j <= 7 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "have") || sc.is(&ws[j], "has") {
			if sc.doneForm(&ws[j+1]) && countInWords(sc.lowOf(&ws[0])) {
				for e := j + 2; e < len(ws) && ws[e].punc == 0; e++ {
					if sc.is(&ws[e], "since") {
						return true // "Nine hospices have closed in Sundavia since 2022": counted over a span
					}
				}
			}
			return sc.is(&ws[j+1], "already") && (sc.doneForm(&ws[j+2]) || sc.is(&ws[j+2], "gone") || sc.is(&ws[j+2], "begun"))
		}
	}
	return false
}

// onlyFewHave reports whether "only" at ws[k] opens its sentence or clause
// with a count of people or things that have done something, in a perfect
// tense: "Only two women on the continent have jumped higher indoors this
// winter", "only three of the 40 councillors have signed"; a record
// someone has to have kept. Not a scene ("Only two people turned up").
func (sc *scratch) onlyFewHave(ws []word, k int) bool {
	if !sc.is(&ws[k], "only") || k+3 >= len(ws) || k > 0 && !(ws[k-1].punc == ',' || ws[k-1].punc == ';' || ws[k-1].punc == ':' || sc.is(&ws[k-1], "and") || sc.is(&ws[k-1], "but")) {
		return false
	}
	c := k + 1
	if c+1 < len(ws) && approximators[sc.lowOf(&ws[c])] {
		c++ // "Only about 900 patients"
	}
	if n := &ws[c]; n.punc != 0 || !(n.kind == tokens.Number || countInWords(sc.lowOf(n)) || sc.is(n, "one")) {
		return false
	}
	skipped, limit := false, k+10
	for j := c + 1; j+1 < len(ws) && j <= limit; j++ {
		if ws[j].punc == ',' && !skipped {
			// An appositive set off by commas: "Only one other first
			// novel, Hanna Voll's "The Lamp Room" in 2009, has won".
			e := j + 1
			for e < len(ws) && e <= j+14 && ws[e].punc != ',' && ws[e].punc != '.' && ws[e].punc != ';' {
				e++
			}
			if e >= len(ws) || ws[e].punc != ',' {
				return false
			}
			limit += e - j
			j, skipped = e, true
			continue
		}
		if ws[j].punc != 0 && ws[j].punc != 'Q' {
			return false
		}
		if (sc.is(&ws[j], "has") || sc.is(&ws[j], "have")) && ws[j+1].punc == 0 {
			p := &ws[j+1]
			if sc.is(p, "been") && j+2 < len(ws) && ws[j+2].punc == 0 {
				p = &ws[j+2] // "have been moved back"
			}
			return sc.doneForm(p) || sc.is(p, "ever") || sc.is(p, "never") || sc.is(p, "yet") || sc.is(p, "so") || sc.is(p, "gone") // not "have to travel"; "only four such cases have gone to trial"
		}
	}
	return false
}

// onlyHas reports whether the count at ws[k] is what a body has "only" of:
// "has only 14 intensive care beds", "has only two inspectors for air
// traffic services", a scarcity someone counted; not "has only one"
// (one thing), nor "had only two days" (a span).
func (sc *scratch) onlyHas(ws []word, k int) bool {
	if k < 2 || k+1 >= len(ws) || !(ws[k].kind == tokens.Number || ws[k].in(lWordNumbers)) || !sc.is(&ws[k-1], "only") || !sc.haveForm(&ws[k-2]) {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+3 && ws[j].punc == 0; j++ {
		if ws[j].cls&cTime != 0 || ws[j].in(lSpanWords) {
			return false
		}
		if plural(sc.lowOf(&ws[j])) || unmarkedPlurals[sc.lowOf(&ws[j])] {
			return true // "has only four water-bombing aircraft"
		}
	}
	return false
}

// unmarkedPlurals are plurals with no -s.
var unmarkedPlurals = wordtable.Words(`aircraft people children personnel cattle
	sheep fish deer livestock police`)

// shareInWords reports whether ws[k:k+3] is a share written in words: "one
// in eight", "three in ten", "two of every three"; not "one in a million"
// (a figure of speech).
func (sc *scratch) shareInWords(ws []word, k int) bool {
	if k+2 >= len(ws) || ws[k+1].punc != 0 || ws[k+2].punc != 0 || !sc.is(&ws[k+1], "in") && !(sc.is(&ws[k+1], "of") && sc.is(&ws[k+2], "every")) {
		return false // "two of every three textbooks"; not "two of three candidates", a count
	}
	l, m := sc.lowOf(&ws[k]), sc.lowOf(&ws[k+2])
	if m == "every" && k+3 < len(ws) && ws[k+3].punc == 0 {
		m = sc.lowOf(&ws[k+3]) // "two in every three claims"
	}
	if l == "one" && m == "a" && k+3 < len(ws) && (sc.is(&ws[k+3], "hundred") || sc.is(&ws[k+3], "thousand")) {
		return true // "fewer than one in a hundred"; not "one in a million", a figure of speech
	}
	return (l == "one" || countInWords(l)) && (countInWords(m) || ws[k+2].kind == tokens.Number && m == "10" || l == "one" && sc.denominator(ws, k+2)) // "one in 50"
}

// denominator reports whether the number at ws[j] can be a share's
// denominator, "one in 50": not a year ("the last one is due in 2034")
// nor a span ("one goal in 50 minutes").
func (sc *scratch) denominator(ws []word, j int) bool {
	if ws[j].kind != tokens.Number {
		return false
	}
	if yearShaped(sc.lowOf(&ws[j])) {
		return false
	}
	return j+1 >= len(ws) || ws[j+1].punc != 0 || ws[j+1].cls&cTime == 0 && !ws[j+1].in(lSpanWords) && !ws[j+1].in(lPeriodWords)
}

// oneNounIn reports whether the word at ws[k] is the noun of a share
// written "one <noun> in <count>": "one claim in 50", a thing counted,
// not a verb of saying.
func (sc *scratch) oneNounIn(ws []word, k int) bool {
	return k > 0 && k+2 < len(ws) && sc.is(&ws[k-1], "one") && sc.is(&ws[k+1], "in") && (sc.denominator(ws, k+2) || countInWords(sc.lowOf(&ws[k+2])))
}

// oneIn returns the length of a share written "one <noun> in <count>" at
// ws[k] with one to three words for the noun ("one nursing post in five",
// "one maths teaching post in six"), or 0.
func (sc *scratch) oneIn(ws []word, k int) int {
	if !sc.is(&ws[k], "one") && !(countInWords(sc.lowOf(&ws[k])) && k+1 < len(ws) && plural(sc.lowOf(&ws[k+1]))) {
		return 0 // "one nursing post in five", "two voters in three"
	}
	last := k + 4
	if !sc.is(&ws[k], "one") {
		last = k + 2 // "two voters in three"; not "The six officers sat in two rows"
	}
	for m := k + 2; m <= last && m+1 < len(ws) && ws[m-1].punc == 0; m++ {
		if ws[m].punc == 0 && sc.is(&ws[m], "in") {
			if sc.is(&ws[m+1], "every") && m+2 < len(ws) && ws[m+2].punc == 0 && sc.is(&ws[k], "one") {
				m++ // "one hearing aid in every four bought"
			}
			if (countInWords(sc.lowOf(&ws[m+1])) || sc.is(&ws[k], "one") && sc.denominator(ws, m+1)) && !(m+2 < len(ws) && ws[m+2].punc == 0 && !sc.is(&ws[k], "one") && plural(sc.lowOf(&ws[m+2]))) {
				return m + 2 - k // not "two boys in three years", "two teams in three groups"
			}
			return 0
		}
	}
	return 0
}

// ofTheLast reports whether a count in words at ws[k] is a share of a
// run of periods or contests: "four of the last six quarters", "in only
// one of the last three years", "lost money in three of its last four
// years" (as "13 of the past 19 contests" is).
func (sc *scratch) ofTheLast(ws []word, k int) bool {
	if k+4 >= len(ws) || !sc.is(&ws[k+1], "of") || !(sc.is(&ws[k+2], "the") || sc.is(&ws[k+2], "its") || sc.is(&ws[k+2], "their")) || !(sc.is(&ws[k+3], "last") || sc.is(&ws[k+3], "past")) {
		return false
	}
	l := sc.lowOf(&ws[k])
	if !(countInWords(l) || l == "one") || !(ws[k+4].kind == tokens.Number || ws[k+4].in(lWordNumbers)) {
		return false
	}
	return k+5 >= len(ws) || ws[k+5].punc != 0 || !contests[sc.lowOf(&ws[k+5])]
}

// resultEach reports whether a run of periods at ws[k] ("in each of the
// past two years", "each of the last three seasons") counts results in an
// aside on the winner: ", who won" comes before it, with no punctuation
// between. Results are on the record, as "won six of the past seven
// contests" is; "lost money in each of the last four years" is a
// company's books.
func (sc *scratch) resultEach(ws []word, k int) bool {
	if !sc.is(&ws[k], "each") && !(sc.is(&ws[k], "in") && k+1 < len(ws) && sc.is(&ws[k+1], "each")) {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-8 && ws[j].punc == 0; j-- {
		if sc.is(&ws[j], "won") {
			return j > 1 && sc.is(&ws[j-1], "who") && ws[j-2].punc == ',' // an aside on the winner; not "Velthorne riders have won it in each of the last three years", the sentence's own claim
		}
	}
	return false
}

// ofItsOwn reports whether a count in words at ws[k] is a failure among
// the subject's own set: "has failed two of its three drop tests", a
// record someone kept (not "two of the three judges", the people in
// view, nor "shut down one of its two kilns", an act).
func (sc *scratch) ofItsOwn(ws []word, k int) bool {
	if k == 0 || k+3 >= len(ws) || !countInWords(sc.lowOf(&ws[k])) && !sc.is(&ws[k], "one") || !sc.is(&ws[k+1], "of") || !(sc.is(&ws[k+2], "its") || sc.is(&ws[k+2], "their")) {
		return false
	}
	if l := sc.lowOf(&ws[k-1]); l != "failed" && l != "lost" && l != "missed" && l != "flunked" {
		return false // a failure counted; not "shut down one of its two kilns", an act in view
	}
	return ws[k+3].kind == tokens.Number || countInWords(sc.lowOf(&ws[k+3]))
}

// contests are what results count, on the record for anyone to see: "won
// six of the past seven contests", "scoring five of the last seven
// points".
var contests = wordtable.Words(`points games matches sets frames
	finals contests races primaries caucuses rounds
	fixtures starts meetings holes innings bouts fights`)

// purposeOfAct reports whether "to" at ws[k] opens the purpose the
// writer gives a public act in its clause: "The council cut its repairs
// budget by 12 percent two years ago to close a gap in its accounts",
// "cut its budget ... by a third to help pay for a new hospital". The act
// is on the record; why it was done is a motive someone has to give.
func (sc *scratch) purposeOfAct(ws []word, k int) bool {
	if !sc.is(&ws[k], "to") || k+2 >= len(ws) || ws[k+1].punc != 0 || ws[k+2].punc != 0 {
		return false
	}
	if k >= 2 && sc.is(&ws[k-2], "did") && (sc.is(&ws[k-1], "so") || sc.is(&ws[k-1], "this") || sc.is(&ws[k-1], "it")) && purposeVerbs[sc.lowOf(&ws[k+1])] {
		return true // "It did so to meet cost targets set by its new owners"; not "did so to loud applause"
	}
	switch n, m := sc.lowOf(&ws[k+1]), sc.lowOf(&ws[k+2]); {
	case n == "pay" && m == "for", n == "help" && (m == "pay" || m == "fund" || m == "cover" || m == "close"),
		n == "fund" || n == "balance", n == "close" && (m == "a" || m == "the"), n == "free" && m == "up":
	default:
		return false
	}
	for j := k - 1; j >= 0 && j >= k-16 && ws[j].punc == 0; j-- {
		switch sc.lowOf(&ws[j]) {
		case "cut", "reduced", "raised", "froze", "closed":
			return true // a public act on money or a service
		}
	}
	return false
}

// purposeVerbs after "did so to" make a purpose, not a reception ("did so
// to loud applause").
var purposeVerbs = wordtable.Words(`meet save cut avoid win keep
	protect raise reduce ease stop head appease
	please secure force pay fund boost attract
	punish prevent limit shore satisfy placate hide`)

// timeUnits after "almost every" make a frequency, not a count.
var timeUnits = wordtable.Words(`day week month year morning
	night evening time weekend season summer winter`)

// wordBefore reports whether the word w stands in the clause of ws[k]
// within n words before it: "whose" opening a relative clause ("a
// coastal town whose station desk will close"), "than" before what
// something is compared with.
func (sc *scratch) wordBefore(ws []word, k, n int, w string) bool {
	for j := k - 1; j >= 0 && j >= k-n && ws[j].punc == 0; j-- {
		if sc.is(&ws[j], w) {
			return true
		}
	}
	return false
}

// wordAfter reports whether the word w stands in the clause of ws[k]
// within n words from it: "as" after "think of those men".
func (sc *scratch) wordAfter(ws []word, k, n int, w string) bool {
	for j := k; j < len(ws) && j < k+n && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], w) {
			return true
		}
	}
	return false
}

// markedWhere reports whether "will" at ws[k] is in a clause of place
// after a verb of showing: "poles marked where the wall will run", "a
// map showing where the line will go"; the plan shown, not a forecast.
func (sc *scratch) markedWhere(ws []word, k int) bool {
	for j := k - 1; j >= 1 && j >= k-7 && ws[j].punc == 0; j-- {
		if sc.is(&ws[j], "where") {
			return ws[j-1].punc == 0 && showingVerbs[sc.lowOf(&ws[j-1])]
		}
	}
	return false
}

var showingVerbs = wordtable.Words(`marked marks mark marking showed shows
	show showing shown indicated indicates staked traced traces`)

// counterfactual reports whether a sentence opens on "Without" and says
// what would happen then: "Without that rule, most of the roofs would be
// covered in foreign reed within a generation" is a prediction and a
// cause in one.
// It returns the index of "would", or 0.
func (sc *scratch) counterfactual(ws []word) int {
	if len(ws) < 4 || !sc.is(&ws[0], "without") {
		return 0
	}
	comma := false
	for j := 1; j < len(ws); j++ {
		if ws[j].punc == ',' {
			comma = true
		} else if comma && ws[j].punc == 0 && sc.is(&ws[j], "would") {
			return j
		}
	}
	return 0
}

// mostOfOpens reports whether the sentence opens on a share of a group as
// its subject: "Most of those break-ins happened within a week", "Most of
// the damage was done by the surge"; a generalisation someone has to
// have counted. Not "most of them" after a comma, a description of people
// in view.
func (sc *scratch) mostOfOpens(ws []word) bool {
	if len(ws) > 3 && (sc.is(&ws[0], "only") || sc.is(&ws[0], "just")) && ws[1].in(lWordNumbers) && sc.is(&ws[2], "of") && (sc.is(&ws[3], "the") || sc.is(&ws[3], "its") || sc.is(&ws[3], "their")) {
		ws = ws[1:] // "Only three of the 11 ports that applied received any money"; not "Only two of them have been here before", a scene
	}
	if len(ws) >= 5 && sc.is(&ws[0], "most") && ws[1].punc == 0 && !ws[1].cap && plural(sc.lowOf(&ws[1])) {
		for j := 2; j < len(ws) && j <= 5 && ws[j].punc == 0; j++ {
			if l := sc.lowOf(&ws[j]); l == "who" || l == "that" || l == "which" {
				return true // "Most nurses who move to Lorvania stay", "Most countries in the region that kept conscription require": a kind counted; not "Most shops were closed"
			}
		}
	}
	if len(ws) >= 5 && sc.is(&ws[0], "many") && sc.is(&ws[1], "of") && (sc.is(&ws[2], "them") || sc.is(&ws[2], "those") || sc.is(&ws[2], "the")) {
		if sc.is(&ws[3], "who") || sc.is(&ws[4], "who") {
			return true // "Many of those who bought it were pupils of private tutoring schools": a kind counted
		}
		return sc.presentState(ws, 3) // "Many of them are still owed money"; not "Many of the passengers spent the night in the terminal", a scene
	}
	if len(ws) < 5 || !(sc.is(&ws[0], "most") || sc.is(&ws[0], "much") || ws[0].in(lWordNumbers) && !sc.is(&ws[0], "one")) || !sc.is(&ws[1], "of") || ws[2].punc != 0 {
		return false // "Most of those ...", "Two of the ferries were delivered late"
	}
	switch sc.lowOf(&ws[2]) {
	case "the", "those", "these", "its", "their", "that", "them":
		c := 3
		if ws[3].kind == tokens.Number && len(ws) > 5 {
			c = 4 // "Most of the 4,200 crowd"
		}
		if tallies[sc.lowOf(&ws[c])] || c+1 < len(ws) && ws[c].in(lWordNumbers) && tallies[sc.lowOf(&ws[c+1])] {
			return false // "Six of the nine votes against came from the staff members": a tally on the record
		}
		if crowds[sc.lowOf(&ws[c])] && (sc.is(&ws[0], "much") || sc.is(&ws[0], "most") && !sc.presentState(ws, c+1)) {
			return false // "Much of the crowd rose to its feet", "Most of the 4,200 crowd stayed in their seats": a scene; not "Most of the crowd are season-ticket holders"
		}
		for j := c + 1; j < len(ws) && j <= c+4 && ws[j].punc == 0; j++ {
			if sc.spentTheNight(ws, j) {
				return false // "Most of the evacuated residents spent the day in the sports hall": a scene
			}
		}
		return true // "Most of them had their payments stopped": at a sentence's start, a count; not ", most of them heading home"
	default:
		if ws[2].cap && possessive(sc.lowOf(&ws[2])) && sc.is(&ws[0], "most") {
			return true // "Most of Vessick's residents are elderly former mining families"
		}
	case "last", "this":
		return ws[3].punc == 0 && possessive(sc.lowOf(&ws[3])) // "Most of last year's extra losses came"
	}
	return false
}

// tallies are what a count on the record counts: "Six of the nine votes".
var tallies = wordtable.Words(`votes seats ballots`)

// crowds are gatherings a reporter sees: "Much of the crowd rose".
var crowds = wordtable.Words(`crowd audience room hall stadium gallery chamber congregation`)

// presentState reports whether the verb of a clause from ws[j] is a
// state in the present ("are still owed", "have lost", "remain"), before
// any verb in the past.
func (sc *scratch) presentState(ws []word, j int) bool {
	for ; j < len(ws) && j <= 8 && ws[j].punc == 0; j++ {
		switch l := sc.lowOf(&ws[j]); {
		case l == "are" || l == "have" || l == "remain" || l == "still" || practiceVerbs[l]:
			return true
		case strings.HasSuffix(l, "ed") || l == "were" || l == "was" || l == "had" || sceneVerbs[l]:
			return false
		}
	}
	return false
}

// commonPractice returns where a sentence, or a clause of it, opens on
// "Most" or "Few" and a plural that does something as a rule, in the
// present: "Most women in Norvessa now have their first child after 31",
// "Few members ever read them", "most sign on a tablet"; how a whole group
// behaves is something someone counted. Not a scene in the past ("Most shops were closed",
// "Few buses ran"), and not a view ("Most analysts say", a vague source).
// It returns -1 where there is none.
func (sc *scratch) commonPractice(ws []word) int {
	if sc.practiceFrom(ws) {
		return 0
	}
	for j := 2; j+3 < len(ws); j++ {
		if ws[j-1].punc == ',' && sc.is(&ws[j], "most") && sc.is(&ws[j+1], "of") && (sc.is(&ws[j+2], "whom") || sc.is(&ws[j+2], "which")) {
			return j // "voters under 30, most of whom stayed at home last time": a share someone counted
		}
		if ws[j-1].punc == ',' && sc.is(&ws[j], "many") && sc.is(&ws[j+1], "of") && sc.is(&ws[j+2], "whom") {
			return j // "voters over 55, many of whom keep their savings in Drestavian banks"
		}
		// Or a clause of its own: "..., and most of them do it in the
		// yards of their houses"; "...: most sign on a tablet".
		if (ws[j-1].punc == ';' || ws[j-1].punc == ':' || sc.is(&ws[j-1], "and") && ws[j-2].punc == ',') && sc.is(&ws[j], "most") && sc.practiceFrom(ws[j:]) {
			return j
		}
	}
	return -1
}

// practiceFrom is commonPractice for a clause opening at ws[0].
func (sc *scratch) practiceFrom(ws []word) bool {
	if len(ws) < 4 || !(sc.is(&ws[0], "most") || sc.is(&ws[0], "few")) || ws[1].punc != 0 || ws[1].cap {
		return false
	}
	j := 2
	switch {
	case sc.is(&ws[1], "of") && (sc.is(&ws[2], "them") || sc.is(&ws[2], "those")) && sc.is(&ws[0], "most"):
		j = 3 // "most of them do it at home"
	case practiceVerbs[sc.lowOf(&ws[1])] && sc.is(&ws[0], "most"):
		j = 1 // "most sign on a tablet"
	default:
		// One or two modifiers first: "Most winter crashes on the county's
		// roads happen", "Most mountain rescue teams in Quelvaria have".
		h := 1
		for h < 3 && ws[h].punc == 0 && !ws[h].cap && ws[h].cls&cStop == 0 && !plural(sc.lowOf(&ws[h])) {
			h++
		}
		if ws[h].punc != 0 || !plural(sc.lowOf(&ws[h])) {
			return false
		}
		j = h + 1
	}
	if sc.is(&ws[j], "in") && j+1 < len(ws) && ws[j+1].cap {
		for j++; j < len(ws) && ws[j].punc == 0 && ws[j].cap; j++ {
		}
	} else if j < len(ws) && ws[j].punc == 0 && (sc.is(&ws[j], "at") || sc.is(&ws[j], "on") || sc.is(&ws[j], "in")) {
		// "most deaths at open-water events happen in the first few
		// hundred metres": a short phrase, then the verb
		for e := j + 1; e < len(ws) && e <= j+6 && ws[e].punc == 0; e++ {
			if practiceVerbs[sc.lowOf(&ws[e])] && !practiceVerbs[sc.lowOf(&ws[e-1])] {
				j = e
				break
			}
		}
	}
	ever := false
	for ; j < len(ws) && ws[j].punc == 0 && practiceAdverbs[sc.lowOf(&ws[j])]; j++ {
		ever = ever || sc.is(&ws[j], "ever")
	}
	if j >= len(ws) || ws[j].punc != 0 || !(practiceVerbs[sc.lowOf(&ws[j])] || ever && !ws[j].cap) {
		return false
	}
	if (sc.is(&ws[j], "have") || sc.is(&ws[j], "are")) && j+1 < len(ws) && ws[j+1].punc == 0 {
		n := sc.lowOf(&ws[j+1])
		return !(strings.HasSuffix(n, "ed") || strings.HasSuffix(n, "en") && !strings.HasSuffix(n, "men") || strings.HasSuffix(n, "ing") || n == "gone" || n == "left" || n == "fled" || n == "come")
		// not "Most guests have gone home", "are leaving": what happened in view
	}
	return true
}

// practiceAdverbs and practiceVerbs make a group's habit in the present:
// "now have", "ever read", "still live".
var practiceAdverbs = wordtable.Words(`now still already ever never rarely
	usually also only typically normally`)

var practiceVerbs = wordtable.Words(`have are live work stay earn
	pay sign use own spend buy rent leave
	vote prefer rely depend receive choose drive
	keep go do happen occur send give return move marry
	sleep get eat shop travel commute come book`)

// sceneCount reports whether a sentence opening on a count in words ("Twelve
// of the coins") describes where things were, as a reporter sees them:
// "Twelve of the coins lay in a glass case", "Eight of the new carriers
// stayed parked in a row"; not "Most of ...", a share someone counted.
func (sc *scratch) sceneCount(ws []word) bool {
	if !countInWords(sc.lowOf(&ws[0])) {
		return false
	}
	for j := 3; j < len(ws) && j <= 10; j++ { // past an aside: "Two of the development riders, both 19, rode"
		if ws[j].punc == 0 && sceneVerbs[sc.lowOf(&ws[j])] {
			return true
		}
	}
	return false
}

var wonLost = wordtable.Words(`won lost run held beaten been`)

// owesTo reports whether "owes" at ws[k] gives a cause: "owes his rise
// almost entirely to Lusk", "owes less to the new rules than"; not a debt
// ("owes 40,000 dravels to the bank").
func (sc *scratch) owesTo(ws []word, k int) bool {
	if !sc.is(&ws[k], "owes") && !sc.is(&ws[k], "owed") && !sc.is(&ws[k], "owe") || k+1 < len(ws) && sc.is(&ws[k+1], "it") {
		return false // not "owe it to my mother", a duty
	}
	for j := k + 1; j < len(ws) && j <= k+6 && ws[j].punc == 0; j++ {
		if ws[j].kind == tokens.Number || amountWords[sc.lowOf(&ws[j])] || debtWords[sc.lowOf(&ws[j])] {
			return false
		}
		if sc.is(&ws[j], "to") {
			return j > k+1 && !sc.is(&ws[j-1], "up") // not "The purses he owes add up to", a sum
		}
	}
	return false
}

// dueVerbs after "due to" make it a timetable: "due to start", "due to
// open"; not "due to the storm".
var dueVerbs = wordtable.Words(`start begin open close arrive leave
	be finish end meet sit resume return expire
	retire report take go run launch sail land`)

// instructed before "to avoid" make it what someone was told or tried to
// do, not the writer's reading of a motive.
var instructed = wordtable.Words(`told urged asked advised warned ordered
	tried trying try want wants wanted how way ways
	hoped hope hopes able ability managed sought seeks seek helped help helps`)

// whenNext reports whether a time, a date or a stretch of time opens at
// ws[k]: "10am", "a 90-day review", "March", "the vote".
func (sc *scratch) whenNext(ws []word, k int) bool {
	if ws[k].punc != 0 {
		return false
	}
	if (sc.is(&ws[k], "a") || sc.is(&ws[k], "an") || sc.is(&ws[k], "the")) && k+1 < len(ws) {
		k++
	}
	l := sc.lowOf(&ws[k])
	return ws[k].kind == tokens.Number || ws[k].cls&(cTime|cMonth) != 0 || ws[k].cap && weekdayOrMonth(l) || seasons[l] || periodWords[l] || calendarSpans[l]
}

var debtWords = wordtable.Words(`money debts rent taxes wages fees bills interest arrears`)

// ofTheOnly reports whether "only" at ws[k], with a count after it,
// follows a phrase opening on "of the" and a count: "Of the 40 schools
// inspected, only three passed", "..., of the nine countries in the region
// that had one in 1995, only two still have one".
func (sc *scratch) ofTheOnly(ws []word, k int) bool {
	if k < 4 || k+1 >= len(ws) || !(ws[k+1].kind == tokens.Number || countInWords(sc.lowOf(&ws[k+1]))) {
		return false
	}
	j := k - 1
	if ws[j].punc == ',' {
		j--
	}
	for ; j >= 1 && ws[j].punc == 0; j-- {
		if sc.is(&ws[j], "of") && sc.is(&ws[j+1], "the") && j+2 < k && (ws[j+2].kind == tokens.Number || countInWords(sc.lowOf(&ws[j+2]))) {
			return j == 0 || ws[j-1].punc != 0
		}
	}
	return sc.is(&ws[0], "of") && sc.is(&ws[1], "the") && (ws[2].kind == tokens.Number || countInWords(sc.lowOf(&ws[2])))
}

// threshold reports whether the number at ws[k] is a bound in a
// condition, a rule's terms: "start repaying once they earn more than
// 27,000 dravels a year", "closes the road if the river rises above four
// metres".
func (sc *scratch) threshold(ws []word, k int) bool {
	bound := false
	for j := k - 1; j >= 0 && j >= k-7 && ws[j].punc == 0; j-- {
		switch sc.lowOf(&ws[j]) {
		case "than", "over", "above", "below", "under", "exceeds", "exceed", "tops", "passes", "reach", "reaches":
			bound = true
		case "once", "if", "unless", "until", "whenever":
			return bound && j < k-2
		}
	}
	return false
}

// sceneAfter reports whether "dozens", "hundreds" or "thousands" at ws[k]
// counts things in a scene the reporter describes: "smoke from dozens of
// small fires hung over the roofs", "hundreds of boats lay at anchor",
// "Thousands of delegates rose to their feet".
func (sc *scratch) sceneAfter(ws []word, k int) bool {
	if !sc.is(&ws[k], "dozens") && !sc.is(&ws[k], "hundreds") && !sc.is(&ws[k], "thousands") {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+6 && ws[j].punc == 0; j++ {
		if sceneVerbs[sc.lowOf(&ws[j])] || sc.is(&ws[j], "rose") && j+3 < len(ws) && sc.is(&ws[j+1], "to") && sc.is(&ws[j+3], "feet") {
			return true // not "Thousands of homes rose in value"
		}
	}
	return false
}

var sceneVerbs = wordtable.Words(`lay stood sat stayed hung remained lined waited
	rode walked watched cheered clapped wept sang marched
	gathered lining queued queuing crowded packed filled dotted`)

// shareComesFrom reports whether a sentence opening on "Much of" or
// "Most of" says where that share comes from: a cause the writer gives.
// It returns the index of "came" or "comes", or 0.
func (sc *scratch) shareComesFrom(ws []word) int {
	if len(ws) < 5 || !(sc.is(&ws[0], "much") || sc.is(&ws[0], "most")) || !sc.is(&ws[1], "of") {
		return 0
	}
	for j := 2; j+1 < len(ws) && j <= 10 && ws[j].punc == 0; j++ {
		if (sc.is(&ws[j], "comes") || sc.is(&ws[j], "came") || sc.is(&ws[j], "come")) && (sc.is(&ws[j+1], "from") || sc.is(&ws[j+1], "after")) { // "Much of that fall came after the council raised green fees": a cause implied
			return j
		}
	}
	return 0
}

// speechAfter reports whether the clause's perfect after ws[j] is a verb
// of saying: "none of its members has yet said"; not "none of the plants
// it promised has yet been given".
func (sc *scratch) speechAfter(ws []word, j int) bool {
	for i := j + 1; i < len(ws) && ws[i].punc == 0; i++ {
		if sc.haveForm(&ws[i]) {
			for i++; i < len(ws) && (sc.is(&ws[i], "yet") || sc.is(&ws[i], "ever") || sc.is(&ws[i], "not") || sc.is(&ws[i], "publicly")); i++ {
			}
			return i < len(ws) && ws[i].cls&(cStrong|cWeak) != 0
		}
	}
	return false
}

// bodyChanged reports whether the change word at ws[k] ("halved",
// "doubled") is a public body's act on something it sets: the body right
// before it, an object right after ("The council halved the grant").
func (sc *scratch) bodyChanged(ws []word, k int) bool {
	if k == 0 || k+1 >= len(ws) || ws[k-1].punc != 0 || !(ws[k-1].in(lPublicBodies) || sc.is(&ws[k-1], "government")) {
		return false
	}
	return sc.is(&ws[k+1], "the") || sc.is(&ws[k+1], "its") || sc.is(&ws[k+1], "their")
}

// achievedBefore reports whether a verb of achievement comes before ws[k]
// in its clause: "has won the Cup (after)", not "has been made (after)".
func (sc *scratch) achievedBefore(ws []word, k int) bool {
	for j := k - 1; j >= 0 && ws[j].punc == 0; j-- {
		if achievements[sc.lowOf(&ws[j])] {
			return true
		}
	}
	return false
}

var achievements = wordtable.Words(`won finished reached survived qualified
	retained recovered kept stayed climbed beaten`)

// noneSince reports whether a sentence opening on "No" and a noun states
// a record: that no one of a kind has done something since a date or ever
// ("No president who has lost ... has stayed in office", "No party
// sitting third ... has gone on to finish first"). It returns the index of
// the word that makes it one, or 0.
func (sc *scratch) noneSince(ws []word) (int, int) {
	for j := 1; j+4 < len(ws); j++ {
		if ws[j].hi == ws[j].lo || sc.low[ws[j].lo] != 'n' {
			continue // "no", "none", "not": a byte before the comparisons, which WASM pays for
		}
		// Also after "and", "since", "because" or a comma: "..., and no
		// challenger has come back from that far behind since 1994",
		// "since no other developer has shown any interest in 20 years".
		// Or "not one" after a colon: "The law has barely been enforced:
		// not one gold buyer has been prosecuted since it came into force".
		notOne := sc.is(&ws[j], "not") && sc.is(&ws[j+1], "one") && ws[j-1].punc != 0 && ws[j-1].punc != 'D' ||
			sc.notASingle(ws, j) && sc.is(&ws[j-1], "where") // "one of about 60 villages where not a single home has yet been connected"
		noneOf := sc.is(&ws[j], "none") && sc.is(&ws[j+1], "of") && !sc.speechAfter(ws, j) // "..., and none of the three plants it promised has yet been given planning permission"; not "none of its members has yet said", words not said
		if j == 2 && sc.is(&ws[0], "since") && sc.is(&ws[1], "then") && (sc.notASingle(ws, j) || sc.is(&ws[j], "no") || noneOf) {
			return 0, j + 1 // "Since then not a single new sea defence north of Larskvik has been built with public money"
		}
		if (notOne || noneOf || sc.is(&ws[j], "no") && ws[j+1].punc == 0 && (!ws[j+1].cap || ws[j+2].punc == 0 && !ws[j+2].cap)) && (ws[j-1].punc == ',' || ws[j-1].punc == ';' || ws[j-1].punc == ':' || sc.is(&ws[j-1], "and") || sc.is(&ws[j-1], "but") || sc.is(&ws[j-1], "since") || sc.is(&ws[j-1], "because") || sc.is(&ws[j-1], "where")) {
			if _, e := sc.noneSince(ws[j:]); e > 0 {
				return j, j + e // the evidence opens on "no"
			}
		}
	}
	if len(ws) < 5 || ws[1].punc != 0 {
		return 0, 0
	}
	from := 2
	switch {
	case sc.is(&ws[0], "no") && !sc.is(&ws[1], "one") && !sc.is(&ws[1], "longer") && !sc.is(&ws[1], "doubt") && !sc.is(&ws[1], "surprise") && !sc.is(&ws[1], "wonder"):
	case sc.is(&ws[0], "nobody") || sc.is(&ws[0], "none"):
		from = 1 // "Nobody in the 50-year history of the league has kept goal ..."
	case sc.is(&ws[0], "no") && sc.is(&ws[1], "one"):
		// "No one had been killed on a Calvessan ski lift since 1994": as "Nobody"
	case sc.is(&ws[0], "neither") && !ws[1].cap:
		// "Neither country has signed a bilateral aviation agreement since 1997"
		if sc.haveForm(&ws[1]) {
			from = 1 // "Neither has laid a metre of new cable since"
		}
	case sc.notASingle(ws, 0):
		from = 3 // "Not a single home has been connected since"
	case sc.is(&ws[0], "not") && sc.is(&ws[1], "one"):
		// "Not one of them has opened on time."
	default:
		return 0, 0
	}
	perfect, since := false, false
	for j := from; j < len(ws); j++ {
		if ws[j].punc != 0 {
			continue
		}
		switch sc.lowOf(&ws[j]) {
		case "has", "have", "had":
			if since && !perfect {
				return 0, j // "No census since the first one in 1921 has recorded a fall that steep"
			}
			perfect = true
			if sc.is(&ws[1], "other") && j+1 < len(ws) && ws[j+1].punc == 0 {
				return 0, j + 1 // "No other medicine on the list has gone up by as much": a comparison
			}
		case "ever", "history":
			return 0, j
		case "far", "further":
			if perfect && j > 1 && (sc.is(&ws[j-1], "as") || sc.is(&ws[j-1], "any") || sc.is(&ws[j-1], "so")) || perfect && sc.is(&ws[j], "further") && sc.is(&ws[j-1], "gone") {
				return 0, j // "No court or tribunal in the region has gone as far"
			}
		case "previously", "yet", "anywhere":
			if perfect { // "No tidal scheme of this size has been finished anywhere for less than double its first estimate"
				return 0, j // "No tribunal in Corrandy had previously found couriers to be employees", "No court has yet ruled on"
			}
		case "more", "longer", "worse", "better", "higher", "fewer", "less", "faster", "lower", "larger", "smaller", "bigger", "greater":
			if perfect && j > 1 && ws[j-1].punc == 0 && (sc.haveForm(&ws[j-1]) || ws[j-2].punc == 0 && sc.haveForm(&ws[j-2]) ||
				j > 2 && (sc.is(&ws[j-1], "a") || sc.is(&ws[j-1], "the")) && ws[j-3].punc == 0 && sc.haveForm(&ws[j-3])) { // "No year since 1994 has produced a lower pass rate"
				return 0, j // "No pollution case in Tervania has cost more to put right", "No candidate has less at stake"
			}
		case "since":
			if perfect {
				return 0, j
			}
			since = true
		case "in", "over":
			if perfect && sc.overYears(ws, j) {
				return 0, j // "No passenger jet had run off a runway in Dalmorra in the previous 17 years"
			}
		case "after":
			if perfect && j+1 < len(ws) && ws[j+1].punc == 0 && strings.HasSuffix(sc.lowOf(&ws[j+1]), "ing") && sc.achievedBefore(ws, j) {
				return 0, j // "No rider has won the Cup after starting the last round outside the top three": a record of a condition
			}
		case "before":
			if perfect && (j+1 == len(ws) || ws[j+1].punc != 0) {
				return 0, j // "No energy broker in Auderland has been convicted of fraud before."
			}
		case "opened", "finished", "kept":
			if perfect && j > 0 && (sc.is(&ws[j-1], "has") || sc.is(&ws[j-1], "have")) && (sc.is(&ws[0], "not") || sc.is(&ws[0], "none")) {
				return 0, j // "Not one of them has opened on time"
			}
		case "gone", "stayed", "survived", "won", "lasted", "managed":
			if perfect && j > 0 && (sc.is(&ws[j-1], "has") || sc.is(&ws[j-1], "have") || sc.is(&ws[j-1], "had")) && j+1 < len(ws) && (sc.is(&ws[j+1], "on") || sc.is(&ws[j+1], "in") || sc.is(&ws[j+1], "to")) {
				return 0, j
			}
		}
	}
	return 0, 0
}

// notASingle reports whether ws[j:] opens on "not a single".
func (sc *scratch) notASingle(ws []word, j int) bool {
	return j+2 < len(ws) && sc.is(&ws[j], "not") && sc.is(&ws[j+1], "a") && sc.is(&ws[j+2], "single")
}

// doneForm reports whether w is a past participle of a perfect: "turned",
// "rejected", "won", "lost".
func (sc *scratch) doneForm(w *word) bool {
	return w.punc == 0 && (strings.HasSuffix(sc.lowOf(w), "ed") || wonLost[sc.lowOf(w)] || irregularDone[sc.lowOf(w)])
}

// irregularDone are past participles of acts that do not end in -ed: "has
// fought the authority in court twice before".
var irregularDone = wordtable.Words(`fought taken made brought sought
	given sold bought struck written broken
	paid built spent cut led kept thrown withdrawn shut`)

// countSubject reports whether "at least" and the count in words at
// ws[k] open a clause and count its subject: "At least three other teams
// at Karsby fit their own flow meters", a count someone made. Not a
// bound inside a rule's terms ("those who have won at least eight
// states").
func (sc *scratch) countSubject(ws []word, k int) bool {
	if !sc.is(&ws[k-2], "at") || !(k == 2 || ws[k-3].punc != 0 || sc.is(&ws[k-3], "and") || sc.is(&ws[k-3], "that")) {
		return false
	}
	for n := k + 1; n < len(ws) && n <= k+3 && ws[n].punc == 0; n++ {
		if plural(sc.lowOf(&ws[n])) {
			return true // "At least three other teams", "At least two small firms"
		}
	}
	return false
}

// oneOfBound reports whether the count at ws[k] follows "one of" and a
// bound: "one of at least nine parks", "one of more than 200 firms", a
// count of a kind that someone must have made.
func (sc *scratch) oneOfBound(ws []word, k int) bool {
	for j := k - 4; j < k; j++ {
		if ws[j].punc != 0 {
			return false
		}
	}
	return sc.is(&ws[k-4], "one") && sc.is(&ws[k-3], "of") && bounds[sc.lowOf(&ws[k-2])+" "+sc.lowOf(&ws[k-1])]
}

// timesBefore reports whether "twice" or "once" at ws[k] is followed by
// "before" and follows a perfect in its clause: "Tarnhold has backed
// down from similar threats twice before", a count of past occasions.
func (sc *scratch) timesBefore(ws []word, k int) bool {
	if k+1 >= len(ws) || !sc.is(&ws[k+1], "before") || ws[k].punc != 0 {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-10 && ws[j].punc == 0; j-- {
		if sc.haveForm(&ws[j]) && j+1 < k && (sc.doneForm(&ws[j+1]) || sc.is(&ws[k-1], "only")) {
			return true // "has only once before", "has bought flats only once before"; not "had met him once before", a life told
		}
	}
	return false
}

// onlyOnceIn reports whether "only once" at ws[k-1:k+1] follows a perfect
// in its clause and names the one time after a comma ("It has used that
// power only once, in 2014, against a branch") or ends the sentence
// ("the panel has overruled him only once").
func (sc *scratch) onlyOnceIn(ws []word, k int) bool {
	ends := k+1 == len(ws) || k+2 == len(ws) && ws[k+1].punc != 0 // "and the federation's panel has overruled him only once."
	if k < 3 || !sc.is(&ws[k-1], "only") || !ends && (k+3 >= len(ws) || ws[k+1].punc != ',' || !sc.is(&ws[k+2], "in") || ws[k+3].kind != tokens.Number) {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-10 && ws[j].punc == 0; j-- {
		if sc.haveForm(&ws[j]) {
			return true
		}
	}
	return false
}

// haveForm reports whether w is "has", "have" or "had".
func (sc *scratch) haveForm(w *word) bool {
	return sc.is(w, "has") || sc.is(w, "have") || sc.is(w, "had")
}

// rankShaped reports whether a word may be a superlative or a ranked
// superlative ("costliest", "third-busiest"), by its letters alone.
func (sc *scratch) rankShaped(w *word) bool {
	b := sc.low[w.lo:w.hi]
	n := len(b)
	for i := 4; i < n-1; i++ {
		if b[i] == '-' {
			if b[i-3] == 'e' && b[i-2] == 's' && b[i-1] == 't' || i == 5 && string(b[:5]) == "worst" {
				return true // "highest-ranked", "fastest-growing", "best-selling", "worst-hit"
			}
			break
		}
	}
	return n >= 6 && b[n-3] == 'e' && b[n-2] == 's' && b[n-1] == 't' || n > 6 && string(b[:5]) == "most-" || string(b) == "worst" || string(b) == "best"
}

// claimHints are the words the claim checks other than the lexicon's
// phrases start at: habits, trends, records, criteria, counts in words.
var claimHints = []string{"have", "rarely", "seldom", "usually", "typically", "generally", "normally", "traditionally",
	"historically", "often", "since", "risen", "fallen", "grown", "doubled", "tripled", "halved", "soared", "plunged",
	"declined", "dropped", "increased", "decreased", "shrunk", "slumped", "worse", "better", "than", "history",
	"first", "second", "third", "fourth", "fifth", "every", "each", "any", "one", "two", "three", "four", "five",
	"six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty", "dozen", "million", "billion", "twice", "half", "double", "almost", "hardly", "virtually", "nearly", "last", "only", "tend", "tends", "tended", "never", "to", "not", "once",
	"owes", "owed", "owe", "quarter", "fifth", "tenth", "thirds", "several", "many", "falling", "rising", "growing", "declining", "shrinking", "dropping", "climbing", "took", "began", "started", "closing", "would", "most", "other", "all",
	"rose", "rises", "fell", "falls", "grew", "grows", "climbed", "climbs", "drops", "declines", "plummeted", "shrank", "jumped", "surged"} // changeVerbs

// motive finds a motive or a cause the writer gives an actor's intent:
// "wants to reopen the line quickly because ...", "... in order to cut
// costs", "..., a sign that it no longer expects to carry the capital".
func (sc *scratch) motive(ws []word) (ClaimKind, int, int) {
	for k := range ws {
		really := k+1 < len(ws) && ws[k].in(lBeVerbs) && sc.is(&ws[k+1], "really") // "The move is really about the budget"
		if ws[k].punc != 0 || !ws[k].in(lMotiveStarts) && !sc.is(&ws[k], "a") && !sc.is(&ws[k], "an") && !really {
			continue
		}
		if kind, n := sc.phraseKindAt(ws, k, "claims/"); n > 0 && !sc.notAClaim(ws, k, n) {
			if c := claimSections[kind]; c == IntentClaim || c == Causal {
				return c, k, k + n
			}
		}
	}
	return NoClaim, 0, 0
}

// designCount reports whether a count of a building's or a vehicle's
// parts starts at ws[k]: "eleven storeys", "400 beds", "12 classrooms".
func (sc *scratch) designCount(ws []word, k int) bool {
	if k+1 >= len(ws) || ws[k].punc != 0 || ws[k+1].punc != 0 || !(ws[k].kind == tokens.Number || ws[k].in(lWordNumbers)) {
		return false
	}
	return designParts[sc.lowOf(&ws[k+1])]
}

var designParts = wordtable.Words(`storeys stories floors rooms bedrooms
	beds seats flats apartments homes lanes berths
	classrooms pitches platforms screens carriages wards`)

// sinceMonth reports whether a month with no year follows "since" at
// ws[j-1] or ws[j]: "since August", not "since August 2019".
func (sc *scratch) sinceMonth(ws []word, j int) bool {
	if j < len(ws) && sc.is(&ws[j], "since") {
		j++
	}
	return j < len(ws) && ws[j].cap && weekdayOrMonth(sc.lowOf(&ws[j])) && !(j+1 < len(ws) && ws[j+1].kind == tokens.Number)
}

// motiveStarts are the first words of the motive and cause phrases.
var motiveStarts = wordtable.Words(`in because so motivated due
	mainly largely partly chiefly primarily`)

// ofTheDay reports whether a ranked thing at ws[j] is ranked "of the
// day", "of the night" or "of the afternoon": among what the writer saw.
func (sc *scratch) ofTheDay(ws []word, j int) bool {
	for m := j; m+2 < len(ws) && m <= j+2 && ws[m].punc == 0; m++ {
		if sc.is(&ws[m], "of") && sc.is(&ws[m+1], "the") && sceneSpans[sc.lowOf(&ws[m+2])] {
			return true
		}
	}
	return false
}

var sceneSpans = wordtable.Words(`day night afternoon morning evening session`)

// anyoneWho are the heads whose "who wants to" says whom a thing is for.
var anyoneWho = wordtable.Words(`anyone anybody someone somebody everyone everybody those whoever`)

// nameNumber reports whether the number at ws[k] is part of a name: a
// whole number of up to four digits right after a capitalised word that
// does not open the sentence and is no month ("The S&P 500 closed",
// "Ginbot 7 has grown", "Chapter 11"), with no unit, share or range after
// it.
func (sc *scratch) nameNumber(text string, ws []word, k int) bool {
	if k < 2 {
		return false
	}
	p := k - 1
	if ws[p].punc == '.' && k > 2 && ws[p-1].cap && ws[p-1].e-ws[p-1].s <= 2 {
		p-- // "S.&P. 500"
	}
	if p < 1 || ws[p].punc != 0 || !ws[p].cap || weekdayOrMonth(sc.lowOf(&ws[p])) || sc.is(&ws[p], "no") || possessive(sc.lowOf(&ws[p])) {
		return false // not "the Renewal Party's 88 members"
	}
	first := 0
	for first < p && ws[first].punc != 0 {
		first++
	}
	if first == p {
		return false // the sentence's first word: "(About 46 detainees ...)"
	}
	n := text[ws[k].s:ws[k].e]
	if len(n) > 4 || strings.ContainsAny(n, ".,%") {
		return false
	}
	if k+1 < len(ws) {
		next := &ws[k+1]
		if next.punc != 0 && next.punc != '.' || next.kind == tokens.Number || next.in(lWordNumbers) || sc.is(next, "percent") || sc.is(next, "to") || next.cls&cTime != 0 || amountWords[sc.lowOf(next)] {
			return false // "Arsenal 2, Chelsea 1", "Clinton 44 percent"
		}
	}
	return true
}

// requirement reports whether the clause before "in order to" at ws[k]
// (or after it, when it opens the sentence) says what must be done, with
// "have to", "needs to", "must" or "is required": then "in
// order to" names the goal that sets the requirement, not a motive
// someone is said to have. A necessity met ("had to cut jobs in order to
// save money") still gives the actor's motive.
func (sc *scratch) requirement(ws []word, k int) bool {
	if k == 0 {
		// "In order to reopen the pool, a new roof is needed", "In order to win, the party must ...": the
		// requirement comes after the goal.
		c := k + 3
		for c < len(ws) && ws[c].punc != ',' && ws[c].punc != ';' {
			c++
		}
		for j := c + 1; j < len(ws) && ws[c].punc == ','; j++ {
			if ws[j].punc == ';' {
				break
			}
			if ws[j].punc == 0 && (requiredWords[sc.lowOf(&ws[j])] || sc.is(&ws[j], "must")) {
				return true
			}
		}
		return false
	}
	for j := k - 1; j >= 0 && ws[j].punc != ';'; j-- {
		if ws[j].punc == ',' {
			if j = sc.examplesBefore(ws, j); j < 0 {
				return false
			}
			continue
		}
		if ws[j].punc != 0 {
			continue
		}
		if sc.is(&ws[j], "must") || j+1 < k && necessity[sc.lowOf(&ws[j])] && sc.is(&ws[j+1], "to") {
			return true
		}
	}
	return false
}

var necessity = wordtable.Words(`have has need needs`)

var requiredWords = wordtable.Words(`required necessary needed essential`)

// genericWant reports whether the wish "wants to" or "wanted to" at
// ws[k] is a case supposed, not someone's intent: in a condition ("if a
// student wanted to bring his family"), said of anyone ("anyone who wants
// to fish"), or in a relative clause whose sentence tells what such a
// person could do ("tenants who wanted to stay could sign a new lease").
// "The council was outbid by a developer who wanted to turn the cinema
// into flats" is one developer's intent.
func (sc *scratch) genericWant(ws []word, k int) bool {
	if !sc.is(&ws[k], "wants") && !sc.is(&ws[k], "wanted") {
		return false
	}
	if sc.conditionBefore(ws, k) {
		return true
	}
	if k < 2 || !sc.is(&ws[k-1], "who") || ws[k-2].punc != 0 {
		return false
	}
	if anyoneWho[sc.lowOf(&ws[k-2])] || k > 2 && ws[k-3].punc == 0 && anyoneWho[sc.lowOf(&ws[k-3])] {
		return true // "anyone who wants to", "anyone today who wants to"
	}
	for j := k + 2; j < len(ws) && ws[j].punc != ';'; j++ {
		if ws[j].punc == 0 && wishModals[sc.lowOf(&ws[j])] {
			return true
		}
	}
	return false
}

var wishModals = wordtable.Words(`can could may might`)

// examplesBefore reads back from the comma at ws[c] that closes a list of
// examples set off by commas ("would have to sell two players, such as
// Berg and Lind, at a loss") and returns the index of the comma that opens
// it; -1 when no such list ends at ws[c].
func (sc *scratch) examplesBefore(ws []word, c int) int {
	for j := c - 1; j > 0; j-- {
		if ws[j].punc == 0 {
			continue
		}
		if ws[j].punc != ',' || j+1 >= c {
			return -1
		}
		if sc.is(&ws[j+1], "including") || j+2 < c && sc.is(&ws[j+1], "such") && sc.is(&ws[j+2], "as") {
			return j
		}
		return -1
	}
	return -1
}

// slashDate reports whether the number at ws[k] is part of a date written
// with slashes, a month then a day: "the 9/11 attacks", "on 3/15/2016".
// Not a fraction ("1/3 of voters") nor a rate ("24/7").
func slashDate(text string, ws []word, k int) bool {
	st := k
	for st >= 2 && ws[st-1].punc == '/' && ws[st-2].kind == tokens.Number {
		st -= 2
	}
	end := k
	for end+2 < len(ws) && ws[end+1].punc == '/' && ws[end+2].kind == tokens.Number {
		end += 2
	}
	if end-st != 2 && end-st != 4 || end+1 < len(ws) && ws[end+1].punc == 0 && strings.EqualFold(text[ws[end+1].s:ws[end+1].e], "of") {
		return false
	}
	month, err1 := strconv.Atoi(text[ws[st].s:ws[st].e])
	day, err2 := strconv.Atoi(text[ws[st+2].s:ws[st+2].e])
	return err1 == nil && err2 == nil && month >= 1 && month <= 12 && day >= 1 && day <= 31
}

// delegateShare reports whether a share of delegates by a result
// follows at ws[k]: "gain (win, pick up, get, receive) at least 18", the
// count ending the clause or naming delegates: how news agencies report
// the delegates a primary's result gives. Not "will win at least 40
// seats", a forecast.
func (sc *scratch) delegateShare(ws []word, k int) bool {
	if k >= len(ws) || !shareOutVerbs[sc.lowOf(&ws[k])] {
		return false
	}
	k++
	if k < len(ws) && sc.is(&ws[k], "up") {
		k++
	}
	if k+2 >= len(ws) || !sc.is(&ws[k], "at") || !sc.is(&ws[k+1], "least") || ws[k+2].kind != tokens.Number {
		return false
	}
	n := k + 3
	if n < len(ws) && sc.is(&ws[n], "of") {
		for j := n + 1; j < len(ws) && j <= n+4 && ws[j].punc == 0; j++ {
			if sc.is(&ws[j], "delegates") {
				return true // "at least 38 of the 50 delegates at stake"
			}
		}
	}
	return n >= len(ws) || ws[n].punc != 0 || sc.is(&ws[n], "delegates")
}

var shareOutVerbs = wordtable.Words(`gain win pick get receive take`)

// evaluative adjectives after "the most" judge rather than rank: no
// count or record could show "the most vivid" of anything.
var evaluative = wordtable.Words(`suspenseful vivid dramatic memorable remarkable
	extraordinary masterful bizarre surreal stunning striking awkward emotional
	moving poignant fascinating intriguing compelling entertaining exciting
	thrilling colorful colourful tense surprising unlikely unusual
	consequential fraught visceral complete eerie formative painful
	polarizing polarising divisive contentious`)

// onePerson reports whether the sentence opens on one person: "He",
// "She", or a name of two capitalised words ("Jack Nicklaus met").
func (sc *scratch) onePerson(ws []word) bool {
	if len(ws) < 2 {
		return false
	}
	return sc.is(&ws[0], "he") || sc.is(&ws[0], "she") || ws[0].cap && ws[1].cap && ws[0].punc == 0 && ws[1].punc == 0 && !ws[0].in(lArticles|lDeterminers)
}

// inYear reports whether "in" and a year (four digits, nothing after
// them that counts years) open at ws[k]: "in 1996".
func (sc *scratch) inYear(text string, ws []word, k int) bool {
	if k+1 >= len(ws) || !sc.is(&ws[k], "in") || ws[k+1].kind != tokens.Number {
		return false
	}
	y := text[ws[k+1].s:ws[k+1].e]
	if len(y) != 4 || y[0] != '1' && y[0] != '2' {
		return false
	}
	return k+2 >= len(ws) || ws[k+2].punc != 0 || !ws[k+2].in(lPeriodWords) && ws[k+2].cls&cTime == 0
}

// shouted reports whether ws[k] is in a run of at least four words in
// capitals (numbers may stand among them): a headline or a label set in
// the text, not prose. "WHERE 40 PERCENT OF VOTERS LIVE".
func shouted(text string, ws []word, k int) bool {
	upper := func(j int) bool {
		w := text[ws[j].s:ws[j].e]
		letters := 0
		for _, r := range w {
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
		return letters > 1 || letters == 1 && (w == "A" || w == "I")
	}
	in := func(j int) bool {
		return ws[j].punc != 0 && ws[j].punc != '.' || ws[j].kind == tokens.Number || upper(j)
	}
	if ws[k].punc != 0 || !in(k) {
		return false
	}
	run := 0
	for j := k; j >= 0 && in(j); j-- {
		if ws[j].punc == 0 && ws[j].kind != tokens.Number {
			run++
		}
	}
	for j := k + 1; j < len(ws) && in(j); j++ {
		if ws[j].punc == 0 && ws[j].kind != tokens.Number {
			run++
		}
	}
	return run >= 4
}

// plansObject before "plans to" make the plans an object: "unveil plans
// to", "map out plans to", "new plans to".
var plansObject = wordtable.Words(`unveil unveils announce announces out new
	no any detailed outlined released`)

// ownVoice reports whether the claim phrase ws[k:k+n] is said of the
// writer or speaker in the first person singular, outside quotation
// marks: "I" or "I'm" or "my" within four words before it or three after
// ("I despise him because", "because I'm retired", "If elected I will
// fight for you"). A letter writer, a columnist or a speaker telling
// their own reasons, plans and experiences is their source. Not a hedge
// set off by commas ("The reason for this, I'm afraid, is that"), nor
// "World War I".
func (sc *scratch) ownVoice(ws []word, k, n int) bool {
	quoted := false // quote marks are followed from the start; the words only in the window
	for j := 0; j < len(ws) && j < k+n+3; j++ {
		w := &ws[j]
		if w.punc == 'Q' {
			quoted = w.open || !w.close && !quoted
			continue
		}
		if quoted || w.punc != 0 || j < k-4 || j > 0 && ws[j-1].punc == ',' {
			continue
		}
		switch sc.lowOf(w) {
		case "i":
			if w.cap && (j == 0 || !ws[j-1].cap || ws[j-1].punc != 0) {
				return true
			}
		case "i'm", "i've", "i'd", "i'll", "my":
			return true
		}
	}
	return false
}

// wonNext reports whether a win follows ws[j] within three words: "a big
// win", "huge victories in caucuses".
func (sc *scratch) wonNext(ws []word, j int) bool {
	for e := j; e < len(ws) && e < j+3 && ws[e].punc == 0; e++ {
		switch sc.lowOf(&ws[e]) {
		case "win", "wins", "victory", "victories":
			return true
		}
	}
	return false
}

// subjectIn reports whether the word right before ws[k], maybe across
// "is" or "was", is one of nouns: a law for lawNouns ("The legislation
// seeks to", "The rule is designed to"); a plan, a system or a group for
// madeThings ("The Clean Air Plan was designed to", "an electronic system
// designed to", "a conservative super PAC aimed at"). What a law or a
// made thing does is its text or its design, on the record; a group's aim
// is its own declared purpose. Not an act's motive: "The move was
// designed to win votes".
func (sc *scratch) subjectIn(ws []word, k int, nouns map[string]bool) bool {
	j := k - 1
	if j > 0 && ws[j].in(lBeVerbs) {
		j--
	}
	return j >= 0 && ws[j].punc == 0 && nouns[sc.lowOf(&ws[j])]
}

// givenTo reports whether the object of "contributed to" from ws[j] is
// what money is given to (a campaign, a candidate, a party, a charity),
// within its first four words: "contributed to Labour and Liberal
// campaigns", "contributed to his council campaign".
func (sc *scratch) givenTo(ws []word, j int) bool {
	for m := j; m < len(ws) && m < j+4 && ws[m].punc == 0; m++ {
		if recipientsOfMoney[sc.lowOf(&ws[m])] {
			return true
		}
	}
	return false
}

var recipientsOfMoney = wordtable.Words(`campaign campaigns candidate candidates
	party parties pac pacs charity charities foundation foundations
	fund funds committee committees`)

var madeThings = wordtable.Words(`plan plans system systems program programs
	programme programmes panel tool tools fund scheme index survey website
	database app software device mechanism formula platform portal
	pac group committee coalition organization organisation`)

var lawNouns = wordtable.Words(`legislation bill law measure rule rules regulation
	regulations amendment treaty act statute ordinance directive
	resolution resolutions`)

// sizeLabel reports whether the sum of money at ws[k] names the size of
// a deal, a law or a plan it stands before, after an article or a
// possessive: "the $305 billion measure", "The $25 billion merger",
// "Hillary Clinton's $350 billion, 10-year plan". The thing is named by
// its size, on the record; no one's count.
func (sc *scratch) sizeLabel(text string, ws []word, k int) bool {
	if k == 0 || ws[k-1].punc != 0 || !articles[sc.lowOf(&ws[k-1])] && !possessive(sc.lowOf(&ws[k-1])) || !strings.HasPrefix(text[ws[k].s:ws[k].e], "$") && !(k > 1 && ws[k-1].punc == '$') {
		return false
	}
	j := k + 1
	if j < len(ws) && amountWords[sc.lowOf(&ws[j])] {
		j++ // "billion"
	}
	for n := 0; n < 5 && j < len(ws); n++ {
		if ws[j].punc == 0 && (sizedThings[sc.lowOf(&ws[j])] || dealNouns[sc.lowOf(&ws[j])]) {
			return true
		}
		if ws[j].punc != ',' && ws[j].punc != '-' && ws[j].punc != 0 {
			return false
		}
		j++ // ", 10-year", "stimulus"
	}
	return false
}

var sizedThings = wordtable.Words(`measure bill law act plan proposal programme program
	package stimulus bailout acquisition purchase bond bonds grant scheme fund`)

// contestAfter reports whether a vote, an election or a match follows
// ws[k], maybe after "the" and a modifier: "the popular vote".
func (sc *scratch) contestAfter(ws []word, k int) bool {
	if k >= len(ws) || !articles[sc.lowOf(&ws[k])] {
		return false // not "the result of the party's unruly contest", a cause
	}
	for j := k + 1; j < len(ws) && j <= k+2 && ws[j].punc == 0; j++ {
		if votings[sc.lowOf(&ws[j])] {
			return true
		}
	}
	return false
}

var (
	votings       = wordtable.Words(`vote votes election elections ballot referendum primary caucus caucuses race match game contest poll`)
	illegalTopics = wordtable.Words(`immigration immigrants immigrant aliens migrants migration`)
)

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
	case n == 2 && (sc.is(&ws[k], "plans") || sc.is(&ws[k], "plan")) && last == "to" && k > 0 && (possessive(prev) || articles[prev] || plansObject[prev] || strings.HasSuffix(prev, "ed") || strings.HasSuffix(prev, "ing") || sc.wordBefore(ws, k, 5, "from")):
		return true // "did not unveil plans to pay for it", "dialing back plans to cut the rate", "his plans to", "from collapsing co-op health plans to double-digit premium increases": plans as a thing reported, no one's intent asserted by the writer
	case sc.ownVoice(ws, k, n):
		return true // "I am doing these things because ...", "If elected I will fight for you": the writer's or speaker's own motive, plan or experience, told by them
	case last == "running" && next != "" && next != "and" && next != "now":
		return true // "spent years running the club": a participle and its object, no run of years counted
	case n == 3 && sc.is(&ws[k], "in") && sc.is(&ws[k+1], "return") && sc.offerTermsBefore(ws, k):
		return true // "an offer drawn up by the state arbitrator: a guarantee of no job losses until 2034 in return for letting the cranes in": the offer's terms
	case n == 2 && sc.is(&ws[k], "the") && last == "most" && (prev == "for" && next == "part" || makeForms[prev] && next == "of"):
		return true // "For the most part, the region has made the change", "has made the most of its port": idioms, no record
	case n == 2 && sc.is(&ws[k], "the") && superlative(last) && sc.ofTheDay(ws, k+n):
		return true // "in the longest match of the day": a day the writer watched, no record kept
	case n == 2 && sc.is(&ws[k], "result") && sc.is(&ws[k+1], "of") && articles[prev] && !(k > 1 && (ws[k-2].in(lBeVerbs) || strings.HasSuffix(sc.lowOf(&ws[k-2]), "ly"))) && sc.contestAfter(ws, k+n):
		return true // "to overturn the result of the popular vote": the count of a vote, a noun, no cause
	case last == "at" && sc.is(&ws[k+n-2], "aimed") && next != "" && !strings.HasSuffix(next, "ing"):
		return true // "mail pieces aimed at Pennsylvania, Wisconsin and Ohio": whom it targets; not "aimed at cutting costs", a motive
	case (sc.is(&ws[k], "seeks") || sc.is(&ws[k], "designed") || sc.is(&ws[k], "intended") || sc.is(&ws[k], "aims") || sc.is(&ws[k], "meant")) && sc.subjectIn(ws, k, lawNouns):
		return true // "The legislation seeks to step up sanctions", "a resolution meant to pressure the leader": the law's stated purpose, in its text
	case (sc.is(&ws[k], "designed") || sc.is(&ws[k], "aimed") || sc.is(&ws[k], "dedicated")) && sc.subjectIn(ws, k, madeThings):
		return true // "The Clean Air Plan was designed to lower emissions", "an electronic system designed to give access", "a super PAC aimed at taking down": what a made thing is for, or a group's declared aim
	case n == 1 && sc.is(&ws[k], "will") && (sc.habitualWill(ws, k) || sc.ageToCome(ws, k) || speculation[sc.lowOf(&ws[0])] || sc.decidersDecide(ws, k)):
		return true // "Often, companies will hire boutiques", "She will be 60 in May", "Perhaps Russia will oppose it": a habit, an age, the writer's open guess or wish; no forecast
	case n == 1 && sc.is(&ws[k], "will") && sc.delegateShare(ws, k+1):
		return true // "With 35 at stake, Clinton will gain at least 18": delegates shared out by the result, on the record
	case next == "possible" && superlative(last):
		return true // "at the worst possible moment", "the best possible outcome": an idiom, nothing ranked
	case n == 2 && sc.is(&ws[k], "in") && last == "history" && historyFrames[prev]:
		return true // "deeply rooted in history", "a degree in history": no record
	case last == "most" && evaluative[next]:
		return true // "one of the most suspenseful intervals in my life", "the most vivid clash of the campaign": a judgement, nothing to count
	case n == 2 && sc.is(&ws[k], "contributed") && sc.givenTo(ws, k+n):
		return true // "contributed to Labour and Liberal campaigns in the county": money given, no cause
	case n == 1 && sc.is(&ws[k], "doubled") && next == "down":
		return true // "then doubled down with proposals": an idiom, nothing counted
	case n == 1 && sc.is(&ws[k], "illegal") && illegalTopics[next]:
		return true // "a firm stance against illegal immigration": a policy topic, no one accused
	case n == 1 && (last == "causes" || last == "cause") && (prev == "good" || prev == "charitable" || prev == "worthy" || prev == "lost" || movementWords[prev]):
		return true // "goes to good causes": charities, a noun, no cause of anything; "backed liberal social causes such as rent control", "championed progressive causes": movements
	case sc.is(&ws[k], "cause") && next == "of" && prev == "the" && sc.causeOpen(ws, k+n):
		return true // "The cause of the fire is not yet known": no cause given
	case (sc.is(&ws[k], "wants") || sc.is(&ws[k], "want")) && prev == "who" && k > 1 && anyoneWho[sc.lowOf(&ws[k-2])]:
		return true // "Anyone who wants to offer a room can register": whom an offer is for, no one's intent
	case (sc.is(&ws[k], "plans") || sc.is(&ws[k], "plan")) && (k == 0 || articles[prev] || possessive(prev) || strings.HasSuffix(prev, "ed") || planModifiers[prev]):
		return true // "Plans to merge the schools were put out to consultation": a noun
	case n == 1 && sc.is(&ws[k], "will") && (prev == "that" || prev == "which") && k > 1 && ws[k-2].punc == 0 && ws[k-2].cls&(cStrong|cWeak|cIntent|cStop) == 0 && !ws[k-2].in(lConnectives) && !ws[k-2].in(lSubordinators):
		return true // "the cranes that will load turbine blades": what a thing is for, not a forecast; not "said that will"
	case n == 1 && sc.is(&ws[k], "will") && prev == "who" && k > 2 && ws[k-2].punc == ',' && ws[k-3].punc == 0 && !ws[k-3].cap && plural(sc.lowOf(&ws[k-3])) && ws[k-3].cls&(cStrong|cWeak|cIntent|cStop) == 0:
		return true // "a rota of volunteer drivers, who will be paid mileage from a fund": the arrangement's terms, not a forecast
	case n == 1 && sc.is(&ws[k], "will") && sc.wordBefore(ws, k, 4, "whose") && !(k+1 < len(ws) && ws[k+1].in(lChangeWords)):
		return true // "a coastal town whose station desk will close": the town described, not a forecast; not "whose incomes will fall"
	case n == 1 && sc.is(&ws[k], "will") && sc.markedWhere(ws, k) && !(k+1 < len(ws) && ws[k+1].in(lChangeWords)):
		return true // "orange poles marked where the rest of it will run": a plan's route in view, not a forecast
	case n == 1 && sc.is(&ws[k], "will") && ws[k].cap && k > 0 && ws[k-1].cap && ws[k-1].punc == 0:
		return true // "columnist George Will reignited his feud": a name
	case n == 1 && sc.is(&ws[k], "will") && (possessive(prev) || articles[prev] || prev == "free" || prev == "political" || prev == "good" || prev == "ill"):
		return true // "against their will", "the will of the people": a noun
	case n == 1 && sc.is(&ws[k], "will") && (next == "have" || next == "include" || next == "contain") && sc.designCount(ws, k+2):
		return true // "The tallest of the four blocks will have eleven storeys": a plan's terms, not a forecast
	case n == 1 && sc.is(&ws[k], "will") && next == "be" && k+3 < len(ws) && (sc.is(&ws[k+2], "heard") || sc.is(&ws[k+2], "tried") || sc.is(&ws[k+2], "decided")) && sc.is(&ws[k+3], "by"):
		return true // "The appeal will be heard by the Land and Environment Tribunal": who hears it, a procedure, not a forecast
	case sc.is(&ws[k], "meant") && next == "be" && k > 1 && ws[k-1].in(lBeVerbs) && sc.is(&ws[k-2], "what"):
		return true // "three days after it left for what was meant to be a fortnight of trials": the plan, no motive
	case last == "every" && timeUnits[next]:
		return true // "almost every day": how often someone does a thing in view
	case last == "quarter" && (next == "to" || next == "past"):
		return true // "By a quarter to eleven": a time of day
	case (sc.is(&ws[k], "a") || sc.is(&ws[k], "an")) && (prev == "as" || sc.calledBefore(ws, k)):
		return true // "seen as a sign that", "called the vote a sign that": someone's reading, not the writer's
	case last == "as" && sc.is(&ws[k], "times") && (next == "the" || next == "a" || next == "an" || ws[k+n].in(lDeterminers) || subjectPronouns[next]):
		return true // "shook his head several times as the footage was shown": "as" opens a clause
	case n == 2 && sc.is(&ws[k], "the") && last == "most" && strings.HasSuffix(next, "ly") && k+n+1 < len(ws) && ws[k+n+1].punc == 0 && strings.HasSuffix(sc.lowOf(&ws[k+n+1]), "ed") && !sc.scopeAfter(ws, k+n+2):
		return true // "flying the most badly injured to hospitals": the people meant, not a ranking
	case (n == 2 || n == 3) && sc.is(&ws[k], "the") && superlative(last) && k > 0 && ws[k-1].punc == ',' && sc.shortAppositive(ws, k+n):
		return true // "Brannock's, the largest chain, did not respond": a description set off by commas
	case superlative(last) && sc.describedRank(ws, k+n-1):
		return true // "read out a list of the largest losses", "Brannock's, the second-largest chain, did not": no ranking of the writer's
	case last == "to" && sc.is(&ws[k+n-2], "found") && sc.conditionBefore(ws, k):
		return true // "if it was found to use chemical weapons": a condition, nothing found
	case sc.is(&ws[k], "by") && n == 3 && next != "" && !shareAfter[next] && !ws[k+n].cap:
		return true // "The boat passed by a third buoy": an ordinal; not "fell by a third in 2024", "by a third last year"
	case n == 2 && sc.is(&ws[k], "due") && sc.is(&ws[k+1], "to") && dueVerbs[next]:
		return true // "2,140 children due to start school that year": what is timetabled, no cause
	case sc.courtTimetable(ws, k, n):
		return true // "The trial, before Judge Sarnfeld, is expected to last five weeks": the court's timetable
	case n == 1 && sc.is(&ws[k], "probably") && len(ws) < 5:
		return true // "Probably not.": an answer, no claim of its own
	case n == 1 && sc.is(&ws[k], "stolen") && (articles[prev] || possessive(prev) || countWords[prev] || wordNumbers[prev] || k > 0 && ws[k-1].kind == tokens.Number) && next != "" && next != "by" && next != "from":
		return true // "The two stolen cars were found burnt out": the reporter's description
	case n == 2 && sc.is(&ws[k], "only") && sc.is(&ws[k+1], "after") && k+2 < len(ws) && sc.whenNext(ws, k+2):
		return true // "opens only after 10am", "only after a 90-day review": a time or a rule's term, no cause
	case n == 2 && sc.is(&ws[k], "to") && sc.is(&ws[k+1], "avoid") && (instructed[prev] || k == 0):
		return true // "Drivers were told to avoid the area": an instruction, not a motive
	case n == 1 && (sc.is(&ws[k], "illegal") || sc.is(&ws[k], "unlawful")) && next == "under":
		return true // "are illegal under a 2019 mining law": the law is the source, no one alleges it
	case last == "of" && sc.is(&ws[k], "result") && prev == "the" && !(k > 1 && ws[k-2].in(lBeVerbs)) && next == "the" && k+n+1 < len(ws) && tallied[sc.lowOf(&ws[k+n+1])]:
		return true // "when the result of the vote was read out": a count announced, no cause; not "The delay was the result of the vote"
	case n == 1 && sc.is(&ws[k], "cause") && (possessive(prev) || prev == "latest" || prev == "noble" || prev == "lost" || prev == "just" || prev == "common"):
		return true // "the left's latest cause", "their cause", "made common cause with": a movement, not a cause of something
	case last == "to" && sc.is(&ws[k], "thanks") && sc.wonNext(ws, k+n):
		return true // "continues to grow thanks to a big win in North Carolina": the result on the record
	case n == 3 && sc.is(&ws[k], "the") && sc.is(&ws[k+1], "first") && last == "time" && prev != "for" && !beVerbs[prev] && prev != "be" && (next == "" || next != "in" && next != "since" && next != "ever"):
		return true // "If she didn't divorce him the first time": the first occasion, no record; not "It is the first time a court has", a record
	case n == 1 && sc.is(&ws[k], "cause") && next == "for":
		return true // "some cause for concern": a reason to worry, no cause claimed
	case sc.is(&ws[k], "cause") && next == "of" && k+n+1 < len(ws) && sc.is(&ws[k+n+1], "death"):
		return true // "gave the cause of death as drowning": a finding's term
	case n == 2 && last == "to" && sc.is(&ws[k], "due") && beVerbs[prev]:
		return true // "is due to": a date on the calendar, read as a prediction, no cause
	case n == 3 && sc.is(&ws[k], "the") && sc.is(&ws[k+1], "first") && last == "time" && next == "on" && k+n+1 < len(ws) && ws[k+n+1].cap && weekdayOrMonth(sc.lowOf(&ws[k+n+1])):
		return true // "won the cup for the first time on Sunday": the event reported, on the record
	case (last == "since" || last == "time" && next == "since") && sc.sinceMonth(ws, k+n):
		return true // "reopened on Monday for the first time since August": the story's own months, no record
	case n == 3 && sc.is(&ws[k], "the") && sc.is(&ws[k+1], "first") && last == "time" && prev == "for" && sc.biography(ws):
		return true // "Dunmore, 24, was riding in the race for the first time": a person's own first, told
	case n == 2 && last == "most" && (next == "allowed" || next == "permitted"):
		return true // "raising council tax by 4.99 percent, the most allowed without a local referendum": a rule's limit
	case n == 2 && sc.is(&ws[k], "the") && placeRanks[last] && structureParts[next]:
		return true // "Water broke into the lowest gallery": a part of a place, not a ranking
	case n == 2 && (last == "most" || superlative(last)) && sc.inTheEvent(ws, k+n):
		return true // "27 points, the most in the match", "the most by any player on the court": seen in the event reported
	case sc.allegationPhrase(ws, k, n) && sc.onCourtRecord(ws):
		return true // "had pleaded guilty ... to 23 counts of fraud": the court's record
	case superlative(last) && next == "of" && k+n+1 < len(ws) && !sc.is(&ws[k+n+1], "any") && !sc.is(&ws[k+n+1], "all") && !sc.countedSet(ws, k+n+1):
		return true // "the largest of the valley's towns": a description; not "the highest of any", "the worst of the 22 forces"
	case last == "of" && sc.is(&ws[k+n-2], "half"):
		return prev == "first" || prev == "second" || prev == "latter" || prev == "former" || compassHalves[prev] // "the eastern half of the town": a place
	case last == "half":
		return next == "a" || next == "an" || next == "past" || // "more than half a century", "by half past ten"
			next == "the" && k+n+1 < len(ws) && (sc.is(&ws[k+n+1], "vote") || sc.is(&ws[k+n+1], "votes") || sc.is(&ws[k+n+1], "ballots")) // "Both candidates had about half the vote": a result counted
	case last == "record":
		return next == "as" || next == "of" || next == "that" // "on record as", "a record of"
	}
	return false
}

// placeRanks are superlatives of position; before a part of a structure
// (structureParts) they name the part: "the lowest gallery", "the top
// floor".
var placeRanks = wordtable.Words(`lowest highest deepest uppermost innermost
	outermost nearest furthest farthest northernmost southernmost
	easternmost westernmost`)

var structureParts = wordtable.Words(`gallery galleries floor floors
	deck decks storey tier tiers shelf shelves step rung
	seam shaft platform terrace stand row rows branch branches
	room rooms window windows pier jetty exit entrance span`)

// compassHalves before "half of" make it a place: "the eastern half of
// the town", "the upper half of the valley".
var compassHalves = wordtable.Words(`eastern western northern southern
	upper lower top bottom back front`)

// countedSet reports whether a count opens the set after "of" within three
// words: "the worst of Vellmark's 22 police forces", "the busiest of its
// nine ports": a ranking, which someone has to have measured.
func (sc *scratch) countedSet(ws []word, k int) bool {
	for j := k; j < len(ws) && j <= k+2 && ws[j].punc == 0; j++ {
		if ws[j].kind == tokens.Number || ws[j].in(lWordNumbers) {
			return true
		}
	}
	return false
}

// scopeAfter reports whether a ranking's scope follows at ws[k]: "in",
// "since", "ever", "of all", "on record" ("the most badly injured in the
// region"; not "the most badly injured to hospitals in Tarmen").
func (sc *scratch) scopeAfter(ws []word, k int) bool {
	for j := k; j < len(ws) && j <= k && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "in") || sc.is(&ws[j], "since") || sc.is(&ws[j], "ever") || sc.is(&ws[j], "of") || sc.is(&ws[j], "on") {
			return true
		}
	}
	return false
}

// describedRank reports whether the superlative at ws[s], after "the",
// only describes or names: set off by commas ("The Green Alliance, the
// second-largest opposition party, has tabled"), or read out ("a list of
// the largest losses").
func (sc *scratch) describedRank(ws []word, s int) bool {
	t := s - 1
	if t < 1 || !sc.is(&ws[t], "the") {
		return false
	}
	if ws[t-1].punc == ',' {
		return sc.shortAppositive(ws, s+1)
	}
	return t > 1 && sc.is(&ws[t-1], "of") && ws[t-2].punc == 0 && (sc.is(&ws[t-2], "list") || sc.is(&ws[t-2], "names"))
}

// placeRank reports whether the rank at ws[k] names a place by its size
// inside a noun phrase: "starts work in the country's second-largest
// city", "the mayor of the state's third-biggest city"; the place's well-known size, no
// claim. Told as the predicate ("Haldersund is the country's largest
// city") it stays a claim.
func (sc *scratch) placeRank(ws []word, k int) bool {
	if k < 1 || k+1 >= len(ws) || ws[k-1].punc != 0 || ws[k+1].punc != 0 || !possessive(sc.lowOf(&ws[k-1])) || !rankedPlaces[sc.lowOf(&ws[k+1])] {
		return false
	}
	j := k - 2
	if j > 0 && ws[j].punc == 0 && sc.is(&ws[j], "the") {
		j-- // "is the state's third-busiest port"
	}
	return !(j >= 0 && ws[j].punc == 0 && (ws[j].in(lBeVerbs) || sc.is(&ws[j], "become") || sc.is(&ws[j], "became")))
}

var rankedPlaces = wordtable.Words(`city town state country port island county region province nation`)

// tallied are contests whose "result of" is a count announced, not a
// cause: "the result of the vote".
var tallied = wordtable.Words(`vote ballot election referendum count poll match race draw`)

// expectedAt returns where "expected" is in the phrase ws[k:k+n], or -1.
func (sc *scratch) expectedAt(ws []word, k, n int) int {
	for e := k; e < k+n; e++ {
		if sc.is(&ws[e], "expected") {
			return e
		}
	}
	return -1
}

// shareAfter are the words that may follow a share such as "by a third":
// prepositions, times and conjunctions, not a noun it would count.
var shareAfter = wordtable.Words(`of in since last this from to on
	over between and or compared after before during at
	for than year years within under but while as when`)

// conditionBefore reports whether "if", "unless" or "whether" opens the
// clause of ws[k] within four words before it.
func (sc *scratch) conditionBefore(ws []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4 && ws[j].punc == 0; j-- {
		if sc.is(&ws[j], "if") || sc.is(&ws[j], "unless") || sc.is(&ws[j], "whether") {
			return true
		}
	}
	return false
}

// courtTimetable reports whether the prediction ws[k:k+n] is how long a
// sitting is expected to last: "The trial ... is expected to last five
// weeks", "The inquiry is expected to run until March"; the court's or
// the chair's timetable, not a forecast of the writer's.
func (sc *scratch) courtTimetable(ws []word, k, n int) bool {
	e := sc.expectedAt(ws, k, n)
	if e < 0 || e+2 >= len(ws) || !sc.is(&ws[e+1], "to") || !(sc.is(&ws[e+2], "last") || sc.is(&ws[e+2], "run")) {
		return false
	}
	return sc.sittingSubject(ws, k)
}

// sittingSubject reports whether the subject of the clause before ws[k]
// is a sitting whose length a court or a chair sets: "The trial", "The
// inquiry's hearings".
func (sc *scratch) sittingSubject(ws []word, k int) bool {
	for j := 0; j < k && j <= 3; j++ {
		if ws[j].punc != 0 {
			return false
		}
		if sittings[sc.lowOf(&ws[j])] {
			return true
		}
	}
	return false
}

var sittings = wordtable.Words(`trial hearing hearings inquiry inquest retrial session conference`)

// shortAppositive reports whether one or two plain words close an
// appositive with a comma at ws[k:]: "chain," in ", the largest chain,".
func (sc *scratch) shortAppositive(ws []word, k int) bool {
	for j := k; j < len(ws) && j <= k+2; j++ {
		if ws[j].punc == ',' {
			return j > k
		}
		if ws[j].punc != 0 || ws[j].cap || sc.is(&ws[j], "in") || sc.is(&ws[j], "of") || sc.is(&ws[j], "since") {
			return false
		}
	}
	return false
}

// calledBefore reports whether a form of "call" comes before ws[k] in its
// clause: "The mayor called the vote a sign that ...".
func (sc *scratch) calledBefore(ws []word, k int) bool {
	for j := k - 1; j >= 0 && ws[j].punc == 0; j-- {
		if l := sc.lowOf(&ws[j]); l == "called" || l == "calls" || l == "call" || l == "calling" {
			return true
		}
	}
	return false
}

// openQuestion are the words before "whether" or "if" that make what
// follows an open question rather than a prediction: "it is unclear
// whether", "the question is whether", "remains to be seen if", "is not
// detailing what steps, if any, it will take".
var openQuestion = wordtable.Words(`unclear uncertain clear known know knows knowing is
	seen wonder wonders wondering asked asking
	determine determining decide say said tell
	detail detailing disclose disclosing disclosed explain explaining specify specifying`)

// indirectQuestion reports whether a question word at ws[k] opens a
// question told, not asked: "How" opening the sentence ("How they will
// do that is a matter of debate"), after a word of not knowing ("no
// one knows what the field will look like", "it is unclear how"), or
// "whether" after doubts or questions "about" it ("raised doubts about
// whether Congress will act") or after a verb that takes it with "on" or
// "over" ("focuses on whether Lund or Ward will be picked").
func (sc *scratch) indirectQuestion(ws []word, k int) bool {
	l := sc.lowOf(&ws[k])
	if !indirectOpeners[l] {
		return false
	}
	if k == 0 {
		return l == "how" || l == "whether" && sc.doubtedAfter(ws) // not "What is certain is that ...", nor "Whether they follow will depend on ..."
	}
	if ws[k-1].punc != 0 {
		return false
	}
	if l != "whether" && ws[k-1].in(lOpenQuestion) && !weakQuestion[sc.lowOf(&ws[k-1])] {
		return true
	}
	if l != "how" && l != "what" && l != "whether" {
		return false // "the question of who might replace him will draw ...": the question is the subject; its main verb predicts
	}
	if k > 1 && sc.is(&ws[k-1], "of") && doubtNouns[sc.lowOf(&ws[k-2])] {
		return true // "the question of how the nation will reckon with it"
	}
	if l == "whether" && k > 1 && sc.is(&ws[k-1], "about") && doubtNouns[sc.lowOf(&ws[k-2])] {
		return true
	}
	return l == "whether" && k > 1 && (sc.is(&ws[k-1], "on") || sc.is(&ws[k-1], "over")) && questionVerbs[sc.lowOf(&ws[k-2])]
}

// questionVerbs take a question told with "on whether" or "over
// whether": "the talk focuses on whether Lund or Ward will be picked", "the
// board is split over whether the plant will close". The question ends
// the sentence there; after a noun ("the row over whether the depot
// closes will end the coalition") the main clause may still predict.
var questionVerbs = wordtable.Words(`focus focuses focused focusing centre centres
	centred center centers centered depend depends depended hinge hinges
	hinged rest rests rested split divided agree agreed disagree disagreed`)

// doubtedAfter reports whether a sentence that opens on "Whether" says
// the question is open: "Whether the ferry will run through the winter is
// less clear",
// "... remains unclear", "... is uncertain".
func (sc *scratch) doubtedAfter(ws []word) bool {
	for j := 1; j < len(ws); j++ {
		if ws[j].punc != 0 {
			continue
		}
		switch sc.lowOf(&ws[j]) {
		case "unclear", "uncertain", "unknown":
			return true
		case "clear", "certain", "known":
			if p := sc.lowOf(&ws[j-1]); p == "less" || p == "not" || p == "far" {
				return true
			}
		}
	}
	return false
}

// namedList reports whether the count at ws[k] is followed, after a
// colon, by the names it counts, as many as it says: "at least three
// victims: Ida Strand, Per Holm and Asa Lind". Each name opens with a
// capital letter; "two in the square and one at the station" names no
// one.
func (sc *scratch) namedList(text string, ws []word, k int) bool {
	n := countValue(sc.lowOf(&ws[k]))
	if n < 2 {
		return false
	}
	c := k + 1
	for c < len(ws) && c <= k+6 && ws[c].punc == 0 {
		c++
	}
	if c >= len(ws) || c > k+6 || ws[c].punc != ':' {
		return false
	}
	items, named := 0, true
	start := true // at the start of an item
	for j := c + 1; j < len(ws); j++ {
		w := &ws[j]
		switch {
		case w.punc == ',' || w.punc == 0 && sc.is(w, "and"):
			start = true
		case w.punc != 0:
			if w.punc == '.' {
				continue // "Jr.", "St."
			}
			return false
		case start:
			items++
			named = named && w.cap
			start = false
		}
	}
	return named && items == n
}

// ageNow reports whether the number at ws[k] is a person's age: "Now 52
// and living in Harrow, he ...", "Ward, aged 71, ...".
func (sc *scratch) ageNow(ws []word, k int) bool {
	if k == 0 || ws[k-1].punc != 0 || !sc.is(&ws[k-1], "now") && !sc.is(&ws[k-1], "aged") || k+1 < len(ws) && ws[k+1].punc != ',' && !sc.is(&ws[k+1], "and") {
		return false
	}
	if k > 1 && ws[k-2].punc != ',' {
		return false // an aside on a person, opening the sentence or set off by commas; not "The fleet is now 46"
	}
	n, err := strconv.Atoi(sc.lowOf(&ws[k]))
	return err == nil && n > 0 && n < 120
}

// countValue returns the number a small count stands for ("three", "3"),
// or 0.
func countValue(l string) int {
	if l != "" && len(l) <= 2 && strings.Trim(l, "0123456789") == "" {
		v, _ := strconv.Atoi(l) // digits only: no error to allocate
		return v
	}
	for i, w := range [...]string{"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"} {
		if l == w {
			return i + 2
		}
	}
	return 0
}

// movementWords before "causes" make them movements or aims, not causes
// of something: "liberal social causes", "championed progressive causes".
var movementWords = wordtable.Words(`social liberal progressive conservative
	political humanitarian environmental religious favorite favourite pet
	cherished championed champions champion supported supports backed backs
	promoted promotes`)

// causeOpen reports whether the sentence goes on to say the cause named
// at ws[j:] is not known: "The cause of the fire is not yet known",
// "... remains unclear", "... is under investigation".
func (sc *scratch) causeOpen(ws []word, j int) bool {
	for m := j; m < len(ws); m++ {
		if ws[m].punc != 0 {
			if ws[m].punc == ';' {
				return false
			}
			continue
		}
		switch sc.lowOf(&ws[m]) {
		case "unknown", "unclear", "undetermined", "investigation", "investigated":
			return true
		case "known", "clear", "determined":
			if p := sc.lowOf(&ws[m-1]); p == "not" || p == "yet" && m > 1 && sc.is(&ws[m-2], "not") {
				return true
			}
		}
	}
	return false
}

// possibilityWords open a clause told as a possibility, not a forecast.
var possibilityWords = wordtable.Words(`possible conceivable chance possibility`)

var doubtNouns = wordtable.Words(`doubts doubt questions question debate uncertainty`)

// indirectOpeners open an indirect question: "no closer to knowing who
// the nominee will be", "nobody knows when the bridge will reopen".
var indirectOpeners = wordtable.Words(`how what whether who when where which`)

// weakQuestion are the openQuestion words that open a question only with
// "whether": "the plan is if it passes, the city will", "made it clear if
// elected he will".
var weakQuestion = wordtable.Words(`is clear say tell`)

// ifAny reports whether the comma at ws[k] opens or closes the aside ",
// if any,", which leaves the question around it open: "is not detailing
// what steps, if any, it will take".
func (sc *scratch) ifAny(ws []word, k int) bool {
	if k+3 < len(ws) && sc.is(&ws[k+1], "if") && sc.is(&ws[k+2], "any") && ws[k+3].punc == ',' {
		return true
	}
	return k >= 3 && sc.is(&ws[k-2], "if") && sc.is(&ws[k-1], "any") && ws[k-3].punc == ','
}

// notUntil reports whether "won't" or "will not" at ws[k] puts off a
// meeting verb until a named day or month: "where Democrats won't vote
// until June", "The council will not meet until March 3". The calendar,
// as "will vote in June" is.
func (sc *scratch) notUntil(ws []word, k int) bool {
	v := k + 1
	if sc.is(&ws[k], "will") {
		if v >= len(ws) || !sc.is(&ws[v], "not") {
			return false
		}
		v++
	} else if l := sc.lowOf(&ws[k]); l != "won't" {
		return false
	}
	if v+2 >= len(ws) || ws[v].punc != 0 || !ws[v].in(lMeetingVerbs) {
		return false
	}
	for j := v + 1; j+1 < len(ws) && j <= v+3 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "until") {
			return ws[j+1].cap && weekdayOrMonth(sc.lowOf(&ws[j+1]))
		}
	}
	return false
}

// historyFrames before "in history" make it no record: "rooted in
// history", "a degree in history".
var historyFrames = wordtable.Words(`rooted steeped mired grounded anchored degree degrees
	lesson lessons course courses professor interest`)
