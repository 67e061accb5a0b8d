package attribution

import (
	"slices"
	"strings"

	"github.com/attrlint/attrlint/rules/document"

	"github.com/attrlint/attrlint/rules/sentences"
	"github.com/attrlint/attrlint/rules/tokens"
	"github.com/attrlint/attrlint/rules/wordtable"
)

// maxNP bounds a source noun phrase, in words.
const maxNP = 10

// maxLeftNP bounds a source read leftwards from its cue, before any
// appositive.
const maxLeftNP = 12

// ambiguous -s forms that read as nouns as often as verbs ("the reports",
// "his claims"): they cue only after a name or a pronoun.
var ambiguous = map[string]bool{
	"reports": true, "claims": true, "estimates": true, "states": true, "notes": true,
	"calls": true, "plans": true, "forecasts": true, "projects": true, "fears": true,
	"hopes": true, "records": true, "promises": true, "finds": true, "shows": true,
	"charges": true, "cites": true, "believes": false, "warns": true, "tells": true,
	"adds": true, "wants": true, "aims": true, "seeks": true, "vows": true, "pledges": true,
	"threatens": true, "refuses": true, "blames": true, "accuses": true, "describes": true,
	"criticizes": true, "admits": true, "denies": true, "insists": true, "argues": true,
	"reveals": true, "suggests": true, "confirms": true, "contends": true, "maintains": true,
	"concludes": true, "predicts": true, "indicates": true, "asserts": true, "writes": true,
	"tweets": true, "explains": true, "acknowledges": true, "alleges": true, "concedes": true,
	"expects": true, "thinks": true, "feels": true, "intends": true, "announces": true,
	"talks": true, "signals": true, "doubts": true, "favors": true, "asks": true, "slams": true,
	"blasts": true, "praises": true, "echoes": true, "refers": true, "considers": true, "prefers": true,
}

// possessives and articles that make the next cue word a noun ("her
// comments", "the report"); "this" and "that" are left out: they are
// subjects as often ("this shows").
var nounMarkers = wordtable.Words(`the a an his her their its
	our my your these those whose any every each`)

// quantifiers before a weak cue word make it a noun: "broad support".
var quantifiers = wordtable.Words(`percent less much little broad strong
	widespread bipartisan qualified growing enough
	no public popular full tacit unanimous`)

// contractions ending in 's that are a subject and a verb, not a possessive.
var sContractions = wordtable.Words(`he's she's it's that's who's what's
	there's here's where's let's`)

// nounBefore reports whether w makes the word after it a noun: an article,
// a possessive pronoun, or a possessive ("Trump's").
func (sc *scratch) nounBefore(w *word) bool {
	if w.in(lNounMarkers) {
		return true
	}
	l := sc.lowOf(w)
	return len(l) > 2 && l[len(l)-2:] == "'s" && !sContractions[l]
}

// modifiedNoun reports whether the cue noun at ws[k] ends a noun phrase
// that opens on a determiner one or two words before it, the words between
// plain lower-case modifiers: "its own forecast", "its first profit
// warning", "a weather warning".
// sNoun reports whether the ambiguous -s cue word at ws[k] ("charges",
// "claims", "calls") is a noun here: the subject of a verb of its own
// ("Service charges have risen"), the object of a past verb or a particle
// ("turned down calls to"), or the end of a modified object ("raised its
// transit charges").
func (sc *scratch) sNoun(ws []word, k int) bool {
	if k+1 < len(ws) && ws[k+1].punc == 0 && (ws[k+1].in(lModals) || ws[k+1].in(lBeVerbs)) {
		return true
	}
	return sc.afterVerb(ws, k) || sc.objectNoun(ws, k) && sc.modifiedNoun(ws, k)
}

// emptyRelative reports whether the cue at ws[k] closes a relative clause
// on "who" with nothing said in it, the main verb next: "the customers who
// complained are likely to".
func (sc *scratch) emptyRelative(ws []word, k int) bool {
	return k > 0 && sc.is(&ws[k-1], "who") && k+1 < len(ws) && ws[k+1].punc == 0 && (ws[k+1].in(lBeVerbs) || ws[k+1].in(lModals) || sc.haveForm(&ws[k+1]))
}

// contactRelative reports whether the cue at ws[k] is the verb of a
// relative clause with no "that" whose object is the noun before it: "a
// quarter of the savings it has pledged by 2028", "the savings the two
// companies promised by at least a year", "the 30 million selvins a year
// the bank promised"; the pledge is the
// noun's description, no statement whose content follows. Only when
// nothing that could be content (a clause, a "to") follows the cue.
func (sc *scratch) contactRelative(ws []word, k int) bool {
	j := k - 1
	for j > 0 && ws[j].punc == 0 && (sc.haveForm(&ws[j]) || ws[j].in(lModals) || ws[j].in(lBeVerbs)) {
		j-- // "it has", "they had"
	}
	if j >= 1 && j < k && ws[k].cls&cIntent != 0 && ws[j].punc == 0 && !ws[j].cap && ws[j].cls&(cStrong|cWeak|cIntent|cStop|cPronoun) == 0 && !ws[j].in(lArticles) {
		// A subject noun phrase on an article or a possessive, before a
		// verb of promising: "the savings the two companies promised by
		// 2028"; not "under rules the ministry published in September",
		// where the rules are the source.
		a := j - 1
		for a > 0 && a >= j-2 && ws[a].punc == 0 && !ws[a].cap && !ws[a].in(lArticles) && !possessive(sc.lowOf(&ws[a])) && (ws[a].kind == tokens.Number || ws[a].in(lWordNumbers)) {
			a--
		}
		if a >= 1 && ws[a].punc == 0 && (sc.is(&ws[a], "the") || possessive(sc.lowOf(&ws[a]))) && !ws[a].cap {
			j = a // the phrase's first word stands where the pronoun would
		} else {
			return false
		}
	} else if j < 1 || j == k || ws[j].punc != 0 || !subjectPronouns[sc.lowOf(&ws[j])] && !sc.is(&ws[j], "it") {
		return false
	}
	if ws[j-1].punc != 0 || !strings.HasSuffix(sc.lowOf(&ws[j-1]), "s") && !(ws[j].in(lArticles) && j > 1 && sc.is(&ws[j-2], "a") && ws[j-1].in(lPeriodWords)) || ws[j-1].cap || ws[j-1].cls&(cStrong|cWeak|cIntent|cStop) != 0 || ws[j-1].in(lSubordinators|lConnectives|lBeVerbs) || possessive(sc.lowOf(&ws[j-1])) {
		return false
	}
	return k+1 >= len(ws) || ws[k+1].punc != 0 || sc.is(&ws[k+1], "by") || sc.is(&ws[k+1], "in") || sc.is(&ws[k+1], "last") || sc.is(&ws[k+1], "for")
}

// willFind reports whether "find" or "see" at ws[k] follows "will": a
// forecast of what someone will come upon ("Few importers will find
// another supplier before spring"), no finding reported.
func (sc *scratch) willFind(ws []word, k int) bool {
	return k > 0 && sc.is(&ws[k-1], "will") && (sc.is(&ws[k], "find") || sc.is(&ws[k], "see"))
}

// reducedRelative reports whether the participle cue at ws[k] only
// describes the plural before it, whose own verb follows: "Dispensing
// errors reported to the council have risen by about 40 percent"; or an
// object with an indefinite article before it ("has not turned down a
// toll change proposed by the authority since 1962").
func (sc *scratch) reducedRelative(ws []word, k int) bool {
	if k == 0 || k+2 >= len(ws) || ws[k-1].punc != 0 || ws[k+1].punc != 0 || !strings.HasSuffix(sc.lowOf(&ws[k]), "ed") {
		return false
	}
	if sc.is(&ws[k+1], "by") {
		for j := k - 1; j >= 1 && j >= k-3 && ws[j].punc == 0; j-- {
			if (sc.is(&ws[j], "a") || sc.is(&ws[j], "an")) && ws[j-1].punc == 0 && !ws[j-1].in(lBeVerbs) {
				return true
			}
		}
	}
	if p := sc.lowOf(&ws[k-1]); !plural(p) || ws[k-1].cls&cPronoun != 0 || ws[k-1].cap && k-1 > 0 || !relativePrepositions[sc.lowOf(&ws[k+1])] {
		return false
	}
	for j := k + 2; j+1 < len(ws) && j <= k+7 && ws[j].punc == 0; j++ {
		if sc.is(&ws[j], "that") {
			return false // "officials reported to the council that": speech
		}
		if sc.haveForm(&ws[j]) || ws[j].in(lModals) || ws[j].in(lBeVerbs) && !sc.is(&ws[j], "being") {
			return true
		}
	}
	return false
}

var relativePrepositions = wordtable.Words(`to by in at on from since over`)

// sSubject reports whether the -s word at ws[k] is a plural noun before
// its own verb, a be-verb or a form of "have": "Compensation claims are
// expected to", "The pier's timber supports had not been inspected".
func (sc *scratch) sSubject(ws []word, k int) bool {
	if k+1 >= len(ws) || ws[k+1].punc != 0 || ws[k+1].cap || !strings.HasSuffix(sc.lowOf(&ws[k]), "s") {
		return false
	}
	return ws[k+1].in(lBeVerbs) && !sc.is(&ws[k+1], "being") || sc.haveForm(&ws[k+1])
}

// afterVerb reports whether the -s word at ws[k] follows a past verb or
// a verb's particle as its object: "turned down calls to", "rejected
// claims that", "faced charges".
func (sc *scratch) afterVerb(ws []word, k int) bool {
	if k == 0 || ws[k-1].punc != 0 || ws[k-1].cap {
		return false
	}
	p := sc.lowOf(&ws[k-1])
	return strings.HasSuffix(p, "ed") && ws[k-1].cls&(cStrong|cWeak) == 0 || p == "down" || p == "off" || p == "faces" || p == "face" || p == "facing"
}

// objectNoun reports whether the -s word at ws[k] ends the object of a
// verb or a preposition, two or three words after it: "raised its transit
// charges", "over their insurance claims"; not "Its lawyer claims", a
// subject and its verb.
func (sc *scratch) objectNoun(ws []word, k int) bool {
	for d := 2; d <= 3 && k-d-1 >= 0; d++ {
		if ws[k-d].punc == 0 && sc.nounBefore(&ws[k-d]) {
			v := &ws[k-d-1]
			return v.punc == 0 && !v.cap && (strings.HasSuffix(sc.lowOf(v), "ed") || objectPrepositions[sc.lowOf(v)])
		}
	}
	return false
}

func (sc *scratch) modifiedNoun(ws []word, k int) bool {
	for d := 2; d <= 3 && k-d >= 0; d++ {
		if ws[k-d].punc != 0 {
			return false
		}
		if ws[k-d+1].punc != 0 || ws[k-d+1].cap || ws[k-d+1].cls&(cStrong|cWeak|cIntent|cStop) != 0 {
			return false
		}
		if sc.nounBefore(&ws[k-d]) {
			return true
		}
	}
	return false
}

// peopleGroup reports whether ws[ns:ne] is a group of people in a role,
// its head a plural source word before any preposition, said where they
// work: "Health officials in neighbouring districts", "Company
// executives"; not a bare "Officials", as unplaced as "sources".
func (a *analyzer) peopleGroup(ws []word, ns, ne int) bool {
	for j := ns; j < ne && ws[j].punc == 0; j++ {
		l := a.sc.lowOf(&ws[j])
		if ws[j].cls&cPerson != 0 {
			return strings.HasSuffix(l, "s") && (j+1 == ne && j > ns || j+1 < ne && (a.sc.is(&ws[j+1], "in") || a.sc.is(&ws[j+1], "at")))
		}
		if ws[j].in(lSubordinators) || l == "of" || l == "in" || l == "at" {
			return false
		}
	}
	return false
}

// someInBefore reports whether the words before ws[k] are "Some",
// "Many", "Most" or "Others" and a place, opening the sentence: "Some in
// the town claim that"; the cue word is their verb, not a noun.
func (sc *scratch) someInBefore(ws []word, k int) bool {
	if k < 3 || k > 7 || !placedGroup[sc.lowOf(&ws[1])] {
		return false
	}
	switch sc.lowOf(&ws[0]) {
	case "some", "many", "most", "others":
	default:
		return false
	}
	for j := 2; j < k; j++ {
		if ws[j].punc != 0 || ws[j].cls&(cStrong|cWeak) != 0 {
			return false
		}
	}
	return true
}

// groupOfBefore reports whether the bare cue word at ws[k] follows a
// plural of people and what they are of: "Opponents of the cap claim",
// "Critics of the new levy claim"; the plural is its subject, so it is a
// verb, not a noun after "the cap".
func (sc *scratch) groupOfBefore(ws []word, k int) bool {
	if strings.HasSuffix(sc.lowOf(&ws[k]), "s") {
		return false
	}
	for j := k - 2; j >= 1 && j >= k-4; j-- {
		if ws[j].punc != 0 || ws[j+1].punc != 0 {
			return false
		}
		if sc.is(&ws[j], "of") {
			p := &ws[j-1]
			if p.punc == 0 && partOf[sc.lowOf(p)] && plural(sc.lowOf(&ws[k-1])) {
				return true // "Some of the cooks claim": a part of a group, then its verb
			}
			return p.punc == 0 && p.cls&cPerson != 0 && strings.HasSuffix(sc.lowOf(p), "s")
		}
		if sc.is(&ws[j], "in") && sc.is(&ws[j+1], "the") {
			p := &ws[j-1] // "Signwriters in the trade claim that", "Some captains in the league claim the increase"; not "Changes in the trade claim process"
			return p.punc == 0 && (!p.cap || j == 1) && plural(sc.lowOf(p)) && k+1 < len(ws) && (sc.is(&ws[k+1], "that") || ws[k+1].in(lArticles))
		}
	}
	return false
}

var beVerbs = wordtable.Words(`is was were are been be being
	isn't wasn't aren't weren't`)

// polledBy reports whether the phrase at ws[ns] is who polled the plural
// that opens the sentence: "Economists polled by the newspaper ...".
func (a *analyzer) polledBy(ws []word, ns int) bool {
	if ns < 3 || !a.sc.is(&ws[ns-1], "by") || !(a.sc.is(&ws[ns-2], "polled") || a.sc.is(&ws[ns-2], "surveyed")) {
		return false
	}
	for j := 0; j < ns-2; j++ {
		if ws[j].punc != 0 {
			return false
		}
	}
	return true
}

// negatedSource reports whether a source phrase names no one: "No
// tribunal in Corrandy", "None of the regulators".
func negatedSource(src string) bool {
	for _, n := range [...]string{"no ", "none ", "nobody", "no-one", "neither "} {
		if len(src) >= len(n) && strings.EqualFold(src[:len(n)], n) {
			return true
		}
	}
	return false
}

// participleOpeners introduce a participle cue whose source is the
// subject of the sentence: "Trump answered by saying ...".
var participleOpeners = wordtable.Words(`by while after before when`)

var participles = wordtable.Words(`saying adding noting arguing telling warning insisting explaining claiming citing calling
	contending mocking accusing describing predicting suggesting stressing
	acknowledging asserting urging vowing promising recalling complaining
	criticizing praising blaming questioning emphasizing conceding declaring`)

// sentence finds the attributions made inside sentence i.
func (a *analyzer) sentence(i int, s sentences.Sentence) []Attribution {
	text := a.doc.Blocks[s.Block].Text
	ws := a.sc.load(i)
	out := a.sc.out[:0] // kept in a.arena at the end
	a.title = titleCase(ws)
	inq := a.quoteMask(s.Block, ws)
	k0 := 0
	if at, k, ok := a.labelAt(text, ws, s); ok {
		// A speaker label opening the paragraph comes first, whatever cue
		// words the speaker's turn holds: "FALLIN: I think he is ...".
		at.Sentence = i
		out = append(out, at)
		k0 = k + 1
	}
	if at, ok := a.figuresFrom(ws, s); ok && k0 == 0 {
		at.Sentence = i
		out = append(out, at)
		k0 = len(ws) // "The figures come from the ministry's annual survey": the sentence is the sourcing
	}
	for k := k0; k < len(ws); k++ {
		if inq[k] || ws[k].punc != 0 {
			continue
		}
		if ws[k].cls&cueGate == 0 {
			if ws[k].hi-ws[k].lo == 5 && a.sc.is(&ws[k], "named") || a.sc.figureGiven(ws, k) {
				if at, next, ok := a.passiveBy(text, ws, k, s); ok {
					at.Sentence = i
					out = append(out, at) // "were named by the airline as ...": no cue word, but a statement made
					k = next - 1
				}
			}
			if at, ok := a.courtOrdered(ws, k, s); ok {
				at.Sentence = i
				out = append(out, at) // "Salm will serve the rest of his term at Grevholt, the court ordered."
			}
			continue // not a cue, nor a second cue (continuedCue wants cStrong or cWeak)
		}
		at, next, ok := a.cueAt(text, ws, k, s)
		if ok && at.HasSource && negatedSource(text[at.Source.Start:at.Source.End]) {
			ok = false // "No tribunal in Corrandy had previously found": no one said it, a record
		}
		if ok && at.HasSource && len(out) > 0 && !out[len(out)-1].HasSource && inside(out[len(out)-1].Cue, at.Cue) {
			// "he reportedly said": the speaker's cue holds the marker;
			// both stand, the speaker's first.
		} else if ok && at.HasSource && len(out) > 0 && at.Source.Start < out[len(out)-1].Cue.End && at.Source != out[len(out)-1].Source {
			if last, frame := &out[len(out)-1], (Span{at.Source.Block, at.Source.Start, at.Cue.Start}); inside(last.Cue, frame) && (!last.HasSource || inside(last.Source, frame)) &&
				at.Source.Start < last.Source.Start && !strings.HasSuffix(a.sc.lowOf(&ws[k]), "ing") && !a.afterConjunction(ws, k) && at.Kind == Direct {
				// The last frame sits inside this source: "Okafor, who
				// endorsed Ward, said" keeps both; "Okafor, in a statement
				// released Tuesday, said" and "78 percent of voters in a new
				// poll said" drop the last, whose content would be part of
				// this source.
				if last.Content.End <= last.Cue.Start && inside(last.Content, frame) {
					out = out[:len(out)-1]
				}
			} else {
				ok = false // the source would reach into the last frame: "said in a statement released"
			}
		}
		if (!ok || !at.HasSource && at.Kind == Direct) && len(out) > 0 && out[len(out)-1].HasSource {
			// "..., he said, adding that ...", "... and said": a second cue
			// of the source already named in this sentence.
			if c, n, cok := a.continuedCue(text, ws, k, s, out[len(out)-1]); cok || !ok {
				at, next, ok = c, n, cok
			}
		}
		if !ok {
			u, uok := a.unsourcedAt(text, ws, k, s)
			if !uok {
				continue
			}
			if u.Sentence = i; !u.HasSource {
				a.unsourced = append(a.unsourced, u)
				continue
			}
			at, next, ok = u, k+1, true // "is accused of misconduct by the Pharmacy Council": a source after all
		}
		at.Sentence = i
		if len(out) > 0 && at.HasSource && out[len(out)-1].HasSource && at.Source == out[len(out)-1].Source {
			a.trimBefore(ws, &out[len(out)-1], at) // a second cue of one source
		} else if len(out) > 0 && at.HasSource && a.coordinated(ws, at.Source.Start) {
			// "21 percent said yes and 14 percent said no": a second
			// source in a clause of its own, not reported inside the first.
			a.trimBefore(ws, &out[len(out)-1], at)
		}
		out = append(out, at)
		for next < len(ws) && ws[next].s < at.Cue.End {
			next++ // past a cue tail: "said in a statement"
		}
		k = next - 1
	}
	if len(out) == 1 && i > 0 && out[0].HasSource && out[0].Kind == Direct {
		a.quoteBefore(text, ws, i, s, out[0])
	}
	if len(out) == 0 && i > 0 && len(ws) > 1 && ws[0].punc == 'D' && a.dashCredit(ws, 1) {
		// "“…” — Mayor Ellen Ward" split after the quote: the name credits
		// the sentence before it.
		if p := a.ss.Sentences[i-1]; p.Block == s.Block && len(a.own[i-1]) == 0 {
			at := Attribution{Kind: Direct, HasSource: true, Sentence: i - 1,
				Source:  Span{s.Block, ws[1].s, ws[creditEnd(ws, 1)-1].e},
				Cue:     Span{s.Block, ws[0].s, ws[0].e},
				Content: Span{s.Block, p.Start, p.End}}
			a.own[i-1] = []Attribution{at}
			a.from[i-1] = int32(i - 1)
		}
		a.sc.out = out
		return nil
	}
	if len(out) == 0 {
		if at, ok := a.colonOrDash(text, ws, s); ok {
			at.Sentence = i
			out = append(out, at)
		}
	}
	if len(out) > 1 && !out[0].HasSource {
		// The sentence's attribution that names a source comes first: it
		// is the one carried to the sentences after it.
		slices.SortStableFunc(out, func(x, y Attribution) int {
			if x.HasSource == y.HasSource {
				return 0
			}
			if x.HasSource {
				return -1
			}
			return 1
		})
	}
	a.sc.out = out
	return a.arena.Copy(out)
}

// consideredNext open the view after "is considered": "is considered a
// long shot", "is considered likely to".
var consideredNext = wordtable.Words(`a an the one to among
	likely unlikely more less most`)

// unsourcedAt reads a passive that attributes to no one: "The sale is
// expected to close", "Ward was not expected to run", "The contractor is
// accused of fraud", "is seen as", "is known for", "is considered a". The cue runs from the auxiliary; the content is the
// subject and what follows the cue.
func (a *analyzer) unsourcedAt(text string, ws []word, k int, s sentences.Sentence) (Attribution, bool) {
	if k < 2 || k+1 >= len(ws) || ws[k+1].punc != 0 || ws[k].cap {
		return Attribution{}, false
	}
	end := k
	switch a.sc.lowOf(&ws[k]) {
	case "expected", "forecast", "predicted", "projected":
		if !a.sc.is(&ws[k+1], "to") {
			return Attribution{}, false // "was forecast for Friday"
		}
	case "accused":
		if !a.sc.is(&ws[k+1], "of") {
			return Attribution{}, false
		}
		end = k + 1
	case "seen", "viewed":
		if !a.sc.is(&ws[k+1], "as") {
			return Attribution{}, false // "was seen leaving", "was seen by"
		}
	case "known":
		if !a.sc.is(&ws[k+1], "for") {
			return Attribution{}, false
		}
		end = k + 1
	case "considered":
		if !consideredNext[a.sc.lowOf(&ws[k+1])] {
			return Attribution{}, false // "was considered in committee", "considered by"
		}
	default:
		return Attribution{}, false
	}
	b := k - 1
	for b > 0 && ws[b].punc == 0 && (a.sc.is(&ws[b], "not") || a.adverb(&ws[b]) || ws[b].in(lPassiveAdverbs)) {
		b-- // "are now expected to", "is still expected to"
	}
	if ws[b].punc != 0 || !ws[b].in(lBeVerbs) {
		return Attribution{}, false
	}
	if b > 0 && a.sc.is(&ws[b], "be") && ws[b-1].punc == 0 && a.sc.is(&ws[b-1], "to") {
		return Attribution{}, false // "seeks to be seen as the party's leader": an aim, not a view reported
	}
	at := Attribution{Kind: Unsourced, Cue: Span{s.Block, ws[b].s, ws[end].e}}
	at.Content = a.after(text, ws, end+1, s)
	if ns, _, ok := a.leftNP(ws, b); ok {
		at.Content.Start = ws[ns].s
	}
	if by := a.agentAfter(ws, end+1); by > 0 && a.sc.is(&ws[k], "accused") {
		// "is accused of misconduct by the Pharmacy Council": the body
		// that accuses is the source.
		ns, ne := rightNP(ws, by+1, &a.sc)
		if ne > ns {
			at.Kind, at.HasSource = Direct, true
			at.Source = Span{s.Block, ws[ns].s, ws[ne-1].e}
			at.Vague = a.vague(ws, ns, ne)
		}
	}
	return at, true
}

// agentAfter returns where "by" and a named or definite agent follow an
// allegation's object within a few words ("accused of misconduct by the
// Pharmacy Council"), or 0.
func (a *analyzer) agentAfter(ws []word, k int) int {
	for j := k + 1; j+1 < len(ws) && j <= k+5 && ws[j-1].punc == 0; j++ {
		if a.sc.is(&ws[j], "by") && ws[j].punc == 0 && ws[j+1].punc == 0 && (ws[j+1].cap || a.sc.is(&ws[j+1], "the") || a.sc.is(&ws[j+1], "its") || a.sc.is(&ws[j+1], "his") || a.sc.is(&ws[j+1], "her") || a.sc.is(&ws[j+1], "their")) {
			return j
		}
	}
	return 0
}

// quoteBefore handles a frame that opens its sentence after a quotation
// the sentence splitter ended at its "!" or "?" ("“We won!” Ward said to
// reporters."): the frame says the quotation before it.
func (a *analyzer) quoteBefore(text string, ws []word, i int, s sentences.Sentence, at Attribution) {
	p := a.ss.Sentences[i-1]
	if p.Block != s.Block || len(a.own[i-1]) > 0 || at.Source.Start > ws[0].s && !(ws[0].punc != 0 && len(ws) > 1 && at.Source.Start == ws[1].s) {
		return
	}
	prev := strings.TrimRight(text[p.Start:p.End], " ")
	if !strings.HasSuffix(prev, "!”") && !strings.HasSuffix(prev, "?”") && !strings.HasSuffix(prev, "!\"") && !strings.HasSuffix(prev, "?\"") {
		return
	}
	fe := 0
	for fe < len(ws) && ws[fe].s < at.Cue.End {
		fe++
	}
	if a.thatAfter(ws, fe) >= 0 || a.clauseFollows(ws, fe) {
		return
	}
	at.Sentence = i - 1
	at.Content = Span{s.Block, p.Start, p.Start + len(prev)}
	a.own[i-1] = []Attribution{at}
	a.from[i-1] = int32(i - 1)
}

// questionWords open what a source was asked: "asked whether ...".
var questionWords = wordtable.Words(`whether if about why how what who
	when where which to`)

// askedAt reads "Asked whether ...", "When asked about ...", "was asked
// if ...": the question is attributed, with no source in the frame.
func (a *analyzer) askedAt(text string, ws []word, k int, s sentences.Sentence) (Attribution, int, bool) {
	if a.sc.lowOf(&ws[k]) != "asked" || k+1 >= len(ws) || ws[k+1].punc != 0 {
		return Attribution{}, 0, false
	}
	// The question word may come after who asked, where or when: "Asked
	// by Dickerson whether", "Asked on Fox News who", "Asked Tuesday about".
	q := k + 1
	var src Span
	if !questionWords[a.sc.lowOf(&ws[q])] {
		for q = k + 2; q < len(ws) && q <= k+10 && (ws[q].punc == 0 || ws[q].punc == '.'); q++ {
			if ws[q].punc == 0 && questionWords[a.sc.lowOf(&ws[q])] {
				break
			}
		}
		if q >= len(ws) || q > k+10 || ws[q].punc != 0 || !questionWords[a.sc.lowOf(&ws[q])] {
			return Attribution{}, 0, false
		}
		if a.sc.lowOf(&ws[k+1]) == "by" && q > k+2 {
			src = Span{s.Block, ws[k+2].s, ws[q-1].e} // the one who asked
		}
	}
	st := k
	if k > 0 && ws[k-1].punc == 0 {
		switch l := a.sc.lowOf(&ws[k-1]); {
		case l == "was" || l == "were" || l == "being":
			st = k - 1
		case l == "when" || l == "after" || l == "if" || l == "once":
		default:
			return Attribution{}, 0, false // "he asked whether": a speech cue with a source
		}
	}
	ce, cs := k, q // cue end, content start
	if a.sc.lowOf(&ws[q]) == "about" {
		cs = q + 1
		if q == k+1 {
			ce = k + 1 // "asked about"
		}
	}
	// The question runs to the next comma or the end of the sentence.
	e := cs
	for e < len(ws) && ws[e].punc != ',' && ws[e].punc != '?' {
		e++
	}
	e2 := e
	for e2 > cs && ws[e2-1].punc != 0 && !ws[e2-1].close {
		e2--
	}
	if e2 <= cs {
		return Attribution{}, 0, false
	}
	at := Attribution{Kind: Sourceless, Cue: Span{s.Block, ws[st].s, ws[ce].e}}
	if src.End > src.Start {
		at.Kind, at.HasSource, at.Source = Direct, true, src
	}
	at.Content = Span{s.Block, ws[cs].s, ws[e2-1].e}
	return at, e, true
}

// pollWords head a poll or survey that reports a finding.
var pollWords = wordtable.Words(`poll polls survey surveys study polling`)

// inPollAt reads "In a new Marist poll, ..." and "... led in the latest
// polls": the poll is the source and "in" the cue.
// standing: ws[k] is one of pollStandings ("topped a BVA poll with as much
// as 30%"), not "in".
func (a *analyzer) inPollAt(text string, ws []word, k int, s sentences.Sentence, standing bool) (Attribution, int, bool) {
	if k+1 >= len(ws) {
		return Attribution{}, 0, false
	}
	e := -1
	for j := k + 1; j < len(ws) && j <= k+10; j++ {
		w := &ws[j]
		if w.punc != 0 && w.punc != '.' && w.punc != '-' && w.punc != '\'' && w.punc != '/' {
			break
		}
		if w.punc == 0 && w.in(lPollWords) {
			e = j + 1
			break
		}
		if w.punc == 0 && !w.cap && w.cls&(cStop|cStrong|cWeak) != 0 && j > k+1 {
			break
		}
	}
	if e < 0 || standing && (k == 0 || e+1 >= len(ws) || !a.sc.is(&ws[e], "with") || !a.sc.countAhead(ws, e+1)) {
		return Attribution{}, 0, false // a standing needs its share: "led the poll with 31 percent"
	}
	at := Attribution{Kind: Direct, HasSource: true, Cue: Span{s.Block, ws[k].s, ws[k].e}}
	at.Source = Span{s.Block, ws[k+1].s, ws[e-1].e}
	if k == 0 || k == 1 && ws[0].punc != 0 {
		// "In a new poll, 40 percent ...": the content follows the comma.
		c := e
		for c < len(ws) && ws[c].punc != ',' {
			c++
		}
		if c+1 >= len(ws) {
			return Attribution{}, 0, false
		}
		at.Content = a.after(text, ws, c+1, s)
		return at, c + 1, true
	}
	named := a.theNewPoll(ws, k+1, e) // "in the new poll": the story's poll
	for j := k + 1; j < e; j++ {
		named = named || ws[j].cap || ws[j].kind == tokens.Number
	}
	if !named {
		return Attribution{}, 0, false // "strength in the polls": a standing, not a finding
	}
	if standing {
		at.Content = Span{s.Block, s.Start, contentEnd(text, s.Start, s.End)} // the candidate, the poll and the share
		return at, e, true
	}
	at.Content = a.contentAround(text, ws, k, e, s)
	return at, e, true
}

// theNewPoll reports whether ws[st:e] is "the poll", "the survey" or
// one of them "new", "latest" or "recent": the poll the story is about.
// Not "the same poll a month ago", an earlier reading, nor "the polls".
func (a *analyzer) theNewPoll(ws []word, st, e int) bool {
	if !a.sc.is(&ws[st], "the") || !a.sc.is(&ws[e-1], "poll") && !a.sc.is(&ws[e-1], "survey") {
		return false
	}
	switch e - st {
	case 2:
		return true
	case 3:
		l := a.sc.lowOf(&ws[st+1])
		return l == "new" || l == "latest" || l == "recent"
	}
	return false
}

// inMadeByAt reads a sentence that opens on figures and who made them:
// "In an average calculated by the Harbour Gazette, Okafor is ahead on 41
// percent", "In a tally kept by the Associated Press, ...": the maker is
// the source of the sentence after the comma.
func (a *analyzer) inMadeByAt(text string, ws []word, k int, s sentences.Sentence) (Attribution, int, bool) {
	if k != 0 || len(ws) < 6 || !ws[1].in(lArticles) && !possessive(a.sc.lowOf(&ws[1])) {
		return Attribution{}, 0, false
	}
	by := -1
	for j := 2; j < len(ws) && j <= 6 && ws[j].punc == 0; j++ {
		if madeBy[a.sc.lowOf(&ws[j])] && j+1 < len(ws) && a.sc.is(&ws[j+1], "by") && j > 2 {
			by = j + 1
			break
		}
	}
	if by < 0 {
		return Attribution{}, 0, false
	}
	ns, ne := rightNP(ws, by+1, &a.sc)
	if ne <= ns || ne >= len(ws) || ws[ne].punc != ',' || ne+1 >= len(ws) {
		return Attribution{}, 0, false // the sentence's clause must follow the maker, after a comma
	}
	at := Attribution{Kind: Direct, HasSource: true, Cue: Span{s.Block, ws[by-1].s, ws[by].e}}
	at.Source = Span{s.Block, ws[ns].s, ws[ne-1].e}
	at.Content = a.after(text, ws, ne+1, s)
	return at, ne + 1, true
}

// madeBy are the participles that say who made figures: "an average
// calculated by", "a tally kept by", "a count compiled by". Not
// "released by": "In a video released by the campaign, Okafor said"
// is Okafor's.
var madeBy = wordtable.Words(`calculated compiled kept conducted maintained`)

// titleCase reports whether most words of a sentence of at least four
// words start with a capital letter: a headline written in title case.
func titleCase(ws []word) bool {
	n, caps := 0, 0
	for k := range ws {
		if ws[k].punc != 0 || ws[k].kind == tokens.Number {
			continue
		}
		n++
		if ws[k].cap {
			caps++
		}
	}
	return n >= 4 && caps*4 >= n*3
}

// titleVerb reports whether a capitalised word in a title-case headline
// is a cue verb: a speech verb that is not also a common noun ("Says",
// "Slams", "Tells"; not "Reports" or "Plans").
func titleVerb(c class, low string) bool {
	if c&cStrong != 0 && !ambiguous[low] {
		return true
	}
	switch low {
	case "tells", "warns", "slams", "blasts", "calls", "urges", "accuses", "praises", "endorses", "announces", "reveals", "questioned", "slammed", "blasted", "praised", "endorsed":
		return true
	}
	return false
}

// quoteMask marks the words inside speech quotes: cues there are the
// speaker's words, not the attribution.
func (a *analyzer) quoteMask(b int, ws []word) []bool {
	mask := a.sc.mask[:0]
	for range ws {
		mask = append(mask, false)
	}
	a.sc.mask = mask
	for q := a.qs.First[b]; q < a.qs.First[b+1]; q++ {
		qt := &a.qs.Quotes[q]
		if !qt.Closed && !qt.Continues {
			continue // a stray mark, not a quotation to hide cues in
		}
		for k := range ws {
			if ws[k].s >= qt.InnerStart && ws[k].e <= qt.InnerEnd {
				mask[k] = true
			}
		}
	}
	return mask
}

// cueAt tries word k as a cue and returns the attribution and the index of
// the word after its frame.
func (a *analyzer) cueAt(text string, ws []word, k int, s sentences.Sentence) (Attribution, int, bool) {
	w := &ws[k]
	if w.cls&cueGate == 0 {
		// Most words: no path below can read them as a cue.
		return Attribution{}, 0, false
	}
	low := a.sc.lowOf(w)
	// The act checks are tried at their head words alone (cActHead,
	// lHedges): a word that passed cueGate is in the word table, which
	// marks them. Under WASM, calling them at every cue word was a
	// twentieth of a lint.
	if w.cls&cActHead != 0 && a.sc.amountAdded(ws, k) {
		return Attribution{}, 0, false // "adding about 60 veld a month to the cost": an amount added, not words
	}
	if low == "added" && a.sc.wordBefore(ws, k, 6, "with") {
		return Attribution{}, 0, false // "so even with the missing 212 metres added she would have broken the record": "added" ends a phrase opened by "with", a sum, not words
	}
	if w.cls&cActHead != 0 && a.sc.actNotWords(ws, k) || k > 1 && ws[k-1].in(lHedges) && a.sc.hedgedWillSay(ws, k) {
		return Attribution{}, 0, false // "Builders have responded by slowing work", "charged some drivers up to 900 korvs", "agreed to the sale": an act
	}
	// Sourceless markers: "reportedly", "it is believed".
	if n := a.sc.sourcelessAt(ws, k); n > 0 {
		cue := Span{s.Block, ws[k].s, ws[k+n-1].e}
		at := Attribution{Cue: cue, Kind: Sourceless, Vague: true}
		if k > 0 && k+n < len(ws)-1 && ws[k-1].punc == 0 {
			// Mid-sentence ("The move reportedly angered"): the whole sentence.
			at.Content = Span{s.Block, s.Start, contentEnd(text, s.Start, s.End)}
		} else {
			at.Content = a.contentAround(text, ws, k, k+n, s)
		}
		return at, k + n, true
	}
	if low == "heard" {
		// "The court heard that ...", "the inquest heard how ...": the
		// proceedings are the source.
		ns, ne, ok := a.leftNP(ws, k)
		if !ok || k+1 >= len(ws) || !hearingBodies[a.sc.lowOf(&ws[ne-1])] {
			return Attribution{}, 0, false
		}
		at := Attribution{Kind: Direct, HasSource: true, Cue: a.cueSpan(ws, k, s), Source: Span{s.Block, ws[ns].s, ws[ne-1].e}}
		switch {
		case a.sc.is(&ws[k+1], "that") || a.sc.is(&ws[k+1], "how"):
			at.Content = a.after(text, ws, k+1, s)
		case ns > 1 && ws[ns-1].punc == ',' && (ws[k+1].punc == ',' || ws[k+1].punc == '.'):
			// "The fire broke out before two, the court heard, and took 60
			// firefighters all night to put out": the whole sentence.
			at.Content = Span{s.Block, s.Start, contentEnd(text, s.Start, s.End)}
		default:
			return Attribution{}, 0, false
		}
		return at, k + 1, true
	}
	if low == "expect" {
		// "Analysts expect the club to spend heavily": a generic group's
		// forecast. Other subjects' "expect" is no cue ("officials expect
		// 90 layoffs" is a forecast that needs its source named).
		if ns, ne, ok := a.leftNP(ws, k); ok && a.vague(ws, ns, ne) && !a.doQuestion(ws, ns) {
			at := Attribution{Kind: Direct, HasSource: true, Vague: true, Cue: a.cueSpan(ws, k, s)}
			at.Source = Span{s.Block, ws[ns].s, ws[ne-1].e}
			at.Content = a.after(text, ws, k+1, s)
			return at, k + 1, true
		} else if ok && a.peopleGroup(ws, ns, ne) && !a.doQuestion(ws, ns) && k+1 < len(ws) && !a.sc.is(&ws[k+1], "to") {
			// "Health officials in neighbouring districts expect the number
			// of cases to pass 50": people in a role, anonymous but not
			// vague; their forecast is theirs. Not "lawyers expect to
			// take the case further": their own plan, an intent (below).
			at := Attribution{Kind: Direct, HasSource: true, Cue: a.cueSpan(ws, k, s)}
			at.Source = Span{s.Block, ws[ns].s, ws[ne-1].e}
			at.Content = a.after(text, ws, k+1, s)
			return at, k + 1, true
		} else if ok && a.polledBy(ws, ns) {
			// "Economists polled by the newspaper Ostenby Courier expect":
			// a named poll's forecast.
			at := Attribution{Kind: Direct, HasSource: true, Cue: a.cueSpan(ws, k, s)}
			at.Source = Span{s.Block, ws[0].s, ws[ne-1].e}
			at.Content = a.after(text, ws, k+1, s)
			return at, k + 1, true
		}
		if k+1 >= len(ws) || !a.sc.is(&ws[k+1], "to") {
			return Attribution{}, 0, false
		}
		// "The two retailers expect to save": the actors' own plan, an
		// intent as "The retailer expects to" is (below).
	}
	if low == "asked" {
		if at, next, ok := a.askedAt(text, ws, k, s); ok {
			return at, next, true
		}
	}
	if (low[0] == 't' || low[0] == 'l') && pollStandings[low] {
		return a.inPollAt(text, ws, k, s, true)
	}
	if low == "in" {
		if at, next, ok := a.inPollAt(text, ws, k, s, false); ok {
			return at, next, true
		}
		if at, next, ok := a.inMadeByAt(text, ws, k, s); ok {
			return at, next, true
		}
	}
	// "according to X".
	if low == "according" && k+1 < len(ws) && a.sc.lowOf(&ws[k+1]) == "to" {
		ns, ne := rightNP(ws, k+2, &a.sc)
		if ne <= ns {
			return Attribution{}, 0, false
		}
		at := Attribution{Cue: Span{s.Block, ws[k].s, ws[k+1].e}, Kind: Direct, HasSource: true}
		at.Source = Span{s.Block, ws[ns].s, ws[ne-1].e}
		at.Vague = a.vague(ws, ns, ne) || a.bareKind(ws, ns, ne)
		at.Content = a.contentAround(text, ws, k, ne, s)
		return at, ne, true
	}
	if w.cls&cCueWord != 0 {
		if at, next, ok := a.nounCueAt(text, ws, k, s); ok {
			return at, next, true
		}
		if at, next, ok := a.stateAt(text, ws, k, s); ok {
			return at, next, true
		}
		if at, next, ok := a.madeClearAt(text, ws, k, s); ok {
			return at, next, true
		}
		if at, next, ok := a.putItAt(text, ws, k, s); ok {
			return at, next, true
		}
		if at, next, ok := a.underAt(text, ws, k, s); ok {
			return at, next, true
		}
	}
	if w.cap && k > 0 && !(a.title && titleVerb(w.cls, low)) {
		return Attribution{}, 0, false // a name, not a verb: "United States"
	}
	// Intent with a named actor: "the Pentagon plans to".
	if w.cls&cIntent != 0 && k+1 < len(ws) && a.sc.lowOf(&ws[k+1]) == "to" {
		if ns, ne, ok := a.leftNP(ws, k); ok && !a.doQuestion(ws, ns) && (a.sourceLike(ws, ns, ne, true) && !a.barePlural(ws, ns, ne, s.Block) || a.theBody(ws, ns, ne)) {
			at := Attribution{Kind: Intent, HasSource: true, Cue: a.cueSpan(ws, k, s)}
			at.Source = Span{s.Block, ws[ns].s, ws[ne-1].e}
			at.Vague = a.vague(ws, ns, ne)
			at.Content = a.after(text, ws, k+2, s)
			return at, k + 2, true
		}
		if ns, ne, ok := a.namedBeforeRelative(ws, k); ok {
			at := Attribution{Kind: Intent, HasSource: true, Cue: a.cueSpan(ws, k, s)}
			at.Source = Span{s.Block, ws[ns].s, ws[ne-1].e}
			at.Content = a.after(text, ws, k+2, s)
			return at, k + 2, true // "the U.S. Chamber of Commerce, which is planning to provide"
		}
		if p := a.coordinatedSubject(ws, k); p >= 0 {
			at := Attribution{Kind: Intent, HasSource: true, Cue: a.cueSpan(ws, k, s)}
			at.Source = Span{s.Block, ws[p].s, ws[p].e}
			at.Content = a.after(text, ws, k+2, s)
			return at, k + 2, true // "she is not only trying to finish the bypass but has also sought to cut the fares"
		}
	}
	if at, next, ok := a.passiveBy(text, ws, k, s); ok {
		return at, next, true // "were confirmed by the airline"
	}
	if w.cls&(cStrong|cWeak) == 0 {
		return Attribution{}, 0, false
	}
	if st, ok := a.relativeGroup(ws, k); ok {
		// "Film fans who remember the Orion's last years say ...",
		// "Those who knew the family say ...": a kind of people.
		at := Attribution{Kind: Direct, HasSource: true, Vague: true, Cue: a.cueSpan(ws, k, s)}
		at.Source = Span{s.Block, ws[st].s, ws[k-1].e}
		at.Content = a.after(text, ws, k+1, s)
		return at, k + 1, true
	}
	if a.sc.emptyRelative(ws, k) || a.sc.reducedRelative(ws, k) || a.sc.willFind(ws, k) || a.sc.contactRelative(ws, k) {
		return Attribution{}, 0, false // "Few of the customers who complained are likely to", "errors reported to the council have risen": nothing said
	}
	group := a.sc.groupOfBefore(ws, k) || a.sc.someInBefore(ws, k) // "Opponents of the cap claim", "Some in the town claim": a verb after its plural subject
	if w.in(lAmbiguous) && a.sc.sNoun(ws, k) || w.cls&cNoun != 0 && !group && a.sc.modifiedNoun(ws, k) {
		return Attribution{}, 0, false // "Service charges have risen", "turned down calls to", "raised its transit charges", "issued its first profit warning": a noun
	}
	if k > 0 && ws[k-1].punc == 0 && !group && a.sc.nounBefore(&ws[k-1]) {
		return Attribution{}, 0, false // a noun: "her support", "Trump's comments"
	}
	if k+1 < len(ws) && (a.sc.is(&ws[k+1], "is") || a.sc.is(&ws[k+1], "was")) && a.sc.modifiedNoun(ws, k) {
		return Attribution{}, 0, false // a noun, the subject of "is": "Their real worry is the local elections"
	}
	if a.sc.nounUse(ws, k, low) {
		return Attribution{}, 0, false // "an internal warning", "insurance claims from the quake"
	}
	if a.sc.naming(ws, k, low) {
		return Attribution{}, 0, false // "a postman called Jordan Ashby"
	}
	if a.sc.participleAdjective(ws, k) {
		return Attribution{}, 0, false // an adjective before a plural: "more reported crashes"
	}
	if strings.HasSuffix(low, "s") && k+1 < len(ws) && ws[k+1].punc == 0 && ws[k+1].cls&cStrong != 0 && !ws[k+1].cap || a.sc.sSubject(ws, k) {
		return Attribution{}, 0, false // a noun before the verb: "Pundits on the morning shows say", "Compensation claims are expected to", "The pier's timber supports had not been inspected"
	}
	if w.cls&cStrong == 0 && k > 0 && ws[k-1].punc == 0 && (ws[k-1].kind == tokens.Number || ws[k-1].in(lQuantifiers)) {
		return Attribution{}, 0, false // "45 percent support", "broad support"
	}
	if !a.sc.tailed(ws, k) {
		return Attribution{}, 0, false // "scored points", "spoke at noon"
	}
	if w.in(lFindForms) && k+1 < len(ws) && a.sc.is(&ws[k+1], "out") {
		return Attribution{}, 0, false // "Harvik is finding out fast": learning, nothing found and reported
	}
	if (low == "states" || low == "state") && !(k+1 < len(ws) && (ws[k+1].punc == ':' || ws[k+1].punc == 0 && a.sc.lowOf(&ws[k+1]) == "that")) {
		return Attribution{}, 0, false // "the battleground states"
	}
	strong := w.cls&cStrong != 0
	if k > 0 && ws[k-1].punc == 0 && strings.HasSuffix(low, "ing") && a.sc.is(&ws[k-1], "without") {
		return Attribution{}, 0, false // "opened 11,000 accounts without confirming who owned them": nothing said
	}
	if a.sc.ingAdjective(ws, k) {
		return Attribution{}, 0, false // "has sent only 11 warning letters": an adjective
	}
	if a.sc.notSaid(ws, k) || a.sc.knownThing(ws, k) {
		return Attribution{}, 0, false // "admitted 4,300 first-year students", "whether or not it knew the words": no statement
	}
	if k > 0 && ws[k-1].punc == 0 && strings.HasSuffix(low, "ing") && ws[k-1].in(lAspectual) {
		return Attribution{}, 0, false // "once the banks stop supporting the price": what they do, not a stance reported
	}
	if k > 0 && ws[k-1].punc == 0 && ws[k-1].in(lBeVerbs) && !strings.HasSuffix(low, "ing") {
		return Attribution{}, 0, false // passive: "was told", "is expected"
	}
	if low == "see" && k > 0 && ws[k-1].punc == 0 && ws[k-1].in(lModalBefore) {
		return Attribution{}, 0, false // "Fixed-rate borrowers will see no benefit": what they will undergo, not a view
	}
	if (low == "see" || low == "sees" || low == "saw") && k+1 < len(ws) && ws[k+1].punc == 0 && (a.sc.is(&ws[k+1], "only") || a.sc.is(&ws[k+1], "just") || ws[k+1].kind == tokens.Number || ws[k+1].in(lWordNumbers)) {
		return Attribution{}, 0, false // "some of the rural desks see only two or three visitors": a count, not a view
	}
	if low == "asked" && k+3 < len(ws) && a.sc.is(&ws[k+1], "not") && a.sc.is(&ws[k+2], "to") && a.sc.is(&ws[k+3], "be") {
		return Attribution{}, 0, false // "The people asked not to be identified": why they are not named, not what they said
	}
	if a.sc.timedPassive(ws, k) && !strings.HasSuffix(low, "ing") {
		return Attribution{}, 0, false // passive with an adverb of time: "after the investigation was first reported"
	}
	if k+1 < len(ws) && ws[k+1].punc == 0 && a.sc.lowOf(&ws[k+1]) == "to" && w.cls&cIntent == 0 && low != "according" && !w.in(lTailVerbs) {
		// "said to be", "expected to" with no intent reading: not a cue.
		// "wrote to his colleagues", "complained to reporters": a
		// recipient after "to", not a verb.
		if low != "told" && low != "said" && low != "says" && low != "say" && !a.recipientAt(ws, k+2) && !a.claimTo(ws, k) {
			return Attribution{}, 0, false
		}
	}
	if a.sc.nounSubject(ws, k) {
		return Attribution{}, 0, false // "Rural calls make up less than a tenth of the service's work": a noun, the subject of the verb after it
	}
	if a.sc.proofToMake(ws, k) {
		return Attribution{}, 0, false // "unless it can show that more than nine lawful votes were lost": a proof that may be made, nothing shown yet
	}
	if w.in(lAmbiguous) && a.prepositionObject(ws, k) {
		return Attribution{}, 0, false // "arrested on similar charges in 2019": a noun
	}
	at := Attribution{Kind: Direct, HasSource: true, Cue: a.cueSpan(ws, k, s)}
	if ns, _, ok := a.leftNP(ws, k); ok && a.doQuestion(ws, ns) {
		return Attribution{}, 0, false // "What do critics say?" asks; it reports nothing
	}
	if publishing[low] && a.documentJustBefore(ws, k) && k+2 < len(ws) && ws[k+1].punc == 0 && (a.sc.is(&ws[k+1], "on") || a.sc.is(&ws[k+1], "in") || a.sc.is(&ws[k+1], "last") || a.sc.is(&ws[k+1], "this")) && a.laterCue(ws, k+2) {
		return Attribution{}, 0, false // "A poll by the Keldon Institute published on Monday found": the document described; its own cue follows
	}
	if k+1 < len(ws) && ws[k+1].punc == 0 && strings.HasSuffix(low, "ed") && a.sc.is(&ws[k+1], "by") && !(k > 0 && a.sc.haveForm(&ws[k-1])) {
		// A passive whose agent follows ("the milk price rise announced
		// by their cooperative"): nothing on the left is its source. Not
		// "had announced by then", an active perfect.
		return Attribution{}, 0, false
	}
	if ns, ne, ok := a.documentSaying(ws, k); ok {
		// "Holm issued a statement Tuesday saying", "sent a text message
		// to supporters saying": the document says it.
		at.Source = Span{s.Block, ws[ns].s, ws[ne-1].e}
		at.Content = a.after(text, ws, k+1, s)
		return at, k + 1, true
	}
	// Source on the left: "Smith said", "the report found"; not for a
	// participle after a comma, whose source is the subject, when the
	// phrase before it does not open the sentence ("Sten was upfront
	// about her distaste for Varga, the front-runner, saying").
	if ns, ne, ok := a.leftNP(ws, k); ok && !(participles[low] && commaBefore(ws, k) && !a.opens(ws, ns)) && !(a.relative(ws, ns) && !a.gapSubject(ws, k)) && (strong && !w.in(lAmbiguous) || a.sourceLike(ws, ns, ne, !strong || w.in(lAmbiguous)) || a.theBody(ws, ns, ne) && a.thatAfterCue(ws, k) || showingTag(ws, ns, ne, k, &a.sc) || a.readDocument(ws, ns, ne)) {
		at.Source = Span{s.Block, ws[ns].s, ws[ne-1].e}
		if c := a.contractedSource(text, &ws[ne-1]); c > 0 && ne-1 == ns && at.Cue.Start > c {
			at.Source.End, at.Cue.Start = c, c // "he’s said"
		}
		if ne-ns > 1 && subjectPronouns[a.sc.lowOf(&ws[ne-1])] {
			at.Source.Start = ws[ne-1].s // "this time he said": a pronoun takes no modifier
		}
		at.Vague = a.vague(ws, ns, ne)
		if w.cls&cIntent != 0 && k+2 < len(ws) && a.sc.is(&ws[k+1], "to") && ws[k+2].punc == 0 && !ws[k+2].cap && !ws[k+2].in(lArticles|lDeterminers) && !possessive(a.sc.lowOf(&ws[k+2])) {
			at.Kind = Intent // "The museum's trustees agreed to return the objects": a commitment, as "plans to" is
		}
		fe := k + 1
		for fe < len(ws) && ws[fe].s < at.Cue.End {
			fe++ // over the cue's tail: "pointed to"
		}
		at.Content = a.contentAround(text, ws, ns, fe, s)
		if c := text[at.Content.Start:at.Content.End]; len(c) <= 6 && emptyContent(c) {
			return Attribution{}, 0, false // "At least three clubs have asked about him": asked after someone, nothing said; "In a ruling published on Monday, ...": a document described, not a statement
		}
		if a.afterWho(ws, k) {
			at.Content = a.after(text, ws, fe, s) // "Okafor, who warned of cuts"
		}
		if ns >= 3 && ws[ns-2].punc == ',' && a.sc.is(&ws[ns-1], "which") && announcing[low] && a.trailing(ws, fe) {
			// "... is a subsidy covering half of a grower's premium, which
			// the minister announced in September": what was announced
			// is the sentence before the clause.
			at.Content = Span{s.Block, ws[0].s, ws[ns-3].e}
		}

		return at, k + 1, true
	}
	// Inverted: "said Smith", "said the spokesman", and "Said Comey, “...”"
	// opening a sentence.
	if strong && !w.in(lAmbiguous) && !strings.HasSuffix(low, "ing") && (k > 0 && (ws[k-1].punc == ',' || ws[k-1].close || ws[k-1].punc == 'Q') || k == 0 && w.cap && (low == "said" || low == "says" || low == "added" || low == "wrote")) {
		if ns, ne := rightNP(ws, k+1, &a.sc); ne > ns && !a.hasAux(ws, ns, ne) && !a.pronounClause(ws, ns, ne) && (k == 0 || ws[k-1].close || ws[k-1].punc == 'Q' || invertingVerbs[low]) && (a.sourceLike(ws, ns, ne, false) || k > 0 && ws[k-1].close) {
			fe := ne
			if t := a.tailAppositive(ws, ne); t > ne {
				fe = t // "..., said Angie Holan, Politifact's editor."
			} else if t := nameAppositive(ws, ne); t > ne {
				fe = t // "..., said the board's director, Ellen Ward, on Monday."
			}
			at.Source = Span{s.Block, ws[ns].s, ws[fe-1].e}
			at.Vague = a.vague(ws, ns, ne)
			if (a.trailing(ws, fe) || a.appositiveTail(ws, fe)) && k > 0 && (ws[k-1].punc == ',' || ws[k-1].close) {
				// The frame closes the sentence but for a time or place:
				// the content is before it.
				e := k - 1
				for e > 0 && ws[e].punc == ',' {
					e--
				}
				at.Content = Span{s.Block, ws[0].s, ws[e].e}
				if ws[e].punc == ',' || e == 0 {
					at.Content = a.contentAround(text, ws, k, fe, s)
				}
			} else {
				at.Content = a.contentAround(text, ws, k, fe, s)
			}
			return at, fe, true
		}
	}
	// "..., saying the plan would fail" and "Okafor arrived and said": the
	// subject of the sentence.
	if participles[low] && k > 0 && (commaBefore(ws, k) || ws[k-1].punc == 0 && participleOpeners[a.sc.lowOf(&ws[k-1])]) || a.afterConjunction(ws, k) {
		if ns, ne := a.subjectNP(ws); ne > ns {
			ne = appositiveNameEnd(ws, ne)
			at.Source = Span{s.Block, ws[ns].s, ws[ne-1].e}
			at.Vague = a.vague(ws, ns, ne)
			at.Content = a.after(text, ws, k+1, s)
			return at, len(ws), true
		}
	}
	if sayingVerbs[low] && a.untied(ws, k) {
		// A verb of saying whose source the frame readers above could not
		// tie ("Barkley, who said he votes, said one candidate ...", "a
		// deadline that insiders in the party said went unnoticed"): the
		// cue stands, with its content, and no source.
		at.HasSource = false
		fs := k
		if ws[k-1].cap && ws[k-1].punc == 0 {
			at.Cue.Start, fs = ws[k].s, k-1 // "Will wrote": a name, not a modal
		}
		at.Content = a.contentAround(text, ws, fs, k+1, s)
		return at, k + 1, true
	}
	return Attribution{}, 0, false
}

// claimTo reports whether the cue at ws[k] is "claim" and "to have" or
// "to be": "Some residents claim to have seen teenagers", a statement
// made; not "claim to the throne".
func (a *analyzer) claimTo(ws []word, k int) bool {
	switch a.sc.lowOf(&ws[k]) {
	case "claim", "claims", "claimed", "claiming":
		return k+2 < len(ws) && (a.sc.is(&ws[k+2], "have") || a.sc.is(&ws[k+2], "be"))
	}
	return false
}

// untied reports whether a verb of saying at word k is a cue although no
// source could be tied to it: not "That said,", "said to be", a relative
// clause ("the report that he wrote") or a verb after an opening phrase
// with no subject ("At the meeting, said ...").
func (a *analyzer) untied(ws []word, k int) bool {
	if k == 0 || k+1 < len(ws) && ws[k+1].punc == 0 && a.sc.lowOf(&ws[k+1]) == "to" {
		return false
	}
	if k == 1 && a.sc.lowOf(&ws[0]) == "that" {
		return false
	}
	if ns, _, ok := a.leftNP(ws, k); ok && a.relative(ws, ns) {
		return false
	}
	return !(ws[k-1].punc == ',' && introducers[a.sc.lowOf(&ws[0])])
}

// sayingVerbs are the verbs of saying that are a cue wherever they stand as
// a verb, even when no source can be tied to them.
var sayingVerbs = wordtable.Words(`said says told added wrote tweeted
	testified explained insisted argued noted`)

// hasAux reports whether ws[st:end] holds an auxiliary or a modal ("the
// city should"): a clause, not a noun phrase.
func (a *analyzer) hasAux(ws []word, st, end int) bool {
	for i := st; i < end; i++ {
		if ws[i].punc == 0 && !ws[i].cap && ws[i].cls&cSkip != 0 && ws[i].in(lBeVerbs) || ws[i].in(lModals) {
			return true
		}
	}
	return false
}

// proofToMake reports whether the cue word at ws[k] is a proof someone
// may or must make, not a report: "unless it can show that", "must prove
// that".
func (sc *scratch) proofToMake(ws []word, k int) bool {
	return k > 0 && ws[k-1].punc == 0 && proofVerbs[sc.lowOf(&ws[k])] && ableModals[sc.lowOf(&ws[k-1])]
}

// proofVerbs after ableModals are a proof to make (proofToMake).
var (
	proofVerbs = wordtable.Words(`show prove demonstrate establish`)
	ableModals = wordtable.Words(`can could must cannot`)
)

var modals = wordtable.Words(`will would should could can must may might shall has have had`)

// nameAppositive returns the end of a name set off by commas after a
// source ending at word e ("the board's director, Ellen Ward,"), or e.
func nameAppositive(ws []word, e int) int {
	if e >= len(ws) || ws[e].punc != ',' {
		return e
	}
	j := e + 1
	for j < len(ws) && j-e <= 5 && (ws[j].punc == 0 && ws[j].cap || ws[j].punc == '.') {
		j++
	}
	if j == e+1 || j < len(ws) && ws[j].punc != ',' && ws[j].punc != '.' {
		return e
	}
	for j > e+1 && ws[j-1].punc != 0 {
		j--
	}
	return j
}

// appositiveTail reports whether what follows word fe to the end of the
// sentence is a comma and a description of the source with no quotation
// and no verb of saying (", director of X and an analyst in Y.", ", who
// backs Ward."): the frame trails its content.
func (a *analyzer) appositiveTail(ws []word, fe int) bool {
	if fe+1 >= len(ws) || ws[fe].punc != ',' {
		return false
	}
	if f := &ws[fe+1]; f.punc == 0 && !f.cap && (f.cls&cSkip != 0 || f.in(lModals) || strings.HasSuffix(a.sc.lowOf(f), "ed")) {
		return false // the rest of a clause: "The vote, said Ward, was fair."
	}
	n, ok := describingWords(ws, fe+1)
	return ok && n > 0 && n <= 25
}

// describingWords counts the words of ws[from:], and reports whether they
// can only describe a source: no quotation, colon, semicolon or dash, and
// no lower-case verb of saying.
func describingWords(ws []word, from int) (n int, ok bool) {
	for j := from; j < len(ws); j++ {
		w := &ws[j]
		if w.punc == 'Q' || w.punc == ':' || w.punc == ';' || w.punc == 'D' {
			return n, false
		}
		if w.punc == 0 {
			n++
			if w.cls&(cStrong|cWeak) != 0 && !w.cap {
				return n, false
			}
		}
	}
	return n, true
}

// trailing reports whether what follows word fe up to the end of the
// sentence is only a comma and a short time or place phrase (", on
// Monday.", ", in Dayton."), or nothing.
func (a *analyzer) trailing(ws []word, fe int) bool {
	j := fe
	if j < len(ws) && ws[j].punc == ',' {
		j++
	}
	if j >= len(ws) || ws[j].punc != 0 {
		return j >= len(ws) || ws[j].punc == '.' && j == len(ws)-1
	}
	if l := a.sc.lowOf(&ws[j]); !introducers[l] && ws[j].cls&(cTime|cMonth) == 0 {
		return false
	}
	n := 0
	for ; j < len(ws); j++ {
		if ws[j].punc != 0 && ws[j].punc != '.' {
			return false
		}
		n++
	}
	return n <= 6
}

// nounCues name what a source says or thinks; with a possessive before
// them and a clause after "that" they are a cue: "Trump's suggestion that
// the judge was biased", "her insistence that the vote was fair".
var nounCues = wordtable.Words(`suggestion assertion argument insistence contention
	promise pledge warning claim belief view
	concern fear hope allegation accusation charge
	statement announcement prediction assumption complaint
	admission denial assurance conclusion finding estimate
	criticism point vow boast threat`)

// nounOnlyCues are the nounCues that are never a verb: after a
// capitalised word they still name what a source says ("Republican
// criticism that"), where "Some in Crowmere fear that" is a verb.
var nounOnlyCues = wordtable.Words(`suggestion assertion argument insistence contention
	allegation accusation statement announcement prediction assumption
	complaint admission denial assurance conclusion criticism`)

var possessivePronouns = wordtable.Words(`his her their its my our your`)

// nounCueAt reads a nominal cue ("Trump's suggestion that ...").
func (a *analyzer) nounCueAt(text string, ws []word, k int, s sentences.Sentence) (Attribution, int, bool) {
	w := &ws[k]
	if w.punc != 0 || w.cap || k == 0 || k+2 >= len(ws) {
		return Attribution{}, 0, false
	}
	that := k + 1
	if ws[that].punc == ',' && k+3 < len(ws) {
		that++ // "Sanders's point, that Clinton might be beholden"
	}
	if t := &ws[that]; t.punc != 0 || t.hi-t.lo != 4 || a.sc.lowOf(t) != "that" || !nounCues[a.sc.lowOf(w)] {
		return Attribution{}, 0, false
	}
	p := &ws[k-1]
	if p.punc != 0 {
		return Attribution{}, 0, false
	}
	pl := a.sc.lowOf(p)
	at := Attribution{Kind: Direct, HasSource: true, Cue: Span{s.Block, w.s, w.e}}
	switch {
	case possessivePronouns[pl]:
		at.Source = Span{s.Block, p.s, p.e}
	case len(pl) > 2 && pl[len(pl)-2:] == "'s" && !sContractions[pl] && !p.cap && k > 1 && ws[k-2].punc == 0 && (a.sc.is(&ws[k-2], "the") || ws[k-2].cap && k > 2 && ws[k-3].punc == 0 && a.sc.is(&ws[k-3], "the")):
		// "the senator's argument that", "the White House's": the
		// holder named by its role.
		st := k - 2
		if !a.sc.is(&ws[st], "the") {
			st-- // "the White House's"
		}
		at.Source = Span{s.Block, ws[st].s, possessorEnd(text, p)}
	case p.cap && k > 1 && ws[k-2].punc == 0 && !ws[k-2].cap && !ws[k-2].in(lArticles) && nounOnlyCues[a.sc.lowOf(w)] && !weekdayOrMonth(pl) && !possessive(pl):
		// "Republican criticism that his strategy is failing": the
		// party or the body named as the critic.
		at.Source = Span{s.Block, p.s, p.e}
	case len(pl) > 2 && pl[len(pl)-2:] == "'s" && !sContractions[pl] && p.cap:
		// "Trump's", "Sen. Ward's": the name before the possessive.
		st := k - 1
		for st > 0 && (ws[st-1].punc == 0 && ws[st-1].cap || ws[st-1].punc == '.') {
			st--
		}
		for st < k-1 && ws[st].punc != 0 {
			st++
		}
		at.Source = Span{s.Block, ws[st].s, possessorEnd(text, p)}
	default:
		return Attribution{}, 0, false
	}
	at.Content = a.after(text, ws, that, s)
	return at, that, true
}

// possessorEnd returns where the holder before the possessive word p
// ends: before its "'s" or "’s".
func possessorEnd(text string, p *word) int {
	if strings.HasSuffix(text[p.s:p.e], "’s") {
		return p.e - len("’s")
	}
	return p.e - len("'s")
}

// stateWords name a state of mind that stateAt reads as a cue.
var stateWords = []string{"convinced", "confident", "certain", "sure", "persuaded", "adamant", "skeptical", "aware", "divided", "unified",
	"optimistic", "pessimistic", "hopeful", "worried", "concerned", "afraid", "doubtful", "unconvinced"}

// stanceWord reports whether a state word takes its issue after "on" or
// "over" rather than "that": "Republican voters were divided on".
func stanceWord(l string) bool { return l == "divided" || l == "unified" }

// stateAt reads a state of mind with its holder as the source: "Ackman
// is convinced that ...", "Her advisers are not convinced the plan".
func (a *analyzer) stateAt(text string, ws []word, k int, s sentences.Sentence) (Attribution, int, bool) {
	w := &ws[k]
	if w.punc != 0 || w.cap || k < 2 || k+2 >= len(ws) {
		return Attribution{}, 0, false
	}
	if !slices.Contains(stateWords, a.sc.lowOf(w)) {
		return Attribution{}, 0, false
	}
	b := k - 1
	for b > 0 && ws[b].punc == 0 && (ws[b].cls&cSkip != 0 && !ws[b].in(lBeVerbs) || a.sc.lowOf(&ws[b]) == "not" || a.sc.lowOf(&ws[b]) == "more" || a.sc.lowOf(&ws[b]) == "less" || a.adverb(&ws[b])) {
		b--
	}
	if ws[b].punc != 0 || !ws[b].in(lBeVerbs) {
		return Attribution{}, 0, false
	}
	if n := &ws[k+1]; stanceWord(a.sc.lowOf(w)) {
		if n.punc != 0 || !a.sc.is(n, "on") && !a.sc.is(n, "over") {
			return Attribution{}, 0, false // "a divided court", "divided by race"
		}
	} else if n := &ws[k+1]; n.punc == ',' && a.sc.is(w, "aware") {
		// "keenly aware, however, that": over the parenthetical.
	} else if n.punc != 0 || a.sc.lowOf(n) != "that" && (n.cap || n.cls&(cStop|cTime) != 0) {
		return Attribution{}, 0, false // "convinced of", "certain to", "confident in"
	}
	ns, ne, ok := a.leftNP(ws, b)
	if !ok || !a.sourceLike(ws, ns, ne, false) {
		return Attribution{}, 0, false
	}
	at := Attribution{Kind: Direct, HasSource: true, Cue: Span{s.Block, ws[b].s, w.e}}
	at.Source = Span{s.Block, ws[ns].s, ws[ne-1].e}
	at.Vague = a.vague(ws, ns, ne)
	at.Content = a.after(text, ws, k+1, s)
	return at, k + 1, true
}

// makeForms are the forms of "make" in "made it clear" and "made the
// most of".
var makeForms = wordtable.Words(`made make makes making`)

// clauseOpeners open what "made it clear" says.
var clauseOpeners = wordtable.Words(`that what how why whether where who if`)

// madeClearAt reads "made it clear" and "made clear" with a clause after
// it as a cue of the subject: "Ward made it clear that she would not run",
// "The mayor has made clear she will veto the budget". Not "made it clear
// to" nor "made clear by".
func (a *analyzer) madeClearAt(text string, ws []word, k int, s sentences.Sentence) (Attribution, int, bool) {
	if !a.sc.is(&ws[k], "clear") || k < 2 || k+1 >= len(ws) || ws[k+1].punc != 0 {
		return Attribution{}, 0, false
	}
	m := k - 1
	if ws[m].punc == 0 && a.sc.is(&ws[m], "it") {
		m--
	}
	if ws[m].punc != 0 || !makeForms[a.sc.lowOf(&ws[m])] || ws[m].cap && m > 0 {
		return Attribution{}, 0, false
	}
	if n := &ws[k+1]; !clauseOpeners[a.sc.lowOf(n)] && n.cls&cPronoun == 0 && !n.in(lDeterminers) && !n.cap {
		return Attribution{}, 0, false // "made it clear to", "made clear progress"
	}
	ns, ne, ok := a.leftNP(ws, m)
	if !ok || a.relative(ws, ns) {
		return Attribution{}, 0, false
	}
	cue := a.cueSpan(ws, m, s)
	cue.End = ws[k].e
	at := Attribution{Kind: Direct, HasSource: true, Cue: cue}
	at.Source = Span{s.Block, ws[ns].s, ws[ne-1].e}
	at.Vague = a.vague(ws, ns, ne)
	at.Content = a.after(text, ws, k+1, s)
	return at, k + 1, true
}

// putItAt reads "as X put it" as a cue of X: "As Okafor put it, the levy
// is a tax on patience", "The levy, as one board member put it, is
// overdue". Not "put it to a vote".
func (a *analyzer) putItAt(text string, ws []word, k int, s sentences.Sentence) (Attribution, int, bool) {
	if !a.sc.is(&ws[k], "put") || k < 2 || k+1 >= len(ws) || !a.sc.is(&ws[k+1], "it") || k+2 < len(ws) && ws[k+2].punc == 0 {
		return Attribution{}, 0, false
	}
	ns, ne, ok := a.leftNP(ws, k)
	if !ok || ns == 0 || ws[ns-1].punc != 0 || !a.sc.is(&ws[ns-1], "as") {
		return Attribution{}, 0, false
	}
	at := Attribution{Kind: Direct, HasSource: true, Cue: Span{s.Block, ws[k].s, ws[k+1].e}}
	at.Source = Span{s.Block, ws[ns].s, ws[ne-1].e}
	at.Vague = a.vague(ws, ns, ne)
	at.Content = a.contentAround(text, ws, ns-1, k+2, s)
	return at, k + 2, true
}

// recordBooks are records kept and published, which are a source as
// the head of a phrase before a cue ("the register shows"); not as
// documents wherever they stand ("under the council's published
// timetable"), which would silence the sentences that mention them.
var recordBooks = wordtable.Words(`register registers schedule timetable rota ledger minutes
	accounts tables papers`) // "..., the accounts show", "The finance ministry's tables, published on Monday, show", "its board papers show"

// rulesWords head a text whose terms a sentence opening with "Under" gives.
var rulesWords = wordtable.Words(`law laws regulation regulations rule rules
	formula scheme cap
	plan proposal bill agreement deal policy
	order ruling guidelines contract contracts constitution
	act treaty statute settlement legislation plans proposals terms
	budget timetable schedule scale
	decision licence license permit permission judgment judgement`)

// ruleHead reports whether w heads a text whose terms "Under" opens: a
// rules word, a list ("Under last year's prize list, a course record
// earned a bonus") or orders ("Under the chamber's standing orders").
func (sc *scratch) ruleHead(w *word) bool {
	return w.in(lRulesWords) || sc.is(w, "list") || sc.is(w, "orders") // "Under the chamber's standing orders, ..."
}

// underAt reads a sentence that opens with "Under" and a law, rule or plan
// as giving its terms: "Under the new rule, most nurses must be paid
// overtime" (the rule is the source, "Under" the cue). Not "Under
// pressure, ..." nor "Under Okafor, ...". It sources its own sentence
// only: the sentences around it say what the writer says.
func (a *analyzer) underAt(text string, ws []word, k int, s sentences.Sentence) (Attribution, int, bool) {
	if !a.sc.is(&ws[k], "under") {
		return Attribution{}, 0, false
	}
	if !a.opens(ws, k) {
		return a.underTail(text, ws, k, s)
	}
	ns, ne := rightNP(ws, k+1, &a.sc)
	cut, clause := false, false
	for h := ns; h+1 < ne; h++ {
		if !a.sc.ruleHead(&ws[h]) {
			continue
		}
		if ws[h+1].cap || h+1-ns > 2 && (ws[h+1].in(lArticles) || ws[h+1].cls&cPronoun != 0) {
			ne, cut = h+1, true // "Under the contracts Tervalink has used since 2022, ...", "Under the seniority list the company drew up in October, ...": the rule, then a clause on it
			break
		}
		if h+1-ns <= 2 && (ws[h+1].in(lArticles) || ws[h+1].cls&cPronoun != 0) {
			ne, clause = h+1, true // "Under its terms the club will pay ...": a short rule, then the sentence's clause, with no comma
			break
		}
	}
	if ne-2 > ns && strings.HasSuffix(a.sc.lowOf(&ws[ne-1]), "ed") && a.sc.ruleHead(&ws[ne-2]) {
		ne-- // "Under an agreement signed when the pit closed in 1996, ...": the rule, then a participle on it
	}
	if ne <= ns || !a.sc.ruleHead(&ws[ne-1]) && !rulebooks[a.sc.lowOf(&ws[ne-1])] {
		return Attribution{}, 0, false // a rulebook after "Under" gives its terms too: "Under health ministry guidance, a unit should deliver ..."; elsewhere it speaks only as a subject ("The board's own guidance sets a minimum ..., and Ward 7 fell below it")
	}
	c := ne
	for !clause && c < len(ws) && c-ne < 20 && ws[c].punc != ',' {
		if ws[c].punc != 0 && ws[c].punc != '.' {
			return Attribution{}, 0, false
		}
		c++
	}
	switch {
	case clause || cut && ne-ns <= 2 && (c+1 >= len(ws) || ws[c].punc != ','):
		c = ne - 1 // "Under the deal Harlow will keep ...": the clause straight after the rule
	case c+1 >= len(ws) || ws[c].punc != ',':
		return Attribution{}, 0, false
	case cut && ws[c+1].punc == 0 && ws[c+1].in(lSubordinators):
		return Attribution{}, 0, false // "Under the old scheme the hectare payment often ended up with their landlords, because ...": the sentence's own clause came straight after the rule
	}
	at := Attribution{Kind: Direct, HasSource: true, local: true, Cue: Span{s.Block, ws[k].s, ws[k].e}}
	at.Source = Span{s.Block, ws[ns].s, ws[ne-1].e}
	at.Content = a.after(text, ws, c+1, s)
	return at, c + 1, true
}

// underTail reads "under" and a rule that close their sentence after a
// comma ("Parking will cost £1.50 an hour, under the approved plans."):
// the rule is the source of what comes before.
func (a *analyzer) underTail(text string, ws []word, k int, s sentences.Sentence) (Attribution, int, bool) {
	bare := k >= 2 && ws[k-1].punc == 0 && k+3 < len(ws) && ws[k+1].in(lArticles) && ws[k+2].in(lRulesWords) && a.ruleDescribed(ws, k+3)
	if k < 2 || ws[k-1].punc != ',' && !bare {
		return Attribution{}, 0, false // but "will get a 90 percent discount under the scheme approved on Monday", with no comma: a rule described
	}
	e := k + 1
	for e < len(ws) && ws[e].punc == 0 && e-k <= 5 {
		if ws[e].in(lRulesWords) && e+1 < len(ws) && ws[e+1].punc == 0 && a.ruleDescribed(ws, e+1) {
			e++ // "under a law passed by parliament on Wednesday": the rule, then what is said of it
			break
		}
		e++
	}
	// Up to six words: "under the terms of the treaty".
	if e == k+1 || e-k > 6 || e < len(ws) && !(ws[e].punc == '.' && e == len(ws)-1) && !a.ruleDescribed(ws, e) || !ws[e-1].in(lRulesWords) {
		return Attribution{}, 0, false
	}
	at := Attribution{Kind: Direct, HasSource: true, local: true, Cue: Span{s.Block, ws[k].s, ws[k].e}}
	at.Source = Span{s.Block, ws[k+1].s, ws[e-1].e}
	at.Content = Span{s.Block, ws[0].s, ws[k-2].e}
	return at, e, true
}

// ruleDescribed reports whether the words from ws[e] to the end of the
// sentence describe the rule before them, with no punctuation but the
// closing full stop: "passed by parliament late on Wednesday by 141
// votes to 88", "that took effect in May".
func (a *analyzer) ruleDescribed(ws []word, e int) bool {
	if e >= len(ws) || ws[e].punc != 0 {
		return false
	}
	if l := a.sc.lowOf(&ws[e]); l != "that" && l != "which" && !strings.HasSuffix(l, "ed") {
		return false
	}
	for j := e + 1; j < len(ws); j++ {
		if ws[j].punc != 0 && !(ws[j].punc == '.' && j == len(ws)-1) {
			return false
		}
	}
	return true
}

// relative reports whether a source starting at word ns opens a relative
// clause ("the report that he wrote"): "that" or "which" after a word that
// is not a cue ("said that he wrote" is reported speech).
func (a *analyzer) relative(ws []word, ns int) bool {
	if ns < 2 || ws[ns-1].punc != 0 || ws[ns-2].punc != 0 {
		return false
	}
	if l := a.sc.lowOf(&ws[ns-1]); l != "that" && l != "which" {
		return false
	}
	p := &ws[ns-2]
	if ns > 2 && ws[ns-3].punc == 0 && a.sc.nounBefore(&ws[ns-3]) {
		return true // "the report that": a noun, whatever else it can be
	}
	return p.cls&(cStrong|cWeak|cIntent|cSkip|cStop) == 0 && p.kind != tokens.Number
}

// gapSubject reports whether the cue at ws[k], in a relative clause, has
// for its content a clause whose subject is the noun the relative
// clause is on: "a market that dealers say had been thick with rumours",
// "the money that he says is missing"; not "the report that he wrote".
func (a *analyzer) gapSubject(ws []word, k int) bool {
	if k+1 >= len(ws) || ws[k+1].punc != 0 || !clauseVerbs[a.sc.lowOf(&ws[k])] {
		return false // "the report that he wrote was wrong": "wrote" has the report for its object
	}
	switch a.sc.lowOf(&ws[k+1]) {
	case "had", "has", "have", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might", "should":
		return true
	}
	return false
}

// clauseVerbs take a clause and no object: a relative clause on them
// leaves a gap in the clause ("a market that dealers say had been ...").
var clauseVerbs = wordtable.Words(`say says said believe believes believed
	think thinks thought fear fears feared suspect suspects
	suspected insist insists insisted argue argues argued
	reckon reckons allege alleges alleged`)

// trimBefore ends the content of prev before the frame of the next
// attribution of its sentence, a second cue of the same source, when it
// runs into it: "Okafor defended the levy, calling it overdue" gives the
// levy to "defended" and the rest to "calling".
func (a *analyzer) trimBefore(ws []word, prev *Attribution, next Attribution) {
	fs := next.Cue.Start
	if next.HasSource && next.Source.Start > prev.Cue.End && next.Source.Start < fs {
		fs = next.Source.Start
	}
	if prev.Content.Start >= fs || prev.Content.End <= fs || prev.Content.Start < prev.Cue.Start {
		return // not content after prev's cue that runs into the next frame
	}
	e := -1
	for k := range ws {
		if ws[k].s >= fs {
			break
		}
		if ws[k].punc == 0 && !embedders[a.sc.lowOf(&ws[k])] && !participleOpeners[a.sc.lowOf(&ws[k])] || ws[k].close {
			e = k
		}
	}
	if e >= 0 && ws[e].e > prev.Content.Start {
		prev.Content.End = ws[e].e
	}
}

// coordinated reports whether the word before offset start is a
// conjunction that opens a clause of its own ("and", "but", "while",
// "whereas") or a semicolon.
func (a *analyzer) coordinated(ws []word, start int) bool {
	for k := range ws {
		if ws[k].s != start {
			continue
		}
		if k == 0 {
			return false
		}
		p := &ws[k-1]
		if p.punc == ';' {
			return true
		}
		if p.punc != 0 {
			return false
		}
		switch a.sc.lowOf(p) {
		case "and", "but", "while", "whereas":
			return true
		}
		return false
	}
	return false
}

// afterWho reports whether cue k follows "who" (over auxiliaries): its
// source is the antecedent and its content follows.
func (a *analyzer) afterWho(ws []word, k int) bool {
	j := k - 1
	for j > 0 && ws[j].punc == 0 && ws[j].cls&cSkip != 0 {
		j--
	}
	return j >= 0 && ws[j].punc == 0 && a.sc.lowOf(&ws[j]) == "who"
}

// tailAppositive returns the end of a short appositive that closes the
// sentence after a source ending at word e (", Politifact's editor."), or
// e when there is none.
func (a *analyzer) tailAppositive(ws []word, e int) int {
	if e >= len(ws) || ws[e].punc != ',' {
		return e
	}
	j, n := e+1, 0
	for j < len(ws) && ws[j].punc != ',' && ws[j].punc != ';' && ws[j].punc != 'Q' {
		if ws[j].punc == 0 {
			if ws[j].cls&(cStrong|cWeak) != 0 && !ws[j].cap {
				return e // a verb: a clause, not an appositive
			}
			n++
		}
		j++
	}
	last := j
	for last > e+1 && ws[last-1].punc != 0 {
		last--
	}
	if j < len(ws) || n == 0 || n > 8 {
		return e
	}
	return last
}

// continuedCue reads cue k as a second cue of the source of prev, the
// attribution before it in the sentence: a participle after a comma or a
// subordinator ("..., adding that", "before adding"), or a verb after "and"
// or "but" ("... and said").
func (a *analyzer) continuedCue(text string, ws []word, k int, s sentences.Sentence, prev Attribution) (Attribution, int, bool) {
	w := &ws[k]
	if w.cls&(cStrong|cWeak) == 0 || w.cap && k > 0 || k == 0 {
		return Attribution{}, 0, false
	}
	low := a.sc.lowOf(w)
	ok := false
	if strings.HasSuffix(low, "ing") {
		p := &ws[k-1]
		pl := a.sc.lowOf(p)
		ok = commaBefore(ws, k) || p.punc == 0 && (pl == "before" || pl == "after" || pl == "while" || pl == "and" || pl == "then")
	} else {
		ok = a.afterConjunction(ws, k) && !(k > 0 && ws[k-1].punc == 0 && ws[k-1].in(lBeVerbs)) || a.afterWhoClause(ws, k)
	}
	if !ok {
		return Attribution{}, 0, false
	}
	at := Attribution{Kind: Direct, HasSource: true, Source: prev.Source, Vague: prev.Vague, Cue: a.cueSpan(ws, k, s)}
	end := k + 1
	for end < len(ws) && ws[end].punc == 0 && ws[end].e <= at.Cue.End {
		end++
	}
	at.Content = a.after(text, ws, end, s)
	return at, len(ws), true
}

// commaBefore reports whether a comma or a dash comes right before word
// k, or a comma inside the quote that closes there: "..., saying",
// "... values,” saying", "... on the spot – saying".
func commaBefore(ws []word, k int) bool {
	return ws[k-1].punc == ',' || ws[k-1].punc == 'D' || ws[k-1].close && k > 1 && ws[k-2].punc == ','
}

// afterWhoClause reports whether cue k is the main verb after a "who"
// clause, with a comma before it: "Podesta, who said the project was
// vetted by his firm's counsel, said he was unaware of it". It is asked
// only when no source stands right before the cue: the clause's own cue
// made prev, whose source the main verb shares.
func (a *analyzer) afterWhoClause(ws []word, k int) bool {
	if k < 4 || !commaBefore(ws, k) {
		return false
	}
	for j := k - 2; j >= 2; j-- {
		if a.sc.is(&ws[j], "who") {
			return true
		}
	}
	return false
}

// leftNP reads the source noun phrase that ends right before cue k,
// skipping auxiliaries and adverbs ("has also said"), across an appositive
// ("Ryder, a spokesman, said") and prepositions ("the governor of Texas").
// asides are one-word parentheticals between a source and its cue:
// "Pollsters caution, however, that".
var asides = wordtable.Words(`however though meanwhile too moreover
	nonetheless nevertheless privately publicly indeed`)

// figuresFrom reads a sentence that says where figures given before come
// from: "The figures come from the ministry's annual survey", "The
// numbers are in the university's enrolment return, published on
// Monday". The place after "from" or "in" is the source of the figures,
// which the sentence names only as "the figures" (carryLede takes a lede's
// figures to it).
func (a *analyzer) figuresFrom(ws []word, s sentences.Sentence) (Attribution, bool) {
	if len(ws) < 5 || !a.sc.is(&ws[0], "the") && !a.sc.is(&ws[0], "these") && !a.sc.is(&ws[0], "those") || !sourcedFigures[a.sc.lowOf(&ws[1])] ||
		!figuresAre[a.sc.lowOf(&ws[2])] || !a.sc.is(&ws[3], "from") && !a.sc.is(&ws[3], "in") {
		return Attribution{}, false
	}
	ne := 4
	for ne < len(ws) && ws[ne].punc == 0 {
		ne++
	}
	if ne == 4 || !(a.sourceLike(ws, 4, ne, false) || a.theBody(ws, 4, ne)) {
		return Attribution{}, false
	}
	return Attribution{Kind: Direct, HasSource: true, Source: Span{s.Block, ws[4].s, ws[ne-1].e},
		Cue: Span{s.Block, ws[2].s, ws[3].e}, Content: Span{s.Block, ws[0].s, ws[1].e}}, true
}

var (
	sourcedFigures = wordtable.Words(`figures numbers data statistics estimates estimate count findings results`)
	figuresAre     = wordtable.Words(`come came comes are were is was`)
)

// documentBefore returns the index of a document noun that ends at the
// comma ws[o], or is followed by a phrase of its own up to it ("Its
// accounts for the year to March,"), or -1. Also the nouns in also,
// documents only where they are read ("a 2019 paper that found").
func (a *analyzer) documentBefore(ws []word, o int, also map[string]bool) int {
	for d := o - 1; d >= 0 && o-1-d <= 6 && ws[d].punc == 0; d-- {
		if ws[d].cls&cDocument != 0 || a.sc.is(&ws[d], "accounts") || a.sc.is(&ws[d], "tables") || also != nil && also[a.sc.lowOf(&ws[d])] {
			if d == o-1 {
				return d
			}
			switch a.sc.lowOf(&ws[d+1]) {
			case "for", "of", "on", "from", "into":
				return d
			}
			return -1
		}
	}
	return -1
}

// documentRelative reads a relative "that" or "which" at ws[j], right
// before a cue, as standing for the document before it: "a 2019 paper
// from Harwick University that found", "the audit, which showed". It
// returns the document's noun phrase, which starts at its head or up to
// four words before it: no verb, and no stop word other than an article
// or a possessive ("a 2019 paper", "the council's own audit"; not "was"
// in "One exception was a 2019 paper").
func (a *analyzer) documentRelative(ws []word, j int) (int, int, bool) {
	if j < 1 || ws[j].punc != 0 || !a.sc.is(&ws[j], "that") && !a.sc.is(&ws[j], "which") {
		return 0, 0, false
	}
	o := j
	if ws[o-1].punc == ',' && a.sc.is(&ws[j], "which") {
		o--
	}
	d := a.documentBefore(ws, o, readDocuments)
	if d < 0 {
		return 0, 0, false
	}
	st := d
	for st > 0 && d-st < 4 && ws[st-1].punc == 0 && (ws[st-1].cls&(cStop|cStrong|cWeak|cIntent) == 0 && !ws[st-1].in(lBeVerbs) && !a.sc.haveForm(&ws[st-1]) || ws[st-1].in(lArticles) || possessive(a.sc.lowOf(&ws[st-1]))) {
		st--
		if ws[st].in(lArticles) {
			break // the phrase opens on its article: "The campaign sent an email that accused", not "campaign sent an email"
		}
	}
	return st, o, true
}

// readDocument reports whether the source ws[ns:ne] is a document that
// the relative "that" or "which" at ws[ne] (after a comma: ws[ne+1])
// stands for (documentRelative).
func (a *analyzer) readDocument(ws []word, ns, ne int) bool {
	r := ne
	if r < len(ws) && ws[r].punc == ',' {
		r++
	}
	st, end, ok := a.documentRelative(ws, r)
	return ok && st == ns && end == ne
}

// readDocuments are documents only when a cue says what they found or
// show; anywhere else "paper", "papers" and "ledgers" are more often a
// material, newspapers or things ("paper mills", "local papers", "scan
// the ledgers").
var readDocuments = wordtable.Words(`paper papers ledgers`)

// namedBeforeRelative finds the name that a relative "which" or "who"
// before the intent verb at ws[k] stands for, right before its comma:
// "the U.S. Chamber of Commerce, which is planning to", "Carole Bower,
// who now plans to"; or the name opening the sentence when "but" or
// "and" joins the intent to its first verb. Only a capitalised name: not
// "the plan, which aims to", a thing's purpose.
func (a *analyzer) namedBeforeRelative(ws []word, k int) (int, int, bool) {
	if purposeWords[a.sc.lowOf(&ws[k])] {
		return 0, 0, false // "the Clean Power Plan, which is intended to": a thing's purpose
	}
	j := k - 1
	for j > 0 && ws[j].punc == 0 && (a.sc.haveForm(&ws[j]) || ws[j].in(lBeVerbs|lWillAdverbs) || a.adverb(&ws[j])) {
		j--
	}
	if j > 2 && ws[j].punc == 0 && (a.sc.is(&ws[j], "but") || a.sc.is(&ws[j], "and")) && ws[0].cap && ws[1].cap && ws[0].punc == 0 && ws[1].punc == 0 {
		// A second verb of the sentence's named subject: "Carole Bower,
		// 75, a retiree, backed Kasich in the primary, but now plans to
		// vote for Trump".
		ne := 2
		for ne < j && ws[ne].punc == 0 && ws[ne].cap {
			ne++
		}
		return 0, ne, true
	}
	if j >= 2 && ws[j].punc == 0 && (a.sc.is(&ws[j], "that") || a.sc.is(&ws[j], "who") || a.sc.is(&ws[j], "which")) && ws[j-1].punc == 0 && ws[j-1].cap && !weekdayOrMonth(a.sc.lowOf(&ws[j-1])) {
		// "Future45, a super PAC that intends to hammer", "the Harbour
		// Trust that plans to": the body named just before is the actor;
		// not "a firm that plans to", no one named.
		ns := j - 1
		for ns > 0 && ws[ns-1].punc == 0 && (ws[ns-1].cap || ws[ns-1].in(lArticles) || a.adverb(&ws[ns-1]) || !ws[ns-1].in(lBeVerbs) && ns-1 >= j-4) {
			ns--
		}
		return ns, j, true
	}
	if j < 3 || ws[j].punc != 0 || !a.sc.is(&ws[j], "which") && !a.sc.is(&ws[j], "who") || ws[j-1].punc != ',' || !ws[j-2].cap || ws[j-2].punc != 0 || weekdayOrMonth(a.sc.lowOf(&ws[j-2])) {
		return 0, 0, false // not a day: "A photograph shared on Tuesday, which appears to show"
	}
	ne := j - 1
	ns := j - 2
	for ns > 0 && ws[ns-1].punc == 0 && (ws[ns-1].cap || a.sc.is(&ws[ns-1], "of") || a.sc.is(&ws[ns-1], "for") || a.sc.is(&ws[ns-1], "and")) {
		ns--
	}
	for ns < ne && !ws[ns].cap {
		ns++
	}
	return ns, ne, ns < ne && ns > 0
}

var purposeWords = wordtable.Words(`intended designed meant aimed`)

func (a *analyzer) leftNP(ws []word, k int) (int, int, bool) {
	j := a.wentOnTo(ws, k) - 1
	for range 2 {
		for j >= 0 && ws[j].punc == 0 && (ws[j].cls&cSkip != 0 || a.adverb(&ws[j])) && ws[j].cls&(cPronoun) == 0 {
			j--
		}
		if j >= 0 && (ws[j].cap || ws[j].kind == tokens.Number || ws[j].cls&cTime != 0 || a.sc.is(&ws[j], "ago") || dayParts[a.sc.lowOf(&ws[j])] || calendarSpans[a.sc.lowOf(&ws[j])]) && !strings.HasSuffix(a.sc.lowOf(&ws[k]), "ing") {
			t := a.sc.timeBefore(ws, j)
			if t == j {
				break
			}
			j = t // "Sen. Ida Sten (D-Kess.) on Saturday criticized", "The State Department less than two weeks ago said": the source is before the day; not before a participle ("began a $1 million ad campaign this week praising")
			continue
		}
		break
	}
	if j > 2 && ws[j].punc == ',' && ws[j-2].punc == ',' && ws[j-1].punc == 0 && asides[a.sc.lowOf(&ws[j-1])] && ws[j-3].punc == 0 {
		j -= 3 // "Some analysts, however, worry": the source is before the aside
	}
	if o := a.speakingAside(ws, j); o > 0 {
		j = o - 1 // "Two officials, speaking on condition of anonymity because ..., said": the source is before the aside
	}
	if j > 2 && ws[j].punc == ',' {
		// "Its accounts, published before the congress, show": a
		// participle's aside after a document.
		o := j - 1
		for o > 0 && j-o <= 6 && ws[o].punc == 0 {
			o--
		}
		if o > 0 && ws[o].punc == ',' && ws[o-1].punc == 0 && (a.sc.is(&ws[o+1], "published") || a.sc.is(&ws[o+1], "released") || a.sc.is(&ws[o+1], "filed")) {
			if d := a.documentBefore(ws, o, nil); d >= 0 {
				j = d // the document, not the phrase after it: "Its accounts for the year to March, published in July, show"
			}
		}
	}
	if j > 0 && ws[j].punc == ')' {
		// "Sen. Elizabeth Warren (D-MA) said": skip the parenthesis.
		o := j - 1
		for o >= 0 && j-o < 8 && ws[o].punc != '(' {
			o--
		}
		if o > 0 && ws[o].punc == '(' {
			j = o - 1
		}
	}
	antecedent := false // the source is what a "who" stands for
	if j >= 0 && ws[j].punc == 0 && a.sc.lowOf(&ws[j]) == "who" && j > 1 && (ws[j-1].punc == ',' || ws[j-1].punc == 'D') {
		// "Barkley, who said", "Trump - who previously said": the antecedent.
		j -= 2
		antecedent = true
	} else if j > 0 && ws[j].punc == 0 && a.sc.lowOf(&ws[j]) == "who" && ws[j-1].punc == 0 {
		// "those who said they cared": the relative pronoun stands for
		// its antecedent. Not an intent: "30 members who had pledged
		// their support voted against it", "a man who asked to be
		// admitted was sent home": the clause says who they are, and the
		// sentence's own verb follows it.
		if ws[k].cls&cIntent != 0 {
			return 0, 0, false
		}
		return j, j + 1, true
	}
	if st, end, ok := a.documentRelative(ws, j); ok {
		return st, end, true // "a 2019 paper from Harwick University that found": the document
	}
	appositive := false
	dashEnd := -1
	last := j
	if j > 1 && ws[j].punc == '-' && ws[j-1].punc == 'D' {
		j-- // "--"
	}
	if j > 1 && ws[j].punc == 'D' {
		// "insiders in two states — Nevada and Ohio — said": the phrase
		// before the dashes, with them.
		o := j - 1
		for o > 0 && j-o < 30 && ws[o].punc != 'D' {
			o--
		}
		if o < 1 || ws[o].punc != 'D' {
			return 0, 0, false
		}
		dashEnd, j = last, o-1
	}
	if st, end, ok := a.agedFrom(ws, j); ok {
		return st, end, true // "Cory James, 22, of Dunmore, Kess., said": the name, not the town
	}
	if j >= 0 && ws[j].punc == ',' {
		// "Smith, a spokesman, said"
		appositive = true
		j--
		if j > 0 && ws[j].punc == '.' && ws[j-1].punc == 0 {
			j-- // "McConnell, R-Ky., said"
		}
		if o := openParen(ws, j); o > 0 && ws[o-1].punc == 0 {
			// "Sen. Dana Okafor (D-Ohio), said": the party, not an
			// appositive.
			appositive, dashEnd, j = false, j, o-1
		}
	}
	end := j + 1
	if end <= 0 || ws[j].punc != 0 || ws[j].cls&cStop != 0 {
		return 0, 0, false
	}
	// scan extends a noun phrase leftwards from word st.
	scan := func(st, end int) int {
		for st > 0 && end-st < maxLeftNP {
			p := &ws[st-1]
			if p.punc == '.' || p.punc == '\'' || p.punc == '&' {
				st--
				continue
			}
			if p.punc != 0 {
				break
			}
			if p.cls&cStop != 0 {
				l := a.sc.lowOf(p)
				if (l == "of" || l == "in" || l == "at" || l == "with" || l == "for" || l == "from" || l == "on" || l == "to" && st > 1 && (a.sc.is(&ws[st-2], "close") || ws[st-2].cls&cPerson != 0 && (ws[st].cap || ws[st].in(lArticles) || possessive(a.sc.lowOf(&ws[st]))))) && st-1 > 0 && ws[st-2].punc == 0 && ws[st-2].cls&cStop == 0 {
					st -= 2
					continue
				}
				if l == "and" && st-1 > 0 && ws[st].cap && ws[st-2].punc == 0 && ws[st-2].cap && ws[st-2].cls&cStop == 0 {
					st -= 2 // "Okafor and Ward said"
					continue
				}
				break
			}
			st--
		}
		return st
	}
	st := scan(j, end)
	if antecedent && !appositive && (hasVerbForm(ws, st, end) || a.clauseNP(ws, st, end)) {
		st = a.antecedentIn(ws, st, end) // "It was a partial reversal for the Wisconsin Republican, who had pledged": the Wisconsin Republican
	}
	if o := a.listBefore(ws, st); o < st {
		if l := scan(o, o+1); a.opens(ws, l) {
			st = l // "A group of 67 artists, writers, actors and scientists published": the whole list, and what it is a list of
		}
	}
	st = a.boundBefore(ws, st)
	st = a.madeByBefore(ws, st)
	if appositive {
		// The appositive must be set off by a comma before it too, with a
		// name before that: "Pat Ryder, a spokesman,", "Kevin Brady,
		// chairman of the House Ways and Means Committee,", "Mary Susan,
		// a delegate,"; an age may come first: "Clinton, 35, the daughter".
		c := j
		for c > 0 && j-c < 30 && ws[c].punc != ',' {
			c--
		}
		if c > 2 && ws[c].punc == ',' && ws[c-1].kind == tokens.Number && ws[c-2].punc == ',' {
			c -= 2
		}
		q := c - 1
		if q > 0 && ws[q].punc == '.' && ws[q-1].punc == 0 {
			q-- // "Ellen Ward Jr., the director"
		}
		if o := openParen(ws, q); o > 0 {
			q = o - 1 // "Sen. Dana Okafor (D-Ohio), who"
		}
		if q > 1 && ws[q].punc == 0 && ws[q].in(lConnectives) && ws[q-1].punc == ',' {
			q -= 2 // "Okafor, meanwhile, who"
		}
		if c >= 1 && q >= 0 && ws[c].punc == ',' && ws[q].punc == 0 && !ws[q].cap && ws[q].cls&(cPerson|cDocument) == 0 && a.nameAfterTitle(ws, c, j) {
			// "The minister of the economy, Mr. Guajardo Villarreal,
			// argues": a title, then the name set off by commas.
			if o := scan(q, q+1); a.opens(ws, o) && (a.sourceLike(ws, o, q+1, false) || hasContentWord(ws, o, q+1, &a.sc)) {
				return o, j + 1, true // also "The developer, Corrin Homes, said": the name makes any title a source
			}
		}
		if c < 1 || q < 0 || ws[c].punc != ',' || ws[q].punc != 0 || !ws[q].cap && ws[q].cls&(cPerson|cDocument) == 0 {
			return 0, 0, false
		}
		published := ws[q].cls&cDocument != 0 && publishing[a.sc.lowOf(&ws[c+1])]
		if f := &ws[c+1]; f.punc == 0 && !f.cap && (f.cls&(cStrong|cWeak) != 0 || strings.HasSuffix(a.sc.lowOf(f), "ed")) && !published {
			return 0, 0, false // a clause, not an appositive: "Park, sued the district, contending"
		}
		st = scan(q, q+1)
		if st > 3 && a.sc.is(&ws[st-1], "who") && ws[st-2].punc == ',' && ws[st-3].punc == 0 && ws[st-3].cap {
			st = scan(st-3, st-2) // "Ann Lund, who retired in Cambridge, Mass., said": the name the clause is on
		}
		if f := &ws[c+1]; published || f.punc == 0 && !f.cap && f.cls&cStop != 0 && introducers[a.sc.lowOf(f)] {
			// "Okafor, in a statement released on Thursday, said": the
			// phrase says where, the source is the name.
			end = q + 1
			if ws[q].punc != 0 {
				end = c
			}
		}
		// An appositive with a comma of its own ("Dana Okafor, a teacher
		// from Dayton, Ohio, said"): the name that opens the sentence
		// before it.
		for n := 0; n < 2 && st > 1 && ws[st-1].punc == ',' && ws[st-2].punc == 0 && ws[st-2].cap; n++ {
			o := scan(st-2, st-1)
			if !a.opens(ws, o) || !allCapsOrPronoun(ws, o, st-1, &a.sc) {
				break
			}
			st = o
		}
	}
	if st > 1 && !appositive && dashEnd < 0 {
		// A relative clause after the source: "Parents who oppose the levy
		// said", "Lawyers for 37 families whose homes burned down in the
		// fire told the court": the antecedent.
		for r := st - 1; r > 0 && st-r < 8 && ws[r].punc == 0; r-- {
			if l := a.sc.lowOf(&ws[r]); l != "who" && l != "whose" {
				continue
			}
			o := r
			for o > 0 && r-o < 8 && ws[o-1].punc == 0 && (ws[o-1].cls&cStop == 0 || a.sc.lowOf(&ws[o-1]) == "and" || a.sc.lowOf(&ws[o-1]) == "of" || a.sc.lowOf(&ws[o-1]) == "for") {
				o--
			}
			if o < r && a.opens(ws, o) && a.sourceLike(ws, o, r, false) && hasContentWord(ws, o, r, &a.sc) {
				return o, r, true
			}
			break
		}
	}
	if dashEnd >= 0 {
		end = dashEnd + 1
	}
	if st > 0 {
		// What comes before must be a boundary: start, punctuation, "that".
		p := &ws[st-1]
		if p.punc == 0 && p.cls&cStop == 0 {
			return 0, 0, false
		}
	}
	if !hasContentWord(ws, st, end, &a.sc) || st == 0 && end == 1 && len(ws) > 2 && a.frontedOpener(ws) || strings.HasSuffix(a.sc.lowOf(&ws[k]), "ing") && !ws[k-1].in(lBeVerbs) && a.clauseNP(ws, st, end) {
		return 0, 0, false // "Having announced that he would not resign, Mayor Brandt went on": the opener is no source
	}
	return st, end, true
}

// emptyContent reports whether a content is one word that says nothing:
// an object pronoun ("have asked about him") or a preposition ("In a
// ruling published on Monday"), in any case, without lowercasing it.
func emptyContent(c string) bool {
	for _, w := range [...]string{"him", "her", "them", "it", "me", "us", "in", "on", "at", "for", "of", "from", "over", "across", "along", "around", "since"} {
		if strings.EqualFold(c, w) {
			return true
		}
	}
	return false
}

// documentJustBefore reports whether a document noun stands within six
// words before ws[k] in its clause: "A poll by the Keldon Institute
// published".
func (a *analyzer) documentJustBefore(ws []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6 && ws[j].punc == 0; j-- {
		if ws[j].cls&cDocument != 0 {
			return true
		}
	}
	return false
}

// frontedFrame reports whether the sentence opens on a participle or a
// preposition: "Giving evidence,", "In court,", "After the vote,".
func (a *analyzer) frontedFrame(ws []word) bool {
	if len(ws) == 0 || ws[0].punc != 0 {
		return false
	}
	l := a.sc.lowOf(&ws[0])
	return strings.HasSuffix(l, "ing") || prepositions[l] || l == "after" || l == "before" || l == "during"
}

// laterCue reports whether a strong or weak cue word follows ws[j] in its
// clause, within eight words.
func (a *analyzer) laterCue(ws []word, j int) bool {
	for m := j; m < len(ws) && m < j+8 && ws[m].punc == 0; m++ {
		if ws[m].cls&(cStrong|cWeak) != 0 {
			return true
		}
	}
	return false
}

// madeByBefore extends a source that starts at ws[st], after "by" and a
// participle, over the thing it made: "Figures published by the
// statistics bureau show", "A poll by the Keldon Institute found". The
// phrase would otherwise start at the maker, with "Figures published by"
// read as the content before it.
func (a *analyzer) madeByBefore(ws []word, st int) int {
	if st < 2 || ws[st-1].punc != 0 || !a.sc.is(&ws[st-1], "by") || ws[st-2].punc != 0 {
		return st
	}
	h := st - 2
	if strings.HasSuffix(a.sc.lowOf(&ws[h]), "ed") {
		h-- // "published by", "compiled by"
	}
	if h < 0 || ws[h].punc != 0 || ws[h].cls&cDocument == 0 {
		return st // only a document made by its maker: not "was hit by"
	}
	for h > 0 && ws[h-1].punc == 0 && (ws[h-1].in(lArticles) || ws[h-1].cls&cStop == 0 && !ws[h-1].in(lBeVerbs) && !a.sc.haveForm(&ws[h-1])) && st-h < 6 {
		h--
	}
	return h
}

// boundBefore extends a noun phrase that starts at ws[st] over the bound
// before it: "at least three clubs abroad", "More than 40 residents" (a
// count opening its clause); the phrase would otherwise start at "least"
// or the count, with "at" or "than" read as the boundary before it.
func (a *analyzer) boundBefore(ws []word, st int) int {
	if st >= 1 && ws[st-1].punc == 0 && a.sc.is(&ws[st-1], "at") && (a.sc.is(&ws[st], "least") || a.sc.is(&ws[st], "most")) {
		return st - 1
	}
	if st >= 2 && ws[st-1].punc == 0 && ws[st-2].punc == 0 && a.sc.is(&ws[st-1], "than") && (a.sc.is(&ws[st-2], "more") || a.sc.is(&ws[st-2], "fewer")) && (ws[st].kind == tokens.Number || ws[st].in(lWordNumbers)) && (st == 2 || ws[st-3].punc != 0 || ws[st-3].in(lConnectives) || a.sc.is(&ws[st-3], "and")) {
		return st - 2 // the phrase opens its clause: not "Less than the mayor has promised", nor "had fallen to fewer than one claim"
	}
	return st
}

// speakingAside returns the index of the comma that opens an aside on
// how the source spoke, set off by commas and closed by the comma at
// ws[j]: "Two officials familiar with the inquiry, speaking on condition
// of anonymity because they were not authorized to discuss it, said";
// 0 when there is none.
func (a *analyzer) speakingAside(ws []word, j int) int {
	if j < 3 || ws[j].punc != ',' {
		return 0
	}
	o := j - 1
	for o > 0 && j-o <= 30 && ws[o].punc != ',' && ws[o].punc != 'D' && ws[o].punc != '"' {
		o--
	}
	if o < 2 || ws[o].punc != ',' || ws[o-1].punc != 0 || ws[o+1].punc != 0 || !speakingWords[a.sc.lowOf(&ws[o+1])] {
		return 0
	}
	return o
}

// speakingWords open an aside on how a source spoke.
var speakingWords = wordtable.Words(`speaking talking writing`)

// publishing are the participles that say when or how a document came
// out, set off by commas between it and its cue: "The ministry's crime
// figures, published in October, showed".
var publishing = wordtable.Words(`published released issued updated leaked obtained compiled`)

// inside reports whether span x lies within span y.
func inside(x, y Span) bool { return x.Block == y.Block && x.Start >= y.Start && x.End <= y.End }

// openParen returns the index of the "(" that the ")" at word j closes,
// within eight words, or -1.
func openParen(ws []word, j int) int {
	if j < 1 || ws[j].punc != ')' {
		return -1
	}
	for o := j - 1; o >= 0 && j-o <= 8; o-- {
		if ws[o].punc == '(' {
			return o
		}
	}
	return -1
}

var subjectPronouns = wordtable.Words(`he she they we i`)

// coordinatedSubject returns the subject pronoun of the verb that an
// intent cue at ws[k] is coordinated with by "and" or "but", over
// auxiliaries and adverbs ("she is not only trying to finish the bypass but
// has also sought to"), or -1. The pronoun is the nearest one before the
// conjunction within its sentence.
func (a *analyzer) coordinatedSubject(ws []word, k int) int {
	j := k - 1
	for j >= 0 && ws[j].punc == 0 && (auxiliaries[a.sc.lowOf(&ws[j])] || ws[j].in(lBeVerbs) || a.adverb(&ws[j]) || a.sc.is(&ws[j], "also")) {
		j--
	}
	if j < 1 || j == k-1 || ws[j].punc != 0 || !a.sc.is(&ws[j], "but") && !a.sc.is(&ws[j], "and") {
		return -1
	}
	for p := j - 1; p >= 0 && j-p <= 25; p-- {
		if ws[p].punc == ';' || ws[p].punc == ':' {
			return -1
		}
		if ws[p].punc == 0 && subjectPronouns[a.sc.lowOf(&ws[p])] {
			return p
		}
	}
	return -1
}

// notAdverbs end in -ly but are nouns or adjectives before a verb.
var notAdverbs = wordtable.Words(`family ally rally supply assembly anomaly
	monopoly reply bully folly jelly belly
	only early daily weekly monthly likely
	elderly friendly lonely holy ugly silly`)

// adverb reports whether w is a lowercase -ly adverb ("formally",
// "truly") that may stand between a source and its cue.
func (a *analyzer) adverb(w *word) bool {
	if w.cap || w.hi-w.lo < 5 {
		return false
	}
	l := a.sc.lowOf(w)
	return strings.HasSuffix(l, "ly") && !notAdverbs[l]
}

// opens reports whether word st opens the sentence: only punctuation or
// connectives come before it.
func (a *analyzer) opens(ws []word, st int) bool {
	for i := 0; i < st; i++ {
		if ws[i].punc == 0 && !ws[i].in(lConnectives) {
			return false
		}
	}
	return true
}

var determiners = wordtable.Words(`the a an this that these those its in`)

func hasContentWord(ws []word, st, end int, sc *scratch) bool {
	for i := st; i < end; i++ {
		if ws[i].punc == 0 && !ws[i].in(lDeterminers) && ws[i].kind != tokens.Number {
			return true
		}
	}
	return false
}

// nameAfterTitle reports whether the words between the commas at c and
// after j are a name: capitalised words, with the full stop of "Mr.".
func (a *analyzer) nameAfterTitle(ws []word, c, j int) bool {
	if j-c > 8 || j <= c {
		return false
	}
	titled := false // "Norland Democratic Party chairwoman Nancy Worley": a title word before the name
	for i := c + 1; i <= j; i++ {
		if ws[i].punc == '.' && i > c+1 {
			continue
		}
		if ws[i].punc == 0 && !ws[i].cap && ws[i].cls&cPerson != 0 && i+2 <= j && ws[i+1].cap && ws[i+2].cap {
			titled = true
			continue
		}
		if ws[i].punc != 0 || !ws[i].cap {
			return false
		}
	}
	return j-c <= 5 || titled
}

// rightNP reads a noun phrase starting at word k: up to punctuation or a
// stop word, keeping "of" between capitalised words.
func rightNP(ws []word, k int, sc *scratch) (int, int) {
	if k < len(ws) && ws[k].open {
		return k, k
	}
	e := k
	for e < len(ws) && e-k < maxNP {
		w := &ws[e]
		if (w.punc == '.' || w.punc == '/' || w.punc == '&') && e > k && e+1 < len(ws) && ws[e+1].cap {
			e++ // "Gov.", "NBC/Marist", "Ernst & Young"
			continue
		}
		if w.punc != 0 {
			break
		}
		if w.cls&cStop != 0 {
			l := sc.lowOf(w)
			if (l == "of" || l == "for") && e > k && e+1 < len(ws) && ws[e+1].punc == 0 {
				e++
				continue
			}
			break
		}
		if w.cls&(cStrong|cWeak) != 0 && !w.cap && e > k && !(e+1 < len(ws) && (ws[e+1].punc == ',' || ws[e+1].punc == '.' && e+2 == len(ws)) && strings.HasSuffix(sc.lowOf(w), "s")) &&
			!(ws[e-1].punc == 0 && ws[e-1].in(lArticles) && (strings.HasSuffix(sc.lowOf(w), "ed") || needsTail(sc.lowOf(w)))) {
			break // a verb; not a plural noun ending the phrase ("According to local reports, ..."), nor an adjective or a noun after an article ("Under the published scale", "said the suspect")
		}
		e++
	}
	// Trim trailing periods.
	for e > k && ws[e-1].punc != 0 {
		e--
	}
	// A name followed by an appositive: "Pat Ryder, a spokesman".
	if e < len(ws)-2 && ws[e].punc == ',' && e > k && ws[e-1].cap {
		if l := sc.lowOf(&ws[e+1]); l == "a" || l == "an" || l == "the" {
			f := e + 1
			verb := false
			for f < len(ws) && ws[f].punc == 0 && f-k < maxNP+4 {
				if ws[f].cls&cStop != 0 && sc.lowOf(&ws[f]) != "of" && sc.lowOf(&ws[f]) != "for" {
					break
				}
				verb = verb || ws[f].in(lBeVerbs)
				f++
			}
			if !verb {
				e = f // not a clause: "According to opposition MPs, the delay itself is doing"
			}
		}
	}
	return k, e
}

// sourceLike reports whether ws[st:end] reads as a source: a name, a
// pronoun, an official, a body or a document. strict asks for more than a
// lone capitalised first word of the sentence.
func (a *analyzer) sourceLike(ws []word, st, end int, strict bool) bool {
	for i := st; i < end; i++ {
		w := &ws[i]
		if w.punc != 0 {
			continue
		}
		if w.cls&(cPronoun|cPerson|cDocument) != 0 {
			return true
		}
		if a.sc.is(w, "accounts") && i > st && (possessive(a.sc.lowOf(&ws[i-1])) || a.sc.is(&ws[i-1], "annual") || a.sc.is(&ws[i-1], "latest") || a.sc.is(&ws[i-1], "audited")) {
			return true // "Its accounts, published before the congress, show": a company's books, a document
		}
		if i == end-1 && i > st && recordBooks[a.sc.lowOf(w)] {
			return true // "..., the register shows", "the published schedule shows": a record kept, a document
		}
		if w.cap && !w.in(lDeterminers) {
			if i > 0 || !strict {
				return true
			}
			// A capitalised first word of the sentence: a name only if
			// another capitalised word follows, it stands alone, or it
			// owns what follows ("Koll's inspectors found"); or a modifier
			// of a kind of people ("Opposition deputies have accused").
			if i+1 < end && ws[i+1].cap || end-st == 1 || i+1 < end && (strings.HasSuffix(a.sc.lowOf(w), "'s") || strings.HasSuffix(a.sc.lowOf(w), "’s")) && a.ownPeople(ws, end-1) ||
				end-st == 2 && !ws[i+1].cap && plural(a.sc.lowOf(&ws[i+1])) && (a.peopleKind(ws, i+1) || bodies[a.sc.lowOf(&ws[i+1])]) ||
				i+2 < end && ws[i+1].punc == 0 && placedGroup[a.sc.lowOf(&ws[i+1])] && plural(a.sc.lowOf(w)) && a.peopleKind(ws, i) {
				// "Fans on swimming forums have accused", "Coaches at the club blame"
				return true
			}
		}
	}
	return false
}

// placedGroup are the prepositions after a plural of people that say
// where the group is: "Fans on swimming forums".
var placedGroup = wordtable.Words(`on in at across around`)

// modalBefore are the auxiliaries before "see" that make it what happens to
// someone: "will see no benefit", "could see prices rise".
var modalBefore = wordtable.Words(`will would could may might should won't won’t`)

// ownPeople reports whether the head of a possessed phrase names people:
// "Koll's inspectors found"; not "China's coal consumption appears".
func (a *analyzer) ownPeople(ws []word, head int) bool {
	return ws[head].cls&cPerson != 0 || a.peopleKind(ws, head)
}

// prepositionObject reports whether the ambiguous -s word at ws[k] ("charges",
// "claims", "reports") ends a preposition's object, so is a noun: "on
// similar charges", "over fraud claims"; not "in which he claims".
func (a *analyzer) prepositionObject(ws []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-2 && ws[j].punc == 0; j-- {
		if objectPrepositions[a.sc.lowOf(&ws[j])] {
			return true
		}
		if ws[j].cap || ws[j].cls&(cPronoun|cPerson|cDocument) != 0 {
			return false
		}
	}
	return false
}

var objectPrepositions = wordtable.Words(`on of over with for
	against about from under despite amid`)

// hearingBodies hear evidence: "The court heard that ...".
var hearingBodies = wordtable.Words(`court tribunal inquest jury hearing
	inquiry committee panel magistrates jurors`)

// doQuestion reports whether the source phrase starting at ws[ns] is the
// subject of a question with "do": "What do critics say?", "Did officials
// say why?".
func (a *analyzer) doQuestion(ws []word, ns int) bool {
	for _, j := range [2]int{ns, ns - 1} {
		if j >= 0 && ws[j].punc == 0 {
			switch a.sc.lowOf(&ws[j]) {
			case "do", "does", "did":
				return true
			}
		}
	}
	return false
}

// theBody reports whether ws[st:end] is "the" and a body that acts as one
// ("The association", "the town's rugby club"): the actor of an intent,
// though not a source of speech the lexicon would take for every cue
// ("The board thanked the parents" says nothing).
func (a *analyzer) theBody(ws []word, st, end int) bool {
	if end-st < 2 || ws[end-1].punc != 0 || !(a.sc.is(&ws[st], "the") || possessive(a.sc.lowOf(&ws[st]))) {
		return false
	}
	return bodyHead(a.sc.lowOf(&ws[end-1]))
}

// bodyHead reports whether l names a body that acts, or several of them:
// "the airline", "the two airlines", "the companies", "the churches".
func bodyHead(l string) bool {
	if actingBodies[l] || publicBodies[l] {
		return true
	}
	if len(l) < 4 || l[len(l)-1] != 's' {
		return false
	}
	one := l[:len(l)-1]
	switch {
	case strings.HasSuffix(l, "ies"):
		one = l[:len(l)-3] + "y"
	case strings.HasSuffix(l, "ches") || strings.HasSuffix(l, "shes"):
		one = l[:len(l)-2]
	}
	return actingBodies[one] || publicBodies[one]
}

// thatAfterCue reports whether "that" opens the cue's content, straight
// after it or after a time ("ruled on Thursday that"): a body's finding
// or ruling, not its act.
func (a *analyzer) thatAfterCue(ws []word, k int) bool {
	for j := k + 1; j < len(ws) && j <= k+4 && ws[j].punc == 0; j++ {
		if a.sc.is(&ws[j], "that") {
			return true
		}
		if j > k+1 && !(ws[j].cls&(cTime|cMonth) != 0 || ws[j].kind == tokens.Number || weekdayOrMonth(a.sc.lowOf(&ws[j]))) && !a.sc.is(&ws[j], "on") && !a.sc.is(&ws[j], "in") && !a.sc.is(&ws[j], "last") {
			return false
		}
	}
	return false
}

var actingBodies = wordtable.Words(`association trust charity foundation
	firm cooperative co-operative co-op club federation institute university
	college district utility airline operator insurer
	hospital school church museum society chapter
	league publisher retailer manufacturer developer
	landlord city county town state chain group
	company business owner owners family team
	practice surgery clinic pharmacy
	broadcaster network newspaper lender supplier carrier carmaker`)

// barePlural reports whether a source is one capitalised word opening the
// sentence that reads as a plural common noun ("Troops plan to"): it ends
// in -s, is not a known speaker ("Officials") and is not written with a
// capital inside a sentence of this or the three paragraphs before, as a
// name is ("... backed Sanders").
func (a *analyzer) barePlural(ws []word, st, end int, block int) bool {
	if st != 0 || end != 1 || ws[0].cls&(cPerson|cDocument) != 0 {
		return false
	}
	l := a.sc.lowOf(&ws[0])
	if len(l) <= 3 || l[len(l)-1] != 's' || l[len(l)-2] == 's' || l[len(l)-2] == 'u' || l[len(l)-2] == 'i' {
		return false
	}
	name := a.doc.Blocks[block].Text[ws[0].s:ws[0].e]
	for b := max(0, block-3); b <= block; b++ {
		if occurs(a.doc.Blocks[b].Text, name, func(t string, j int) bool { return j >= 2 && t[j-1] == ' ' && t[j-2] >= 'a' && t[j-2] <= 'z' }) {
			return false // a name inside a sentence
		}
	}
	return true
}

// occurs reports whether w occurs in t at an index j where at(t, j) holds.
func occurs(t, w string, at func(t string, j int) bool) bool {
	for i := 0; ; {
		j := strings.Index(t[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if at(t, j) {
			return true
		}
		i = j + len(w)
	}
}

// nounUse reports whether the cue word ws[k] is used as a noun: an -ing
// form after an article ("the warning", "an internal warning"), or a
// plural before "from" or "over" ("claims from the quake", "reports over
// the weekend").
func (sc *scratch) nounUse(ws []word, k int, low string) bool {
	article := func(j int) bool { return j >= 0 && ws[j].punc == 0 && ws[j].in(lArticles) }
	if strings.HasSuffix(low, "ing") {
		if article(k-1) || k > 1 && ws[k-1].punc == 0 && !ws[k-1].cap && (sc.is(&ws[k-2], "a") || sc.is(&ws[k-2], "an")) {
			return true
		}
		// "to issue its first formal shortage warning since 1992": a
		// noun after a possessive and its modifiers, none of them a
		// plural that could be the participle's subject ("its analysts
		// warning that"), and no complement after it.
		if k+1 < len(ws) && ws[k+1].punc == 0 {
			if n := sc.lowOf(&ws[k+1]); n == "that" || n == "to" || n == "how" || n == "what" || n == "whether" || ws[k+1].cls&cPronoun != 0 {
				return false // "an adviser to his campaign acknowledging to the Times that": a participle with its complement
			}
		}
		for j := k - 1; j >= 0 && j >= k-4 && ws[j].punc == 0 && !ws[j].cap; j-- {
			l := sc.lowOf(&ws[j])
			if j < k-1 && possessivePronouns[l] {
				return true
			}
			if strings.HasSuffix(l, "s") || strings.HasSuffix(l, "ly") || beVerbs[l] || l == "have" || l == "the" {
				return false
			}
		}
	}
	if strings.HasSuffix(low, "s") && k > 0 && ws[k-1].punc == 0 && chargesVerbs[sc.lowOf(&ws[k-1])] {
		return true // "seldom bring criminal charges in tax cases", "faced fresh claims": a noun
	}
	if sc.earlierThings(ws, k) {
		return true // "Neither of the earlier recalls cost", "its previous warnings": things, counted in time
	}
	if low == "show" && k > 0 && k+1 < len(ws) && ws[k-1].punc == 0 && ws[k-1].cap && ws[k+1].punc == 0 && (sc.doneForm(&ws[k+1]) || ws[k+1].in(lBeVerbs) || sc.haveForm(&ws[k+1])) {
		return true // "Its Christmas show sold more than 14,000 tickets": a show, the subject of its own verb
	}
	if strings.HasSuffix(low, "s") && k+1 < len(ws) && ws[k+1].punc == 0 {
		if sc.is(&ws[k+1], "from") || sc.is(&ws[k+1], "over") || sc.is(&ws[k+1], "against") {
			return true // "bring manslaughter charges against the managers"
		}
		// A plural subject before its verb: "Airport charges in Halmora
		// are set by the operator", "Its claims were rejected".
		for j := k + 1; j < len(ws) && j <= k+5 && ws[j].punc == 0; j++ {
			if sc.is(&ws[j], "are") || sc.is(&ws[j], "were") || j > k+1 && (sc.is(&ws[j], "have") || sc.is(&ws[j], "had")) {
				return j == k+1 || sc.is(&ws[k+1], "in") || sc.is(&ws[k+1], "at") || sc.is(&ws[k+1], "on")
			}
		}
	}
	if sc.oneNounIn(ws, k) {
		return true // "fewer than one claim in 50 was ever checked": a share of things
	}
	if nounCueWords[low] && sc.modifiedNoun2(ws, k) {
		return true // "had filed monthly claims with", "had no say over", "issued another surge warning for": a thing, not words said
	}
	show := low == "show" || low == "shows" || low == "fear" || low == "fears" // "polls that show", "those who fear": a relative before the verb
	if (thingWords[low] || show) && k > 0 && ws[k-1].punc == 0 && (ws[k-1].in(lArticles) || possessive(sc.lowOf(&ws[k-1])) || !show && thingDeterminers[sc.lowOf(&ws[k-1])] && (k > 1 && sc.is(&ws[k-2], "at") || !sc.complementAfter(ws, k))) {
		return true // "into question", "on this question", "a note from", "at one point to wave", "the show", "the fear of": a thing, not a verb; not "But some note that"
	}
	if (thingWords[low] || show) && k > 1 && ws[k-1].punc == 0 && ws[k-2].punc == 0 && (!ws[k-1].cap || show && ws[k-2].in(lArticles)) && ws[k-1].cls&(cStop|cPronoun) == 0 && !strings.HasSuffix(sc.lowOf(&ws[k-1]), "s") &&
		(ws[k-2].in(lArticles) || thingDeterminers[sc.lowOf(&ws[k-2])] || possessive(sc.lowOf(&ws[k-2])) || sc.is(&ws[k-2], "of")) && (k+1 >= len(ws) && !show || k+1 < len(ws) && (ws[k+1].punc != 0 && (!show || ws[k+1].open) || thingAfter[sc.lowOf(&ws[k+1])])) {
		return true // "the opening question from", "a range of presidential attributes,", "the reality show “The Apprentice,”", "an NBC show as": a thing after its modifier; not "Critics of the plan question whether", nor "..., the register shows."
	}
	if (low == "think" || low == "thinks") && k+1 < len(ws) && ws[k+1].punc == 0 && (sc.is(&ws[k+1], "tank") || sc.is(&ws[k+1], "tanks")) {
		return true // "a conservative think tank"
	}
	if (low == "write" || low == "found") && k > 0 && ws[k-1].punc == 0 && slices.Contains(helpForms, sc.lowOf(&ws[k-1])) {
		return true // "he helped write the act", "helped found the party": a hand in making it, nothing said
	}
	if (low == "hope" || low == "hopes") && k > 0 && ws[k-1].punc == 0 && hopeTakers[sc.lowOf(&ws[k-1])] {
		return true // "had not given up hope that", "lost hope", "raised hopes of": a noun, the object
	}
	// "Her best hope is that", "their only hope is": the writer's reading
	// of someone's chances (not "the police's biggest worry", a view held).
	return low == "hope" && k > 1 && ws[k-1].punc == 0 && ws[k-2].punc == 0 && (superlative(sc.lowOf(&ws[k-1])) || sc.is(&ws[k-1], "only")) && sc.nounBefore(&ws[k-2])
}

// thingWords are cue words that are a noun after a determiner or a
// preposition: "a note", "into question", "at one point".
var thingWords = wordtable.Words(`note notes question questions point points attributes`)

// thingAfter follow thingWords used as nouns: "the opening question
// from the moderator".
var thingAfter = wordtable.Words(`from of about on for at in with over as`)

// thingDeterminers and prepositions come before thingWords used as nouns.
var thingDeterminers = wordtable.Words(`this that these those one any some every each into on in at without beyond`)

// hopeTakers come before "hope" the noun: "given up hope", "lost hope",
// "raised hopes".
var hopeTakers = wordtable.Words(`up lost abandoned raised dashed kept keep
	keeps offer offers offered gave give gives no any little new false
	faint slim real`)

// nounCueWords are cue words that are as often nouns: "claims", "posts",
// "say", "warning", "estimate", "forecast".
var nounCueWords = wordtable.Words(`claim claims post posts say warning warnings
	estimate estimates forecast forecasts`)

// modifiedNoun2 reports whether the cue word at ws[k] is a noun after its
// modifiers: "no say", a determiner and one modifier ("another surge
// warning", "two junior posts"), or a verb's object with one modifier
// ("filed monthly claims"). Not a plural subject ("officials in two
// provinces say"), nor an adverb before a verb ("had repeatedly said").
func (sc *scratch) modifiedNoun2(ws []word, k int) bool {
	if k < 1 || ws[k-1].punc != 0 || ws[k-1].cap {
		return false
	}
	p := sc.lowOf(&ws[k-1])
	if p == "no" {
		return true
	}
	if sc.is(&ws[k], "say") {
		return false // "sources close to her campaign say": the subject's last word, not a modifier
	}
	if k < 2 || ws[k-2].punc != 0 || ws[k-2].cap || strings.HasSuffix(p, "s") || strings.HasSuffix(p, "ly") && !notAdverbs[p] || ws[k-1].cls&(cStop|cPronoun) != 0 || ws[k-1].in(lBeVerbs) || sc.haveForm(&ws[k-1]) {
		return false
	}
	q := sc.lowOf(&ws[k-2])
	return nounDeterminers[q] || ws[k-2].kind == tokens.Number || ws[k-2].in(lWordNumbers) || strings.HasSuffix(q, "ed") && ws[k-2].cls&(cStrong|cWeak|cIntent) == 0
}

var nounDeterminers = wordtable.Words(`another a an any its their his her our no every each`)

// naming reports whether "called" or "named" at ws[k] gives a name, not
// speech: "a postman called Jordan Ashby", "a dog named Rex".
func (sc *scratch) naming(ws []word, k int, low string) bool {
	if (low == "called" || low == "calls" || low == "call" || low == "calling") && sc.callsEvent(ws, k+1) {
		return true // "called the election four months early", "called off the strike": an act
	}
	if (low == "wrote" || low == "writes" || low == "write") && k+1 < len(ws) && ws[k+1].punc == 0 && (ws[k+1].kind == tokens.Number || ws[k+1].in(lCountWords) && !sc.is(&ws[k+1], "a") || sc.is(&ws[k+1], "fewer") || sc.is(&ws[k+1], "more") || sc.is(&ws[k+1], "dozens") || sc.is(&ws[k+1], "hundreds")) {
		return true // "Women wrote fewer than one in a hundred of the operas": authorship, not a statement
	}
	if strings.HasPrefix(low, "claim") && k+1 < len(ws) && ws[k+1].punc == 0 && claimedThings[sc.lowOf(&ws[k+1])] {
		return true // "the number of people claiming asylum", "claimed expenses", "claims worth 45 million": an application, not a statement
	}
	if low != "called" && low != "named" || k == 0 || k+1 >= len(ws) {
		return false
	}
	p := &ws[k-1]
	return p.punc == 0 && !p.cap && p.cls&cPronoun == 0 && !subjectPronouns[sc.lowOf(p)] && ws[k+1].punc == 0 && ws[k+1].cap
}

// earlierThings reports whether the plural cue word at ws[k] follows an
// article or a possessive and one of earlierOnes: "the earlier recalls",
// "its previous warnings", things and not a verb.
func (sc *scratch) earlierThings(ws []word, k int) bool {
	return k > 1 && strings.HasSuffix(sc.lowOf(&ws[k]), "s") && ws[k-1].punc == 0 && ws[k-2].punc == 0 && (ws[k-2].in(lArticles) || possessive(sc.lowOf(&ws[k-2]))) && earlierOnes[sc.lowOf(&ws[k-1])]
}

// earlierOnes between an article and a plural make it a noun: "the
// earlier recalls".
var earlierOnes = wordtable.Words(`earlier previous recent latest past
	later other similar two three many`)

// claimedThings after "claim" make it an application for something.
var claimedThings = wordtable.Words(`asylum benefits benefit compensation
	damages expenses allowances refunds unemployment worth`)

// amountAdded reports whether "add", "adding" or "added" at ws[k] adds an
// amount rather than words: "adding about 60 veld a month to the cost",
// "has ever added that much capacity", "will add 200 million dorins",
// "The purses he owes add up to roughly 310,000 tovars".
func (sc *scratch) amountAdded(ws []word, k int) bool {
	l := sc.lowOf(&ws[k])
	if l != "adding" && l != "added" && l != "adds" && l != "add" || k+1 >= len(ws) || ws[k+1].punc != 0 {
		return false
	}
	n := sc.lowOf(&ws[k+1])
	if l == "added" && k > 0 && sc.haveForm(&ws[k-1]) && plural(n) && ws[k+1].cls&(cPronoun|cStop) == 0 {
		return true // "Both armies have added troops along the ridge": things added, not words
	}
	return ws[k+1].kind == tokens.Number || approxWords[n] || n == "to" || n == "up" || n == "more" || n == "another" || n == "extra" || // "add up to"
		n == "at" && k+2 < len(ws) && (sc.is(&ws[k+2], "least") || sc.is(&ws[k+2], "most")) || // "will add at least 200 million dorins"
		n == "that" && k+2 < len(ws) && (sc.is(&ws[k+2], "much") || sc.is(&ws[k+2], "many"))
}

// aspectual verbs before a weak -ing cue make it an activity: "stop
// supporting", "keep backing".
var aspectual = wordtable.Words(`stop stops stopped keep keeps kept
	start started starts began begin continue continued quit`)

// callsEvent reports whether the words at ws[k] after "called" are an
// event called, not a name given or words said: "the election", "a snap
// vote", "off the strike", "time on".
func (sc *scratch) callsEvent(ws []word, k int) bool {
	if k >= len(ws) || ws[k].punc != 0 {
		return false
	}
	if sc.is(&ws[k], "off") || sc.is(&ws[k], "time") {
		return true
	}
	if (sc.is(&ws[k], "at") || sc.is(&ws[k], "into")) && k+1 < len(ws) && ws[k+1].punc == 0 && ws[k+1].cap {
		return true // "the two biggest lines calling at Orrevik", "ships that called into Halvard": a port of call
	}
	if !ws[k].in(lArticles) && !possessive(sc.lowOf(&ws[k])) && !ws[k].in(lQuantifiersBefore) && !sc.is(&ws[k], "so") && ws[k].kind != tokens.Number && !ws[k].in(lWordNumbers) {
		return false // "called the election", "called so many witnesses", "called 40 witnesses"
	}
	for j := k + 1; j < len(ws) && j <= k+3 && ws[j].punc == 0; j++ {
		if calledEvents[sc.lowOf(&ws[j])] {
			return true
		}
	}
	return false
}

var calledEvents = wordtable.Words(`witnesses witness election vote referendum strike meeting
	ballot halt ceasefire truce recess timeout inquiry roll`)

var duringWords = wordtable.Words(`throughout during after before since until`)

// figureObject reports whether the cue word ws[k] takes a figure, an act
// rather than words: "charged" with a price within four words after it
// ("Towing firms charged some drivers up to 900 korvs"; not "charged
// that", "charged him with fraud"), "conceded" with a count, a score
// ("conceded only nine goals").
func (sc *scratch) figureObject(ws []word, k int) bool {
	l := sc.lowOf(&ws[k])
	if strings.HasPrefix(l, "conced") {
		// "have conceded only nine goals": a score, not an admission
		return k+1 < len(ws) && (ws[k+1].kind == tokens.Number || ws[k+1].in(lWordNumbers) || sc.is(&ws[k+1], "only") || sc.is(&ws[k+1], "just") ||
			sc.is(&ws[k+1], "more") || sc.is(&ws[k+1], "fewer") || k+2 < len(ws) && sc.is(&ws[k+1], "the") && sc.is(&ws[k+2], "most")) // "have conceded more goals from corners than any other side"
	}
	if strings.HasPrefix(l, "recall") {
		// "recalled more cars last year", "recalled 40,000 hatchbacks": a
		// product recall, not a memory
		return k+1 < len(ws) && (ws[k+1].kind == tokens.Number || ws[k+1].in(lWordNumbers) || sc.is(&ws[k+1], "more") || sc.is(&ws[k+1], "fewer") || sc.is(&ws[k+1], "about") || sc.is(&ws[k+1], "nearly"))
	}
	if !strings.HasPrefix(l, "charge") {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+5 && ws[j].punc == 0 && !sc.is(&ws[j], "with"); j++ {
		if ws[j].kind == tokens.Number || chargedNouns[sc.lowOf(&ws[j])] {
			return true // "charged some drivers up to 900 korvs", "charged them recruitment fees of"
		}
	}
	return false
}

// chargedNouns after "charged" make it a price, not an accusation.
var chargedNouns = wordtable.Words(`fees fee rent interest prices commission rates`)

// respondedAct reports whether the cue word ws[k] is "responded by" and
// an act: "Builders have responded by slowing work on new estates" (in
// "responded by saying" the cue is "saying").
func (sc *scratch) respondedAct(ws []word, k int) bool {
	return strings.HasPrefix(sc.lowOf(&ws[k]), "respond") && k+2 < len(ws) && sc.is(&ws[k+1], "by") && strings.HasSuffix(sc.lowOf(&ws[k+2]), "ing")
}

// agreedToThing reports whether the cue word ws[k] is "agree" with "to"
// and a noun phrase ("since it agreed to the sale in principle") or with
// a deal for its object ("agreed the deal in July", "agreed a new
// contract"): a deal struck, not words said ("agreed that ..." and
// "agreed the plan was flawed" stay cues).
func (sc *scratch) agreedToThing(ws []word, k int) bool {
	if !strings.HasPrefix(sc.lowOf(&ws[k]), "agree") || k+2 >= len(ws) || ws[k].punc != 0 || ws[k+1].punc != 0 {
		return false
	}
	determiner := func(w *word) bool {
		return w.in(lArticles) || sc.is(w, "its") || sc.is(w, "their") || sc.is(w, "his") || sc.is(w, "her")
	}
	if sc.is(&ws[k+1], "to") {
		return determiner(&ws[k+2])
	}
	if !determiner(&ws[k+1]) {
		return false
	}
	for j := k + 2; j < len(ws) && j <= k+3 && ws[j].punc == 0; j++ {
		if dealNouns[sc.lowOf(&ws[j])] {
			return !(j+1 < len(ws) && ws[j+1].punc == 0 && (ws[j+1].in(lBeVerbs|lModals) || sc.haveForm(&ws[j+1]))) // not "agreed the deal was dead", a clause
		}
	}
	return false
}

// dealNouns are what parties agree as a thing: "agreed the deal".
var dealNouns = wordtable.Words(`deal terms price sale merger contract
	settlement takeover package loan transfer fee budget
	ceasefire truce compromise pact treaty swap`)

// chargesVerbs before a plural cue word make it a noun: "bring charges",
// "criminal charges", "faced fresh claims".
var chargesVerbs = wordtable.Words(`bring brought file filed face faced
	faces drop dropped press pressed criminal fresh further
	formal new`)

// writeOff reports whether the cue word ws[k] is "write off" or "write
// down": "would write off the 1.7 billion vells already spent", a loss
// booked, not writing.
func (sc *scratch) writeOff(ws []word, k int) bool {
	l := sc.lowOf(&ws[k])
	return (strings.HasPrefix(l, "writ") || strings.HasPrefix(l, "wrot")) && k+1 < len(ws) && ws[k].punc == 0 && (sc.is(&ws[k+1], "off") || sc.is(&ws[k+1], "down"))
}

// actHead reports whether l is a word that amountAdded or one of the
// checks of actNotWords may read as an act: every word each of them
// tests ws[k] for first. The word table marks them (cActHead), so that
// callers can skip the checks at other words.
func actHead(l string) bool {
	switch l {
	case "add", "adds", "added", "adding", // amountAdded
		"report", "reports", "reported", "reporting", // reportsIt
		"reject", "rejects", "rejected", "rejecting", // rejectsMeasure
		"asked",                      // "what the union asked for"
		"think", "thinks", "thought", // thinkAgain
		"know", "knows", "knew", // knowsSomeone
		"feel", "feels", "felt": // feltEffect
		return true
	}
	for _, p := range []string{"respond", "conced", "recall", "charge", "agree", "writ", "wrot"} { // respondedAct, figureObject, agreedToThing, writeOff
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return strings.HasSuffix(l, "ing") // afterSaying
}

// actNotWords reports whether the cue word ws[k] names an act, not words
// said: "responded by slowing work", "charged some drivers up to 900
// korvs", "agreed to the sale", "write off the losses", "after
// complaining".
func (sc *scratch) actNotWords(ws []word, k int) bool {
	return sc.respondedAct(ws, k) || sc.figureObject(ws, k) || sc.agreedToThing(ws, k) || sc.writeOff(ws, k) || sc.afterSaying(ws, k) || sc.reportsIt(ws, k) || sc.rejectsMeasure(ws, k) || sc.thinkAgain(ws, k) || sc.knowsSomeone(ws, k) || sc.wroteWork(ws, k) || sc.feltEffect(ws, k) ||
		sc.is(&ws[k], "asked") && k+1 < len(ws) && sc.is(&ws[k+1], "for") // "most of what the union asked for": a demand, not words reported
}

// wroteWork reports whether "wrote" at ws[k] ends a relative clause about
// a work named before its writer: "sang a song Goss wrote for the play",
// "the letter she wrote in 1998"; the work is its object, and nothing
// said follows.
func (sc *scratch) wroteWork(ws []word, k int) bool {
	if !sc.is(&ws[k], "wrote") || k < 3 || k+1 < len(ws) && sc.is(&ws[k+1], "that") {
		return false
	}
	j := k - 1
	if ws[j].punc != 0 {
		return false
	}
	if !subjectPronouns[sc.lowOf(&ws[j])] {
		for j > 0 && ws[j].punc == 0 && ws[j].cap && k-j <= 3 {
			j-- // the writer's name: "Goss", "Mary Goss"
		}
		if j == k-1 {
			return false
		}
	} else {
		j--
	}
	// ws[j] is the work, a common noun after a determiner: "a song", "the letter".
	return j >= 1 && ws[j].punc == 0 && ws[j-1].punc == 0 && !ws[j].cap && ws[j].cls&cPronoun == 0 && ws[j-1].in(lDeterminers|lArticles)
}

// feltEffect reports whether "feel" at ws[k] has an effect for its object:
// "will feel the loss quickly", "felt the pinch"; something undergone, not
// a belief reported ("Residents feel the council is ignoring them").
func (sc *scratch) feltEffect(ws []word, k int) bool {
	switch sc.lowOf(&ws[k]) {
	case "feel", "feels", "felt", "feeling":
	default:
		return false
	}
	j := k + 1
	if j < len(ws) && ws[j].punc == 0 && (ws[j].in(lArticles) || possessive(sc.lowOf(&ws[j]))) {
		j++
	}
	if j == k+1 || j >= len(ws) || ws[j].punc != 0 || !effectNouns[sc.lowOf(&ws[j])] {
		return false
	}
	return j+1 >= len(ws) || ws[j+1].punc != 0 || !ws[j+1].in(lBeVerbs|lModals) && !sc.haveForm(&ws[j+1]) // not "feel the effect was small"
}

// effectNouns are what one feels as an effect: "feel the loss".
var effectNouns = wordtable.Words(`loss pinch effect effects impact
	strain pain benefit benefits squeeze brunt pressure
	cost costs difference shock consequences heat cold`)

// thinkAgain reports whether "think" at ws[k] is "think again" or "think
// twice": to reconsider, an act ("its problems are likely to make the
// council think again about a planned Line 5"), not a belief reported;
// or "think of" a thing: an opinion of it, no statement ("what people
// think of the mayor"); "think of those men as presidential material"
// says what they are thought to be.
func (sc *scratch) thinkAgain(ws []word, k int) bool {
	switch sc.lowOf(&ws[k]) {
	case "think", "thinks", "thought", "thinking":
	default:
		return false
	}
	return k+1 < len(ws) && ws[k].punc == 0 && (sc.is(&ws[k+1], "again") || sc.is(&ws[k+1], "twice") || sc.is(&ws[k+1], "of") && !sc.wordAfter(ws, k+2, 6, "as"))
}

// knowsSomeone reports whether "know" at ws[k] has people for its
// object, acquaintance and no fact known: "most people mainly know people
// of their own town", "she knew him from school"; not "know the ferry is
// late", whose object is a clause (a verb follows it).
func (sc *scratch) knowsSomeone(ws []word, k int) bool {
	switch sc.lowOf(&ws[k]) {
	case "know", "knows", "knew":
	default:
		return false
	}
	j := k + 1
	if l := sc.lowOf(&ws[min(j, len(ws)-1)]); j < len(ws) && ws[j].punc == 0 && len(l) > 4 && strings.HasSuffix(l, "ly") && !notAdverbs[l] {
		j++ // "mainly know people"
	}
	if j >= len(ws) || ws[j].punc != 0 {
		return false
	}
	switch l := sc.lowOf(&ws[j]); {
	case l == "him" || l == "her" || l == "them" || l == "me" || l == "us":
		return true // "knew him from school"
	case l == "people" || l == "someone" || l == "everyone" || l == "nobody" || l == "anyone":
		for m := j + 1; m < len(ws) && ws[m].punc == 0; m++ {
			if ws[m].in(lBeVerbs) || sc.haveForm(&ws[m]) || ws[m].in(lModals) {
				return false // "know people are angry": a clause
			}
		}
		return true
	}
	return false
}

// reportsIt reports whether "report" at ws[k] has "it" or "them" for its
// object and a place or a person after it: "most victims first report it
// in person at a branch", "reported them to police"; a crime reported,
// no statement ("reported it was raining" says something).
func (sc *scratch) reportsIt(ws []word, k int) bool {
	switch sc.lowOf(&ws[k]) {
	case "report", "reports", "reported", "reporting":
	default:
		return false
	}
	if k+2 >= len(ws) || !sc.is(&ws[k+1], "it") && !sc.is(&ws[k+1], "them") {
		return false
	}
	n := &ws[k+2]
	return n.punc != 0 || sc.is(n, "in") || sc.is(n, "to") || sc.is(n, "at") || sc.is(n, "on") || sc.is(n, "through") || sc.is(n, "online")
}

// afterSaying reports whether the cue word ws[k] is an -ing form after
// "after" or "before" in the middle of a sentence: "were moved to
// surface jobs at lower pay after complaining about ventilation", a time
// in the main clause's story, which the complaint does not source.
func (sc *scratch) afterSaying(ws []word, k int) bool {
	return k > 1 && ws[k-1].punc == 0 && (sc.is(&ws[k-1], "after") || sc.is(&ws[k-1], "before")) && strings.HasSuffix(sc.lowOf(&ws[k]), "ing")
}

// speechWord reports whether the cue word ws[k] (of class speech: verb
// cues, and speech nouns where they may introduce a quote) stands for
// speech here: not a noun use ("the blasting", "her support"), not a
// naming ("a postman called Ashby"), and "post" only as a message ("a
// post on Facebook", "an Instagram post"), not "the far post".
func (sc *scratch) speechWord(ws []word, k int) bool {
	w := &ws[k]
	low := sc.lowOf(w)
	if low == "post" || low == "posts" {
		return k+1 < len(ws) && ws[k+1].punc == 0 && sc.is(&ws[k+1], "on") || k > 0 && ws[k-1].punc == 0 && ws[k-1].cap
	}
	if w.cls&(cStrong|cWeak) == 0 {
		// A speech noun ("a fairly measured comment about it: “...”"),
		// not the time of one ("sat on the stairs throughout the
		// interview").
		for j := k - 1; j >= 0 && j >= k-3 && ws[j].punc == 0; j-- {
			if duringWords[sc.lowOf(&ws[j])] {
				return false
			}
		}
		return true
	}
	if k > 0 && ws[k-1].punc == 0 && sc.nounBefore(&ws[k-1]) {
		return false
	}
	if k > 0 && ws[k-1].punc == 0 && ws[k-1].in(lBeVerbs) && !strings.HasSuffix(low, "ing") && low != "told" {
		return false // a passive: "customers were shown out"
	}
	if k > 0 && ws[k-1].punc == 0 && w.in(lFindForms) && forces[sc.lowOf(&ws[k-1])] {
		return false // "the rain found the hole in the roof": no one found anything out
	}
	if sc.knownThing(ws, k) {
		return false // "whether or not it knew the words": known, not said
	}
	return !sc.nounUse(ws, k, low) && !sc.naming(ws, k, low)
}

// forces are the weather and the elements, which find their way without
// finding anything out.
var forces = wordtable.Words(`rain wind water sea storm flood
	floodwater fire flames smoke sun frost snow ice
	damp tide waves river light`)

// contentAround returns the content of an attribution whose frame (source
// and cue) is ws[fs:fe]: what comes before it when it trails the content,
// what comes after it when it leads, the whole sentence for a parenthetical.
func (a *analyzer) contentAround(text string, ws []word, fs, fe int, s sentences.Sentence) Span {
	before := 0
	for i := 0; i < fs; i++ {
		if ws[i].punc == 0 && !(before == 0 && ws[i].in(lConnectives) && !(i > 0 && ws[i-1].open)) {
			before++
		}
	}
	if before == 0 {
		return a.after(text, ws, fe, s)
	}
	if fe >= 2 && ws[fe-2].punc == 0 && (a.sc.is(&ws[fe-2], "that") || a.sc.is(&ws[fe-2], "which")) {
		return a.after(text, ws, fe, s) // "The campaign sent an email that accused Holm of lying": what the document says follows it
	}
	if fs > 2 && a.sc.is(&ws[fs-1], "as") && ws[fs-2].punc == ',' && !hasContentWord(ws, fe, len(ws), &a.sc) {
		// "The numbers changed over the summer, as Holm has
		// acknowledged.": what comes before "as".
		e := fs - 2
		for e > 0 && ws[e-1].punc == ',' {
			e--
		}
		st := 0
		for st < e-1 && ws[st].punc != 0 && !ws[st].open {
			st++
		}
		return Span{s.Block, ws[st].s, ws[e-1].e}
	}
	if fs > 0 && (ws[fs-1].punc == ':' || ws[fs-1].punc == 0 && (embedders[a.sc.lowOf(&ws[fs-1])] || a.speechVerb(&ws[fs-1]))) {
		// "... came as the FBI opposed X", "He and Goodlatte condemned X",
		// "Okafor said Ryder told her X", "OKAFOR: I think X": the frame is
		// inside a clause, reported speech or a speaker's turn; its content
		// follows.
		return a.after(text, ws, fe, s)
	}
	if t := a.thatAfter(ws, fe); t >= 0 || a.introduced(ws, fs) && a.clauseAfter(ws, fe) {
		// "Sexton, a former executive, testified that ...", "In a video,
		// Cruz said his ...": the content follows the frame.
		return a.after(text, ws, fe, s)
	}
	if fs > 0 && ws[fs-1].close {
		// A quote split by its frame: "“A,” she said, “B.”", "“A,” he told
		// Chris Cuomo after the debate, “B.”" says both.
		for j := fe; j < len(ws) && j < fe+10; j++ {
			if ws[j].punc == 0 || ws[j].punc == '.' {
				continue
			}
			if ws[j].punc == ',' && j+1 < len(ws) && ws[j+1].open {
				return Span{s.Block, s.Start, contentEnd(text, s.Start, s.End)}
			}
			break
		}
	}
	if a.clauseFollows(ws, fe) {
		// "Standing outside the school, Okafor said the district had
		// waited": what follows the frame is what was said.
		return a.after(text, ws, fe, s)
	}
	if (before == 1 || before <= 3 && a.frontedFrame(ws)) && fs >= 2 && ws[fs-1].punc == ',' && ws[fs-2].punc == 0 && !ws[fs-2].close && hasContentWord(ws, fe, len(ws), &a.sc) {
		// "Defending, Martin Cole said Whitlock had been struggling",
		// "Outside, she told reporters she had paid more", "Giving
		// evidence, Trask told the panel": a word or a short phrase of
		// role, time or place fronted, no quote; what was said follows.
		return a.after(text, ws, fe, s)
	}
	paren := fs > 0 && ws[fs-1].punc == ',' && fe < len(ws) && ws[fe].punc == ',' &&
		!(fe+1 < len(ws) && ws[fe+1].punc == 0 && (a.sc.lowOf(&ws[fe+1]) == "who" || a.sc.lowOf(&ws[fe+1]) == "which"))
	if paren {
		return Span{s.Block, s.Start, contentEnd(text, s.Start, s.End)}
	}
	// Content before: up to the last word or closing quote before the frame.
	e := fs
	for e > 0 && (ws[e-1].punc == ',' || ws[e-1].punc == 'D' || ws[e-1].punc == ':') {
		e--
	}
	if e == 0 {
		return a.after(text, ws, fe, s)
	}
	st := 0
	for st < e && ws[st].punc != 0 && !ws[st].open {
		st++
	}
	end := ws[e-1].e
	if ws[e-1].punc == ',' {
		end = ws[e-1].s
	}
	return Span{s.Block, ws[st].s, end}
}

// speechVerb reports whether w is a cue word that reads as a verb of
// saying on its own: not a noun-verb ("reports", "points").
func (a *analyzer) speechVerb(w *word) bool {
	if w.cls&(cStrong|cWeak) == 0 || w.cap {
		return false
	}
	l := a.sc.lowOf(w)
	return !needsTail(l) && !ambiguous[l] && l != "states" && l != "state"
}

// embedders right before a frame put it inside a clause of the sentence.
var embedders = wordtable.Words(`and as what because when while but
	after before since if where how why
	that which who until unless though although`)

// introducers open a phrase that leads into a sentence's frame ("In a
// video, Cruz said ...", "On Tuesday, she said ...").
var introducers = wordtable.Words(`in at on during after before when
	while as speaking asked with despite
	since following later earlier then for
	by from under instead separately last
	monday tuesday wednesday thursday friday
	saturday sunday yesterday today addressing
	writing responding pressed once if
	into over through via
	even although though because unless until
	amid among unlike like whether to
	over throughout within across this next
	recently overnight`)

// introduced reports whether the words before a frame starting at word fs
// are an introductory phrase set off by a comma, not content.
func (a *analyzer) introduced(ws []word, fs int) bool {
	if fs < 2 || ws[fs-1].punc != ',' {
		return false
	}
	first := -1
	for i := 0; i < fs; i++ {
		if ws[i].punc == 'Q' {
			return false // a quotation before the frame is content
		}
		if first < 0 && ws[i].punc == 0 {
			first = i
		}
	}
	if first < 0 {
		return false
	}
	l := a.sc.lowOf(&ws[first])
	if connectives[l] && first+1 < fs {
		for i := first + 1; i < fs; i++ {
			if ws[i].punc == 0 {
				l = a.sc.lowOf(&ws[i])
				break
			}
		}
	}
	return introducers[l]
}

// clauseFollows reports whether reported speech follows a frame ending
// before word fe: a quotation ("said “...”", "said, “...”") or a clause
// of three words or more that opens with a plain word ("said the budget
// would need cuts"), not a time, a place, an adverb or a recipient ("said
// Tuesday", "said at noon", "said flatly", "told reporters").
func (a *analyzer) clauseFollows(ws []word, fe int) bool {
	if fe >= len(ws) || fe == 0 {
		return false
	}
	w := &ws[fe]
	if w.open || w.punc == ',' && fe+1 < len(ws) && ws[fe+1].open {
		return true
	}
	if w.punc != 0 || a.told(ws, fe-1) || w.cap && w.cls&cPronoun == 0 || w.kind == tokens.Number {
		return false
	}
	if p := &ws[fe-1]; p.punc == 0 && (a.sc.lowOf(p) == "of" || a.sc.lowOf(p) == "about") {
		return false // the object of a cue's preposition: "said of the claim"
	}
	l := a.sc.lowOf(w)
	if w.cls&(cStop|cTime|cMonth|cSkip|cStrong|cWeak) != 0 || introducers[l] || strings.HasSuffix(l, "ly") {
		return false
	}
	n := 0
	for j := fe; j < len(ws) && ws[j].punc == 0; j++ {
		n++
	}
	return n >= 3
}

// clauseAfter reports whether at least two words follow word k.
func (a *analyzer) clauseAfter(ws []word, k int) bool {
	n := 0
	for ; k < len(ws); k++ {
		if ws[k].punc == 0 {
			n++
		}
	}
	return n >= 2
}

// thatAfter returns the index of a "that" opening reported speech after a
// frame ending at word k ("said that", "said at the conference that",
// "told reporters on Tuesday that"), or -1.
func (a *analyzer) thatAfter(ws []word, k int) int {
	if k >= len(ws) {
		return -1
	}
	if ws[k].punc == 0 && a.sc.lowOf(&ws[k]) == "that" {
		return k
	}
	for j := k; j < len(ws) && j < k+8; j++ {
		w := &ws[j]
		if w.punc != 0 && w.punc != '.' {
			return -1
		}
		if w.punc == 0 && j > k && a.sc.lowOf(w) == "that" {
			// Only over an opening preposition or time word: "said the
			// report that he wrote was wrong" is not reported speech.
			if f := &ws[k]; f.punc == 0 && (introducers[a.sc.lowOf(f)] || f.cls&(cTime|cMonth) != 0 || a.told(ws, k-1)) {
				return j
			}
			return -1
		}
		if w.cls&(cStrong|cWeak) != 0 && !w.cap {
			return -1
		}
	}
	return -1
}

// nothingTold reports whether ws[k] is a "tell" not done, with a
// recipient and no speech after it: "did not tell the library for almost
// a year"; not "never told staff that the unit would close".
func (sc *scratch) nothingTold(ws []word, k int) bool {
	if !(sc.is(&ws[k], "tell") || sc.is(&ws[k], "told")) || k == 0 || !(sc.is(&ws[k-1], "not") || sc.is(&ws[k-1], "never")) {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+4; j++ { // over a recipient of up to three words
		if ws[j].punc != 0 {
			return j > k+1 && ws[j].punc != ':' && !ws[j].open
		}
		if j > k+1 && untoldAfter[sc.lowOf(&ws[j])] {
			return true
		}
	}
	return false
}

// notSaid reports whether the cue word at ws[k] names an act or a state,
// not a statement, by what comes around it: a passive after its noun ("the
// cruise visitors expected next year"), a price asked ("what the plant
// charges"), a thing taken ("accepted a job"), people let in ("admitted
// 4,300 first-year students"), a "tell" not done ("did not tell the
// library for almost a year"). The analysis reads no cue there, and the
// rule takes no cue word there for a source it missed.
func (sc *scratch) notSaid(ws []word, k int) bool {
	return sc.expectedAfterNoun(ws, k) || sc.priceCharged(ws, k) || sc.acceptedThing(ws, k) || sc.admittedPeople(ws, k) || sc.nothingTold(ws, k)
}

// expectedAfterNoun reports whether "expected" at ws[k] follows a plural
// noun and comes before a time, a passive after its noun: "the cruise
// visitors expected next year", "the 40 jobs planned for 2027".
func (sc *scratch) expectedAfterNoun(ws []word, k int) bool {
	l := sc.lowOf(&ws[k])
	if l != "expected" && l != "forecast" && l != "predicted" && l != "planned" || k == 0 || k+1 >= len(ws) || ws[k-1].punc != 0 || ws[k+1].punc != 0 {
		return false
	}
	p := sc.lowOf(&ws[k-1])
	if ws[k-1].cap || ws[k-1].cls&cPronoun != 0 || !plural(p) {
		return false
	}
	n := sc.lowOf(&ws[k+1])
	timed := (n == "next" || n == "this" || n == "later") && k+2 < len(ws) && ws[k+2].punc == 0 && calendarSpans[sc.lowOf(&ws[k+2])] || (n == "in" || n == "by" || n == "for") && k+2 < len(ws) && (ws[k+2].kind == tokens.Number || ws[k+2].cls&cMonth != 0)
	return timed && !(k+3 < len(ws) && ws[k+3].punc == 0 && (sc.is(&ws[k+3], "to") || sc.is(&ws[k+3], "that"))) // not "Some investors expected next year to be worse": who expects
}

// priceCharged reports whether "charges" at ws[k] asks a price, not
// an accusation: a charge is laid "that" something happened or "with"
// an offence ("charged him with fraud"); "what the plant charges" and
// "charges 40 corins a tonne" lay none.
func (sc *scratch) priceCharged(ws []word, k int) bool {
	if l := sc.lowOf(&ws[k]); l != "charges" && l != "charge" && l != "charged" {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+12 && (ws[j].punc == 0 || ws[j].punc == ','); j++ {
		if sc.is(&ws[j], "that") || sc.is(&ws[j], "with") {
			return false // "charged two Vermont developers, Ariel Quiros and William Stenger, with defrauding investors"
		}
	}
	return true
}

// knownThing reports whether "knew" at ws[k] knows a thing or a person,
// not a fact: "knew the words", "knew them"; not "knew that the count
// was wrong", nor "knew the report would show a loss". Knowing in a clause
// of time ("before most residents knew it was happening") says when, not
// what anyone holds.
func (sc *scratch) knownThing(ws []word, k int) bool {
	if !sc.is(&ws[k], "knew") && !sc.is(&ws[k], "know") && !sc.is(&ws[k], "knows") || k+1 >= len(ws) || ws[k+1].punc != 0 {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4 && ws[j].punc == 0; j-- {
		if sc.is(&ws[j], "before") || sc.is(&ws[j], "until") {
			return true // "before most residents knew it was happening": when they learnt of it, nothing they say
		}
	}
	if !ws[k+1].in(lArticles|lDeterminers) && !objectPronouns[sc.lowOf(&ws[k+1])] {
		return false
	}
	for j := k + 2; j < len(ws) && j <= k+5; j++ {
		if ws[j].punc != 0 {
			return true
		}
		if ws[j].in(lBeVerbs|lModals) || auxiliaries[sc.lowOf(&ws[j])] {
			return false // "knew the report would show a loss": a clause known
		}
	}
	return k+5 >= len(ws)
}

// acceptedThing reports whether "accepted" at ws[k] takes a thing, not a
// view: "accepted a job", "accepted the offer"; not "accepted that the
// count was wrong", nor "accepted the findings". Not "will accept the
// nomination" either: a plan on the calendar, which the cue word keeps
// from reading as a forecast.
func (sc *scratch) acceptedThing(ws []word, k int) bool {
	if !sc.is(&ws[k], "accepted") || k+1 >= len(ws) || ws[k+1].punc != 0 {
		return false
	}
	if sc.is(&ws[k+1], "a") || sc.is(&ws[k+1], "an") {
		return true
	}
	for j := k + 1; j < len(ws) && j <= k+3 && ws[j].punc == 0; j++ {
		if acceptedThings[sc.lowOf(&ws[j])] {
			return true
		}
	}
	return false
}

var acceptedThings = wordtable.Words(`job offer post role invitation award
	position bid nomination place payment resignation prize`)

// admittedPeople reports whether "admitted" at ws[k] lets in a counted
// group of people: "admitted 4,300 first-year students", "admits about 40
// patients a night"; not "admitted two charges".
func (sc *scratch) admittedPeople(ws []word, k int) bool {
	if !sc.is(&ws[k], "admitted") && !sc.is(&ws[k], "admits") && !sc.is(&ws[k], "admit") {
		return false
	}
	j := k + 1
	if j < len(ws) && approximators[sc.lowOf(&ws[j])] {
		j++
	}
	if j >= len(ws) || ws[j].punc != 0 || ws[j].kind != tokens.Number && !countInWords(sc.lowOf(&ws[j])) {
		return false
	}
	for m := j + 1; m < len(ws) && m <= j+3 && ws[m].punc == 0; m++ {
		if populations[sc.lowOf(&ws[m])] || admittedGroups[sc.lowOf(&ws[m])] {
			return true
		}
	}
	return false
}

var admittedGroups = wordtable.Words(`visitors applicants refugees migrants recruits trainees cadets`)

var untoldAfter = wordtable.Words(`for until about before after`)

// told reports whether word k is a verb that takes an object before its
// reported speech ("told reporters that").
func (a *analyzer) told(ws []word, k int) bool {
	if k < 0 || ws[k].punc != 0 {
		return false
	}
	switch a.sc.lowOf(&ws[k]) {
	case "told", "tell", "tells", "telling", "warned", "assured", "reminded", "informed", "promised", "convinced":
		return true
	}
	return false
}

// after returns the content that follows a frame ending at word k: from
// its "that" (PolNeAR counts "that" into the content), over a place or time
// phrase before it, a colon or a comma.
func (a *analyzer) after(text string, ws []word, k int, s sentences.Sentence) Span {
	for k < len(ws) {
		w := &ws[k]
		if w.punc == ':' || w.punc == ',' {
			k++
			continue
		}
		break
	}
	if t := a.thatAfter(ws, k); t >= 0 {
		k = t
	} else if a.told(ws, k-1) && k < len(ws) && ws[k].punc == 0 {
		// "told AP he was working": the recipient is not content.
		j := k
		if a.sc.lowOf(&ws[j]) == "the" && j+1 < len(ws) && ws[j+1].cap {
			j++ // "told the Herald"
		}
		if ws[j].cap {
			for j < len(ws) && (ws[j].punc == 0 && ws[j].cap || ws[j].punc == '.') && j-k < 5 {
				j++
			}
		} else if recipients[a.sc.lowOf(&ws[j])] && !ws[j].in(lDeterminers) {
			j++
		}
		if j > k && j < len(ws) && ws[j].punc == 0 && !ws[j].cap || j > k && j < len(ws) && ws[j].cls&cPronoun != 0 {
			k = j
		}
	}
	e := len(ws)
	for e > k && ws[e-1].punc != 0 && !ws[e-1].close {
		e--
	}
	if e <= k {
		return Span{s.Block, s.Start, contentEnd(text, s.Start, s.End)}
	}
	return Span{s.Block, ws[k].s, ws[e-1].e}
}

// colonOrDash finds speech introduced by a name and a colon ("Smith: “…”")
// or closed by a dash and a name ("“…” — Pat Ryder").
func (a *analyzer) colonOrDash(text string, ws []word, s sentences.Sentence) (Attribution, bool) {
	bt := a.doc.Blocks[s.Block].Text
	heading := a.doc.Blocks[s.Block].Kind == document.Heading || len(bt) < 120 && bt[len(bt)-1] != '.' && bt[len(bt)-1] != ':'
	for k := 1; k < len(ws) && k <= 6; k++ {
		if ws[k].punc != ':' {
			continue
		}
		if heading && k+1 < len(ws) && allCapsOrPronoun(ws, 0, k, &a.sc) && a.sourceLike(ws, 0, k, false) && !notSpeakers[a.sc.lowOf(&ws[0])] && (k > 1 || ws[0].e-ws[0].s > 1) {
			// A headline "Trump: Cruz Has a Long Way to Go".
			at := Attribution{Kind: Direct, HasSource: true, Source: Span{s.Block, ws[0].s, ws[k-1].e}, Cue: Span{s.Block, ws[k].s, ws[k].e}}
			at.Vague = a.vague(ws, 0, k)
			at.Content = a.after(text, ws, k+1, s)
			return at, true
		}
		if k+1 >= len(ws) || !ws[k+1].open && ws[k+1].punc != 0 {
			// Speech after the colon must open with a quote mark.
			if k+1 >= len(ws) || !ws[k+1].open {
				break
			}
		}
		if !ws[k+1].open {
			break
		}
		if a.sourceLike(ws, 0, k, false) && allCapsOrPronoun(ws, 0, k, &a.sc) {
			at := Attribution{Kind: Direct, HasSource: true, Source: Span{s.Block, ws[0].s, ws[k-1].e}, Cue: Span{s.Block, ws[k].s, ws[k].e}}
			at.Vague = a.vague(ws, 0, k)
			at.Content = a.after(text, ws, k+1, s)
			return at, true
		}
		break
	}
	// "HEADLINE - Dana Okafor: “…”": a name after a dash, a colon and a
	// quotation.
	for k := 2; k+1 < len(ws); k++ {
		if ws[k].punc != ':' || !ws[k+1].open {
			continue
		}
		st := k
		for st > 0 && k-st < 6 && (ws[st-1].punc == 0 || ws[st-1].punc == '.') {
			st--
		}
		if st == k || st == 0 || ws[st-1].punc != 'D' && ws[st-1].punc != '-' || !ws[st].cap || !allCapsOrPronoun(ws, st, k, &a.sc) || k-st < 2 {
			break
		}
		at := Attribution{Kind: Direct, HasSource: true, Source: Span{s.Block, ws[st].s, ws[k-1].e}, Cue: Span{s.Block, ws[k].s, ws[k].e}}
		at.Content = a.after(text, ws, k+1, s)
		return at, true
	}
	// "— Name" at the end.
	for k := len(ws) - 2; k > 0 && k >= len(ws)-20; k-- {
		if ws[k].punc != 'D' {
			continue
		}
		if a.dashCredit(ws, k+1) {
			at := Attribution{Kind: Direct, HasSource: true, Source: Span{s.Block, ws[k+1].s, ws[creditEnd(ws, k+1)-1].e}, Cue: Span{s.Block, ws[k].s, ws[k].e}}
			at.Content = Span{s.Block, ws[0].s, ws[k-1].e}
			return at, true
		}
		break
	}
	return Attribution{}, false
}

// labelAt finds a speaker label opening a paragraph ("BOULDUAN: You guys
// ...", "Lynch: No outside influence on the probe", "Rep. Trey Gowdy
// (R-S.C.): ...") and returns its attribution and the index of its colon.
func (a *analyzer) labelAt(text string, ws []word, s sentences.Sentence) (Attribution, int, bool) {
	for k := 1; k < len(ws) && k <= 10; k++ {
		if ws[k].punc != ':' {
			continue
		}
		if k+1 >= len(ws) || !a.speakerLabel(ws, k, s) {
			return Attribution{}, 0, false
		}
		at := Attribution{Kind: Direct, HasSource: true, Source: Span{s.Block, ws[0].s, ws[k-1].e}, Cue: Span{s.Block, ws[k].s, ws[k].e}}
		at.Vague = a.vague(ws, 0, k)
		at.Content = a.after(text, ws, k+1, s)
		return at, k, true
	}
	return Attribution{}, 0, false
}

// notSpeakers are labels that open a paragraph with a colon without naming
// a speaker: "Update: ...", "Photos: ...".
var notSpeakers = map[string]bool{
	"update": true, "updated": true, "note": true, "correction": true, "related": true, "photo": true,
	"photos": true, "video": true, "watch": true, "read": true, "source": true, "sources": true,
	"editor's": true, "listen": true, "more": true, "see": true, "also": true, "clarification": true,
	"disclosure": true, "warning": true, "advertisement": true, "tags": true, "topics": true,
	"subscribe": true, "follow": true, "contact": true, "email": true, "share": true, "credit": true,
	"caption": true, "file": true, "reporting": true, "by": true, "when": true, "where": true,
	"what": true, "why": true, "how": true, "who": true, "background": true, "bottom": true,
	"the": true, "this": true, "here": true, "then": true, "now": true, "today": true, "breaking": true,
	"live": true, "exclusive": true, "analysis": true, "opinion": true, "editorial": true, "poll": false,
	"it": true, "in": true, "on": true, "at": true, "and": true, "but": true, "so": true,
	"contributing": true, "name": true, "age": true, "continued": true, "transcript": true,
}

// speakerLabel reports whether ws[:k] before the colon at word k is a
// speaker label opening a paragraph: a name or a capitalised label, then
// words that start with a capital letter or a quote mark.
func (a *analyzer) speakerLabel(ws []word, k int, s sentences.Sentence) bool {
	if len(ws) == 0 || strings.TrimSpace(a.doc.Blocks[s.Block].Text[:ws[0].s]) != "" {
		return false // not at the start of the paragraph
	}
	if n := &ws[k+1]; !(n.cap || n.open) {
		return false
	}
	if notSpeakers[a.sc.lowOf(&ws[0])] {
		return false
	}
	if k == 1 && ws[0].e-ws[0].s == 1 {
		return false // "Q:", "A:": interview turns, which annotators leave unmarked
	}
	e := k
	if ws[k-1].punc == ')' {
		// "Rep. Trey Gowdy (R-S.C.):"
		for e = k - 1; e > 0 && ws[e].punc != '('; e-- {
		}
		if e == 0 || k-e > 8 {
			return false
		}
	}
	words := 0
	for j := 0; j < e; j++ {
		if ws[j].punc == 0 {
			words++
		}
	}
	return words <= 5 && allCapsOrPronoun(ws, 0, e, &a.sc) && a.sourceLike(ws, 0, e, false) && ws[0].cls&cPronoun == 0
}

// dashCredit reports whether ws[st:] credits a quotation after a dash: a
// name ("Mayor Ellen Ward"), optionally with a short appositive after a
// comma ("Dana Okafor, 41, a teacher in Dayton"), and no verb of saying.
func (a *analyzer) dashCredit(ws []word, st int) bool {
	if st >= len(ws) || !ws[st].cap || ws[st].punc != 0 {
		return false
	}
	e := st
	for e < len(ws) && ws[e].punc != ',' {
		e++
	}
	if e-st > 8 || !allCapsOrPronoun(ws, st, e, &a.sc) {
		return false
	}
	n, ok := describingWords(ws, e)
	if !ok || n > 12 {
		return false
	}
	// Each part of the appositive opens with an age, an article or a
	// name: "41", "a teacher", "Dayton".
	for j := e + 1; j < len(ws); j++ {
		if w := &ws[j]; w.punc == 0 && ws[j-1].punc == ',' && !w.cap && w.kind != tokens.Number && !w.in(lNounMarkers) {
			return false
		}
	}
	return true
}

// creditEnd returns the end of a dash credit that starts at word st and
// runs to the end of its sentence, less the sentence's full stop: "—
// Bernie Sanders."
func creditEnd(ws []word, st int) int {
	e := len(ws)
	for e > st+1 && ws[e-1].punc == '.' {
		e--
	}
	return e
}

func allCapsOrPronoun(ws []word, st, end int, sc *scratch) bool {
	n := 0
	for i := st; i < end; i++ {
		w := &ws[i]
		if w.punc != 0 {
			if w.punc == '.' || w.punc == ',' {
				continue
			}
			return false
		}
		l := sc.lowOf(w)
		if !w.cap && w.cls&cPronoun == 0 && l != "of" && l != "the" && l != "and" {
			return false
		}
		n++
	}
	return n > 0
}

// subjectNP reads the subject at the start of a sentence: a run of
// capitalised words ("Gov. Teresa Alvarez"), a pronoun, or a short noun
// phrase ending in an official or a document ("the county clerk").
func (a *analyzer) subjectNP(ws []word) (int, int) {
	if len(ws) > 0 && ws[0].punc == 0 && prepositions[a.sc.lowOf(&ws[0])] {
		// A fronted phrase of time or place: "At about seven, a council
		// officer arrived and told the room"; the subject comes after its
		// comma, and with no comma it cannot be told from the phrase.
		for c := 1; c < len(ws) && c <= 12; c++ {
			if ws[c].punc == ',' {
				c = a.placeCommas(ws, c) // "At a town hall in Salem, New Hampshire, on Sunday, Trump"
				if s, e := a.subjectNP(ws[c+1:]); e > s {
					return s + c + 1, e + c + 1
				}
				break
			}
		}
		return 0, 0
	}
	if len(ws) > 2 && ws[0].punc == 0 && (fronted[a.sc.lowOf(&ws[0])] || ws[0].in(lConnectives)) {
		n := 1
		if ws[1].punc == ',' {
			n = 2 // "Likewise, Trump went after Clinton and called for"
		}
		if s, e := a.subjectNP(ws[n:]); e > s {
			return s + n, e + n // "Then he turned on Holm, calling him", "And then Varga went on the attack, saying", "Later in the day, she stepped up"
		}
		if ws[0].in(lConnectives) {
			return 0, 0 // "But that morning, a crowd had gathered, calling for": not "But"
		}
	}
	if len(ws) > 1 && a.sc.is(&ws[0], "there") && ws[1].punc == 0 {
		return 0, 0 // "There have been sharper jabs, as when Holm ... called him": no subject
	}
	if len(ws) > 2 && ws[0].punc == 0 && a.frontedOpener(ws) {
		// A fronted clause or adverb: "After saying he was nervous, the
		// man asked", "Hours later, Trump returned the compliment,
		// telling Reuters", "Then he cut into Bush, calling him": the
		// subject after its comma, or else the first pronoun.
		for c := 1; c < len(ws) && c <= 16; c++ {
			if ws[c].punc == ',' {
				c = a.placeCommas(ws, c) // "Speaking at a town hall event in Salem, New Hampshire, Trump went after Bush, calling"
				if s, e := a.subjectNP(ws[c+1:]); e > s {
					return s + c + 1, e + c + 1
				}
				return 0, 0 // "After saying he was nervous, the man asked": not the "he" of the fronted clause
			}
		}
		for c := 1; c < len(ws) && c <= 6 && ws[c].punc == 0; c++ {
			if ws[c].cls&cPronoun != 0 {
				return c, c + 1 // "When he returned he began by saying"
			}
		}
		return 0, 0
	}
	e := 0
	for e < len(ws) && (ws[e].cap && ws[e].punc == 0 || ws[e].punc == '.' && e > 0) {
		e++
	}
	for e > 0 && ws[e-1].punc != 0 {
		e--
	}
	if e == 1 && a.sc.is(&ws[0], "one") {
		for j := 1; j < len(ws) && j <= 3 && ws[j].punc == 0 && !ws[j].cap; j++ {
			if loneWatchers[a.sc.lowOf(&ws[j])] {
				e = j + 1 // "One market veteran put it more bluntly, saying": one unnamed watcher
				break
			}
		}
	}
	if e == 1 && e < len(ws) && ws[e].punc == 0 && !ws[e].cap && plural(a.sc.lowOf(&ws[e])) && ws[e].cls&(cStrong|cWeak|cIntent) == 0 {
		e++ // "Other analysts", "Some traders": a word before a group
	} else if e > 0 && e+1 < len(ws) && ws[e].punc == 0 && !ws[e].cap && ws[e].cls&(cStrong|cWeak|cIntent|cStop) == 0 && ws[e+1].punc == 0 && ws[e+1].cap {
		// A title between a field and a name: "Media analyst Sunniva
		// Kerr of Teldon Research was more cautious, saying".
		j := e + 1
		for j < len(ws) && ws[j].cap && ws[j].punc == 0 {
			j++
		}
		if j > e+2 {
			e = j
		}
	}
	if e > 0 && e+1 < len(ws) && ws[e].punc == 0 && institutionStops[a.sc.lowOf(&ws[e])] {
		// Where the group works: "Analysts at Kesterburg brokerage
		// Vollmer & Sonn", which names them.
		j := e + 1
		for j < len(ws) && (ws[j].cap && ws[j].punc == 0 || a.sc.is(&ws[j], "&") || ws[j].punc == 0 && j+1 < len(ws) && ws[j+1].cap && ws[j+1].punc == 0) {
			j++
		}
		if j > e+1 {
			e = j
		}
	}
	if e > 0 && !(e == 1 && ws[0].in(lDeterminers)) {
		return 0, e
	}
	if len(ws) > 0 && ws[0].cls&cPronoun != 0 {
		return 0, 1
	}
	for e = 0; e < len(ws) && e < 4 && ws[e].punc == 0; e++ {
		if ws[e].cls&(cPerson|cDocument) != 0 && e > 0 {
			return 0, e + 1
		}
	}
	return 0, 0
}

// passiveBy reads a passive verb of saying with its agent as the source:
// "The deaths were confirmed by the airline on Monday", "The two crew
// members were named by the airline as ...". The content is the subject.
func (a *analyzer) passiveBy(text string, ws []word, k int, s sentences.Sentence) (Attribution, int, bool) {
	be := k - 1
	if be > 1 && ws[be].punc == 0 && a.adverb(&ws[be]) {
		be-- // "was widely expected by analysts"
	}
	if be < 1 || k+2 >= len(ws) || ws[be].punc != 0 || !ws[be].in(lBeVerbs) || ws[k+1].punc != 0 || !a.sc.is(&ws[k+1], "by") || ws[k+2].punc != 0 || strings.HasSuffix(a.sc.lowOf(&ws[k+2]), "ing") {
		return Attribution{}, 0, false // "was reported" alone, "was confirmed by saying"
	}
	low := a.sc.lowOf(&ws[k])
	if !passiveReports[low] && !passiveViews[low] && !a.sc.figureGiven(ws, k) {
		return Attribution{}, 0, false // "will be remembered by historians", "will be continued by the foundation": no statement reported
	}
	if a.sc.is(&ws[be], "be") && be > 0 && (a.sc.is(&ws[be-1], "to") || ws[be-1].in(lModals)) {
		return Attribution{}, 0, false // "The ruling is likely to be cited by tenants": a forecast of what others will say
	}
	ns, ne := rightNP(ws, k+2, &a.sc)
	if ne <= ns || ws[0].punc != 0 {
		return Attribution{}, 0, false
	}
	for j := ns + 1; j < ne; j++ {
		if timeOpeners[a.sc.lowOf(&ws[j])] {
			ne = j // "by investors for months": the agent, not how long
		}
	}
	for j := ns; j < ne; j++ {
		if ws[j].kind == tokens.Number || media[a.sc.lowOf(&ws[j])] {
			return Attribution{}, 0, false // "was confirmed by 59 percent", "was announced by email"
		}
	}
	at := Attribution{Kind: Direct, HasSource: true, Cue: Span{s.Block, ws[be].s, ws[k+1].e}}
	at.Source = Span{s.Block, ws[ns].s, ws[ne-1].e}
	at.Vague = a.vague(ws, ns, ne) || passiveViews[low] && ne == ns+1 && !ws[ns].cap && (kindOfPeople(a.sc.lowOf(&ws[ns])) || viewHolders[a.sc.lowOf(&ws[ns])])
	if passiveViews[low] && !at.Vague {
		return Attribution{}, 0, false // "is expected by Friday", "was predicted by the model"
	}
	ce := be - 1
	for ce > 0 && ws[ce].punc == 0 && (ws[ce].in(lBeVerbs) || auxiliaries[a.sc.lowOf(&ws[ce])] || a.adverb(&ws[ce]) || a.sc.is(&ws[ce], "long")) {
		ce-- // "The merger has long been expected by": the subject
	}
	at.Content = Span{s.Block, ws[0].s, ws[ce].e}
	return at, ne, true
}

// courtOrdered reads "the court ordered" closing its sentence as the
// court's tag on the order before it: "Salm will serve the rest of his
// term at Grevholt, the court ordered." Elsewhere "ordered" is an act,
// not a statement ("The court ordered a retrial").
func (a *analyzer) courtOrdered(ws []word, k int, s sentences.Sentence) (Attribution, bool) {
	if !a.sc.is(&ws[k], "ordered") && !a.sc.is(&ws[k], "ruled") || k < 3 || k+1 < len(ws) && ws[k+1].punc == 0 {
		return Attribution{}, false
	}
	ns := k - 1
	if !hearingBodies[a.sc.lowOf(&ws[ns])] && !a.sc.is(&ws[ns], "judge") {
		return Attribution{}, false
	}
	if a.sc.is(&ws[ns-1], "the") {
		ns--
	}
	if ns < 2 {
		return Attribution{}, false
	}
	at := Attribution{Kind: Direct, HasSource: true, Cue: Span{s.Block, ws[k].s, ws[k].e}}
	at.Source = Span{s.Block, ws[ns].s, ws[k-1].e}
	at.Content = Span{s.Block, ws[0].s, ws[ns-2].e}
	return at, true
}

// figureGiven reports whether ws[k] is the verb of "The figure was given
// by" someone: who gave a figure is its source, though "given" says
// nothing by itself.
func (sc *scratch) figureGiven(ws []word, k int) bool {
	// "by" first: the map is asked about one word in a hundred, not every
	// word without a cue (a sixtieth of a lint under V8 when it came first).
	if k+1 >= len(ws) || ws[k+1].hi-ws[k+1].lo != 2 || !sc.is(&ws[k+1], "by") || !figureGivers[sc.lowOf(&ws[k])] {
		return false
	}
	for j := 0; j < k && j < 3; j++ {
		if figureNouns[sc.lowOf(&ws[j])] {
			return true
		}
	}
	return false
}

var figureGivers = wordtable.Words(`given released published provided supplied`)

var figureNouns = wordtable.Words(`figure figures number numbers estimate total count`)

// timeOpeners open a phrase of time after an agent.
var timeOpeners = wordtable.Words(`for since throughout during`)

// passiveViews are the verbs of a view of what is to come: with "by" a
// generic group holds it ("has long been expected by investors"; only a
// vague agent is read, "expected by Friday" is a time), and after "than"
// they make a comparison with a forecast ("narrower than expected").
var passiveViews = wordtable.Words(`expected predicted anticipated forecast feared thought believed`)

// viewHolders are bare plurals that hold a view as a kind: "expected by
// investors", "feared by markets".
var viewHolders = wordtable.Words(`investors markets economists observers analysts enthusiasts experts historians locals villagers collectors`)

// passiveReports are the verbs whose passive with "by" names who made a
// statement.
var passiveReports = wordtable.Words(`confirmed reported announced named
	identified disclosed revealed stated described quoted
	cited estimated denied disputed`)

// media after "by" are how a statement came, not who made it.
var media = wordtable.Words(`phone email e-mail letter text mail
	post telephone fax video percent margin`)

// timeAdverbs may stand between a passive's auxiliary and its participle.
var timeAdverbs = wordtable.Words(`first initially originally later previously`)

// recipients open the object of "to" after a speech verb.
var recipients = wordtable.Words(`the a an his her their its
	him them me us reporters supporters
	members colleagues voters lawmakers congress`)

// recipientAt reports whether word k opens a recipient rather than a verb.
func (a *analyzer) recipientAt(ws []word, k int) bool {
	if k >= len(ws) || ws[k].punc != 0 {
		return false
	}
	return ws[k].cap || recipients[a.sc.lowOf(&ws[k])]
}

var findForms = wordtable.Words(`find finds found finding`)

// rejectsMeasure reports whether ws[k] is a reject-verb with a measure
// put to a vote for its object: "The Senate has never rejected a budget",
// "rejects the bill"; an act of a body, not a claim rejected ("rejected
// the claim that").
func (sc *scratch) rejectsMeasure(ws []word, k int) bool {
	switch sc.lowOf(&ws[k]) {
	case "rejected", "rejects", "reject", "rejecting":
	default:
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+3 && ws[j].punc == 0; j++ {
		if votedMeasures[sc.lowOf(&ws[j])] {
			return true
		}
		if !ws[j].in(lArticles) && !ws[j].in(lDeterminers) && !possessive(sc.lowOf(&ws[j])) && !sc.is(&ws[j], "finance") && !sc.is(&ws[j], "spending") {
			return false
		}
	}
	return false
}

// votedMeasures are things a body passes or rejects by a vote.
var votedMeasures = wordtable.Words(`budget budgets bill bills motion motions amendment amendments treaty nomination nominee appointment`)

// needTail lists cue words that are cues only with one of these words
// after them: "pointed to", "spoke about" (not "spoke at noon").
var needTail = map[string]string{
	"point": " to out ", "points": " to out ", "pointing": " to out ",
	"spoke": " about of out ", "speaks": " about of out ", "speaking": " about of out ",
	"talked": " about of ", "talks": " about of ", "talking": " about of ",
	// "are hailing the deal", not "within hailing distance".
	"hailing": " the a an his her their its this that him them it ",
	// "Market traders complain that ..."; not "staff who complain."
	"suspect": " that the a it they he she this there his her their ", // "Other farmers suspect that ...", "Some suspect the pianist has"; not "the suspect"
	"posted":  " that on online to about ",                            // "posted on Facebook that ..."; not "have posted screenshots"
	"counter": " that ", "counters": " that ",                         // "Campaigners counter that ..."; not "over the counter", "to counter the claim"
	"complain": " that about of ", "complains": " that about of ", "grumble": " that about ", "grumbles": " that about ",
	"reckon": " that the a it they he she this there his her their its about around nearly almost roughly some most many few ", "reckons": " that the a it they he she this there his her their its about around nearly almost roughly some most many few ", // "Regulars reckon about 200 people came"
	// "declared that ...", "declared the vote void"; not "won after declaring in the final week" (standing).
	"declaring": " that the a an his her their its it itself him them victory on ", "declared": " that the a an his her their its it itself him them victory on ",
	// "dismissed the claims as", "dismissed suggestions that"; not "with two of the officers dismissed." (sacked).
	"dismissed": " the a an his her their its this that these those it them as claims suggestions reports talk speculation criticism concerns allegations fears ",
}

// ingAdjective reports whether the -ing cue word at ws[k] is an
// adjective between a count and a plural noun: "11 warning letters",
// "two warning notices".
func (sc *scratch) ingAdjective(ws []word, k int) bool {
	if k == 0 || k+1 >= len(ws) || ws[k-1].punc != 0 || ws[k+1].punc != 0 || !strings.HasSuffix(sc.lowOf(&ws[k]), "ing") {
		return false
	}
	return (ws[k-1].kind == tokens.Number || ws[k-1].in(lWordNumbers)) && plural(sc.lowOf(&ws[k+1])) && ws[k+1].cls&(cStrong|cWeak) == 0
}

// needsTail reports whether cue word l is a cue only with a tail.
func needsTail(l string) bool {
	_, ok := needTail[l]
	return ok
}

// announcing verbs make public what they are said of: a plan, a
// subsidy, a figure.
var announcing = wordtable.Words(`announced proposed published unveiled`)

// showingTag reports whether "the" and a noun, then a verb of showing,
// close the sentence after a comma: "..., the list shows." Whatever the
// noun, it is the document the figures come from.
func showingTag(ws []word, ns, ne, k int, sc *scratch) bool {
	if ne-ns != 2 || ns == 0 || ws[ns-1].punc != ',' || !sc.is(&ws[ns], "the") || k+2 != len(ws) || ws[k+1].punc != '.' {
		return false
	}
	switch sc.lowOf(&ws[k]) {
	case "shows", "showed", "show", "suggests":
		return true
	}
	return false
}

// nounSubject reports whether the noun-verb at ws[k] ("calls", "claims")
// is the subject of the verb after it.
func (sc *scratch) nounSubject(ws []word, k int) bool {
	return ws[k].in(lAmbiguous) && k+1 < len(ws) && ws[k+1].punc == 0 && nounSubjectVerbs[sc.lowOf(&ws[k+1])]
}

// nounSubjectVerbs after a noun-verb ("calls", "claims") make it the
// subject of a verb of its own: "Rural calls make up", "the claims came".
var nounSubjectVerbs = wordtable.Words(`make made came come have has had rose fell`)

// tailVerbs take a one-word tail into their cue: "called for", "pointed
// out", "referred to", "talked about".
var tailVerbs = wordtable.Words(`called calling calls call pointed points
	pointing point referring referred refers refer
	talked talks talking spoke speaks speaking
	asked said respond responded responds responding`)

var cueTails = [][]string{
	{"in", "a", "statement"}, {"in", "an", "interview"}, {"in", "a", "tweet"}, {"in", "a", "letter"},
	{"in", "a", "post"}, {"in", "a", "speech"}, {"a", "statement"}, {"for"}, {"on"}, {"to"}, {"about"}, {"of"}, {"out"},
}

// cueSpan widens the cue at word k over the auxiliaries before it ("has
// also said") and a fixed tail after it ("said in a statement", "called
// for", "pointed out").
func (a *analyzer) cueSpan(ws []word, k int, s sentences.Sentence) Span {
	low := a.sc.lowOf(&ws[k])
	st := a.wentOnTo(ws, k)
	for st > 0 && ws[st-1].punc == 0 && (ws[st-1].cls&cSkip != 0 || a.adverb(&ws[st-1])) && ws[st-1].cls&cPronoun == 0 && (!ws[st-1].in(lBeVerbs) || strings.HasSuffix(low, "ing")) {
		st--
	}
	end := k + 1
	from := end // where a one-word tail may start
	if _, needs := needTail[low]; needs && end+1 < len(ws) && ws[end].punc == 0 && tailAdverbs[a.sc.lowOf(&ws[end])] {
		from++ // "point instead to"
	}
	for _, tail := range cueTails {
		if len(tail) == 1 && !ws[k].in(lTailVerbs) {
			continue
		}
		if len(tail) == 1 && low == "said" && tail[0] != "of" {
			continue
		}
		j, ok := end, true
		if len(tail) == 1 {
			j = from
		}
		for _, t := range tail {
			if j >= len(ws) || ws[j].punc != 0 || !a.sc.is(&ws[j], t) {
				ok = false
				break
			}
			j++
		}
		if ok {
			end = j
			break
		}
	}
	if end < len(ws) && ws[end].punc == ':' {
		end++ // "said:", "added:": PolNeAR counts the colon into the cue
	}
	return Span{s.Block, ws[st].s, ws[end-1].e}
}

// wentOnTo returns the index of "went" when cue k follows "went on to"
// ("Okafor went on to say"), or of "been" after "been quick to" ("have
// been quick to blame"), the frame of the cue; else k.
func (a *analyzer) wentOnTo(ws []word, k int) int {
	if k >= 3 && a.sc.is(&ws[k-1], "to") && (a.sc.is(&ws[k-2], "quick") || a.sc.is(&ws[k-2], "keen")) && a.sc.is(&ws[k-3], "been") && ws[k-2].punc == 0 && ws[k-3].punc == 0 {
		return k - 3 // "Pundits have been quick to blame the fixture list": the frame of the cue
	}
	if k < 3 || !a.sc.is(&ws[k-1], "to") || !a.sc.is(&ws[k-2], "on") || ws[k-3].punc != 0 {
		return k
	}
	switch a.sc.lowOf(&ws[k-3]) {
	case "went", "goes", "go", "going", "gone":
		return k - 3
	}
	return k
}

// contractedSource splits a source that ends in a pronoun contracted
// with an auxiliary ("he's said", "who's argued", "they've said"): the
// auxiliary belongs to the cue. It returns the byte offset where the
// auxiliary starts, or -1.
func (a *analyzer) contractedSource(text string, w *word) int {
	l := a.sc.lowOf(w)
	i := strings.IndexByte(l, '\'')
	if i <= 0 {
		return -1
	}
	switch l[:i] {
	case "he", "she", "who", "they", "we", "i", "you":
	default:
		return -1
	}
	switch l[i:] {
	case "'s", "'ve", "'d":
	default:
		return -1
	}
	// The lowercase form has a one-byte apostrophe; the text may have a
	// curly one, but the letters before it are ASCII.
	return w.s + i
}

// afterConjunction reports whether cue k follows "and" or "but" (over
// adverbs: "and then said"): its subject opens the sentence.
func (a *analyzer) afterConjunction(ws []word, k int) bool {
	j := k - 1
	for j > 0 && ws[j].punc == 0 && ws[j].cls&cSkip != 0 {
		j--
	}
	if j < 1 || ws[j].punc != 0 {
		return false
	}
	l := a.sc.lowOf(&ws[j])
	return l == "and" || l == "but"
}

// connectives open a sentence without being part of its content.
var connectives = wordtable.Words(`but and also however still yet so meanwhile now
	rather instead indeed moreover separately similarly likewise
	thus therefore nonetheless nevertheless besides`)

// appositiveNameEnd returns where a subject ending at ws[e] ends with the
// name set off by commas after it: "One club veteran, Ivo Brand,". It
// returns e when no such name follows.
func appositiveNameEnd(ws []word, e int) int {
	if e >= len(ws) || ws[e].punc != ',' {
		return e
	}
	m := e + 1
	for m < len(ws) && (ws[m].punc == 0 && ws[m].cap || ws[m].punc == '.' && m > e+1) {
		m++
	}
	if m == e+1 || m >= len(ws) || ws[m].punc != ',' {
		return e
	}
	return m
}

// pollStandings say where a candidate stands in a named poll: "topped a
// BVA poll with 30%", "leads the latest Kessel Institute poll with 31
// percent".
var pollStandings = wordtable.Words(`topped tops led leads leading topping`)

// countAhead reports whether a number comes within the four words from
// ws[j]: "with as much as 30%", "with 31 percent".
func (sc *scratch) countAhead(ws []word, j int) bool {
	for m := j; m < len(ws) && m < j+4 && ws[m].punc == 0; m++ {
		if ws[m].kind == tokens.Number {
			return true
		}
	}
	return false
}
