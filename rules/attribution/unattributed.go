package attribution

import (
	"strings"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/quotes"
	"github.com/attrlint/attrlint/rules/sentences"
	"github.com/attrlint/attrlint/rules/tokens"
	"github.com/attrlint/attrlint/rules/wordtable"
)

func runUnattributed(p *analysis.Pass) error {
	ss := p.ResultOf[sentences.Analyzer].(*sentences.Result)
	qs := p.ResultOf[quotes.Analyzer].(*quotes.Result)
	ar := p.ResultOf[Analyzer].(*Result)
	sc := newScratch(ar.lex)
	qa := interviewFrom(p.Doc)
	kinds := reportedKinds(p.Settings())
	for i, s := range ss.Sentences {
		b := &p.Doc.Blocks[s.Block]
		if !linted(b.Kind) || s.Block >= qa {
			continue // from an interview's first question on, the words are the interviewer's and the interviewee's
		}
		text := b.Text
		end := contentEnd(text, s.Start, s.End)
		motiveOnly, partial := false, false
		intentFrom, intentEnd := -1, -1 // where the actor of an intent starts and its cue ends: "money that the cooperative has refused to repay"
		if ar.Attributed(i) {
			switch a := &ar.Attributions[ar.OfSentence[i]]; {
			case a.Kind != Direct && a.Kind != Sourceless && ar.Unsourced(i):
				// A source carried from elsewhere does not answer a passive
				// of the sentence's own ("He is expected to ..."), nor does
				// an actor's intent ("The designs he is accused of passing
				// on are for a ship that the navy plans to deploy").
			case a.Kind == Intent && ar.wholeSentenceSourced(i, s.Start, end):
				continue // "..., and the company plans to launch 40 more, according to its latest annual report": the trailing source covers both clauses
			case a.Kind == Intent:
				motiveOnly = true // the actor's intent is sourced; a motive the writer gives it is not
				if a.HasSource && a.Sentence == i {
					intentFrom, intentEnd = a.Source.Start, a.Cue.End
				}
			case a.Kind == Direct && a.Sentence == i && s.Block == ar.ledeBlock:
				continue // a lede sourced in the next two paragraphs: "More than 300 students are still without a room, and the university is asking ...", then "The figure was given by ..."
			case a.Kind == Direct && a.Sentence == i:
				// The sentence's own attribution covers its content only:
				// "Harrow Homes has been accused of building fewer homes
				// than it promised" sources "promised", not the allegation.
				partial = true
			default:
				continue
			}
		}
		if isQuestion(text[s.Start:s.End]) || quoted(qs, s) {
			continue
		}
		if speechIn(qs, s, text) {
			continue // a quote: orphan-quote's business, or attributed
		}
		ws := sc.load(i)
		guard := !motiveOnly && !partial && !ar.Unsourced(i) && sc.cueWord(ws)
		if guard && !sc.hasSubordinate(ws) {
			continue // the cue word speaks for the whole sentence (below)
		}
		kind, st, en := sc.claim(text, ws)
		if motiveOnly && !(kind != NoClaim && (sc.beforeRelative(ws, st, en, intentFrom) || sc.laterClause(ws, st, intentEnd))) {
			kind, st, en = sc.motive(ws)
		}
		if kind == NoClaim && i > 0 && questionBefore(ss, qs, p.Doc, i) {
			kind, st, en = sc.writersAnswer(ws) // "Probably not, because births are unlikely to level off before 2030"
		}
		if motiveOnly && kind != NoClaim && saidIn(ar, i, ws[st].s, ws[en-1].e) {
			continue // "The department declined to give details, saying it cannot discuss the case because of the investigation": what it said
		}
		if kind == NoClaim || kinds != nil && !kinds[kind] || sc.unanswered(ws, st) {
			continue // "did not answer questions about how many customers would face the full 60 percent rise": what was asked, no claim
		}
		if kind == Prediction && sc.obligation(ws, st) && i > 0 && ss.Sentences[i-1].Block == s.Block && sc.decided(sc.load(i-1)) {
			continue // "The council voted 31 to 20 to cut the limit. Owners will also have to show a registration number": the decision's terms
		}
		if guard && ws[st].in(lSubordinators) && !sc.cueWord(ws[:st]) {
			// "left the status unclear mainly because the negotiators could
			// not agree": a cue in the cause clause speaks for the cause,
			// not for the claim that it is the cause.
		} else if guard && sc.cueWord(ws[:sc.mainClause(ws, en)]) {
			// Precision first: a sentence with a quote or with a cue word the
			// analysis could not resolve is most likely attributed; not when
			// its cue is a passive that names no one ("is expected to", "has
			// been accused of"): the issue asks who expects or accuses.
			// A sentence after a sourced one in its paragraph is attributed
			// only when the analysis carries the source to it (paragraph
			// scope): measured on PolNeAR train, 87% of the sentences a
			// blanket "after a sourced sentence" rule silenced were outside
			// annotated attributed content.
			continue
		}
		if partial && (!sc.subordinateSource(ar, i, ws, en) || kind == Causal && sc.statedReason(ar, i, ws, st, en)) {
			continue
		}
		evidence := text[ws[st].s:ws[en-1].e]
		p.ReportSpan(s.Block, s.Start, end, "unattributed "+kind.String()+" (\""+evidence+"\"): no source in this sentence, "+
			"its paragraph or its quote context says so; add who says so: '..., according to X'")
	}
	return nil
}

// questionBefore reports whether the sentence before sentence i, in its
// paragraph or ending the one before, is a question in the writer's voice.
func questionBefore(ss *sentences.Result, qs *quotes.Result, doc *document.Document, i int) bool {
	q, s := ss.Sentences[i-1], ss.Sentences[i]
	if q.Block != s.Block && q.Block != s.Block-1 {
		return false
	}
	return isQuestion(doc.Blocks[q.Block].Text[q.Start:q.End]) && !quoted(qs, q)
}

// writersAnswer reads a sentence that answers the question before it in
// the writer's voice: a short answer, at most six words opening on an
// answer word, then a comma, colon or dash and the reasons ("Probably
// not, because births are unlikely to level off before 2030", "Rarely:
// the league's last two new clubs both finished bottom ...", "Mostly it
// helps Jens Orvedal, who ..."). An answer of likelihood is a prediction,
// any other a causal claim; an attributed answer ("Not yet, according to
// the insurers' association") never gets here.
func (sc *scratch) writersAnswer(ws []word) (ClaimKind, int, int) {
	if len(ws) < 6 || ws[0].punc != 0 {
		return NoClaim, 0, 0
	}
	first := sc.lowOf(&ws[0])
	if !answerStarts[first] {
		return NoClaim, 0, 0
	}
	if (first == "no" || first == "yes") && ws[1].punc == 0 {
		return NoClaim, 0, 0 // "No one was, and the county council sent ...": a subject, no answer
	}
	if first == "not" && ws[1].punc == 0 && !notAnswers[sc.lowOf(&ws[1])] {
		return NoClaim, 0, 0 // "Not so fast; ...": an idiom, no answer
	}
	for j := 1; j < len(ws) && j <= 6; j++ {
		switch ws[j].punc {
		case 0:
			continue
		case ',', ':', ';', 'D':
			if len(ws)-j < 5 {
				return NoClaim, 0, 0 // "Probably not, she said."
			}
			if likelihoods[first] {
				return Prediction, 0, j
			}
			return Causal, 0, j
		}
		return NoClaim, 0, 0
	}
	return NoClaim, 0, 0
}

var answerStarts = wordtable.Words(`probably almost perhaps possibly maybe likely unlikely not
	rarely seldom hardly mostly partly largely only rather little yes no`)

// notAnswers after "Not" make it an answer: "Not yet:", "Not entirely,".
var notAnswers = wordtable.Words(`before yet entirely really quite much likely necessarily soon always exactly fully completely`)

var likelihoods = wordtable.Words(`probably almost perhaps possibly maybe likely unlikely not`)

// obligation reports whether the forecast at ws[st] is "will (also) have
// to": what someone must do, as a rule's terms put it.
func (sc *scratch) obligation(ws []word, st int) bool {
	k := st + 1
	if k < len(ws) && sc.is(&ws[k], "also") {
		k++
	}
	return sc.is(&ws[st], "will") && k+1 < len(ws) && sc.is(&ws[k], "have") && sc.is(&ws[k+1], "to")
}

// participleAdjective reports whether the -ed cue word at ws[k] is an
// adjective between a quantifier and a plural: "more reported crashes",
// "the confirmed cases", or after "every" or "each"; not a verb and its object ("warned voters").
func (sc *scratch) participleAdjective(ws []word, k int) bool {
	if k == 0 || k+1 >= len(ws) || ws[k-1].punc != 0 || ws[k+1].punc != 0 || ws[k+1].cap || !strings.HasSuffix(sc.lowOf(&ws[k]), "ed") {
		return false
	}
	if (sc.is(&ws[k-1], "every") || sc.is(&ws[k-1], "each")) && ws[k+1].cls&(cPronoun|cStrong|cWeak) == 0 {
		return true // "has trailed in every published poll since"
	}
	n := sc.lowOf(&ws[k+1])
	if !plural(n) || ws[k+1].cls&(cPronoun|cStrong|cWeak) != 0 {
		return false
	}
	return ws[k-1].in(lQuantifiersBefore) || ws[k-1].kind == tokens.Number
}

var quantifiersBefore = wordtable.Words(`more fewer the some many most
	all any few no its their of these those`)

// participleAfterPreposition reports whether the -ed cue word at ws[k] is
// an adjective after a preposition: "the third case of alleged spying",
// "an inquiry into reported abuses"; not "as reported by".
func (sc *scratch) participleAfterPreposition(ws []word, k int) bool {
	if k == 0 || k+1 >= len(ws) || ws[k-1].punc != 0 || ws[k+1].punc != 0 || !strings.HasSuffix(sc.lowOf(&ws[k]), "ed") {
		return false
	}
	switch sc.lowOf(&ws[k+1]) {
	case "by", "that", "to", "in", "on", "at", "as", "from", "with":
		return false
	}
	switch sc.lowOf(&ws[k-1]) {
	case "of", "over", "into", "about", "against", "for":
		return true
	}
	return false
}

// tailed reports whether a cue word that needs a tail has it ("suspect
// that"; not "the sole surviving suspect of the attacks").
func (sc *scratch) tailed(ws []word, k int) bool {
	t, ok := needTail[sc.lowOf(&ws[k])]
	if !ok {
		return true
	}
	if k > 0 && ws[k-1].punc == 0 && ws[k-1].in(lNounBefore) {
		return false // a noun: "arrested a suspect the same day", "their talks about"
	}
	if sc.trailingTag(ws, k) {
		return true // "Waits have grown badly since the summer, passengers complain."
	}
	if k+1 < len(ws) && (ws[k+1].punc == ':' || ws[k+1].open) {
		return true // "She declared: ...", "He declared “What a night!”"
	}
	if k+2 < len(ws) && ws[k+1].punc == 0 && ws[k+2].punc == 0 && tailAdverbs[sc.lowOf(&ws[k+1])] {
		k++ // "point instead to a television deal"
	}
	return k+1 < len(ws) && ws[k+1].punc == 0 && strings.Contains(t, " "+sc.lowOf(&ws[k+1])+" ")
}

// tailAdverbs may come between a cue word and its tail.
var tailAdverbs = wordtable.Words(`instead also rather`)

// trailingTag reports whether the cue word at ws[k] ends its sentence
// after a comma and a subject of one or two words: "..., passengers
// complain.", "..., one driver grumbles."; what they complain of is the
// sentence before it.
func (sc *scratch) trailingTag(ws []word, k int) bool {
	if k+1 < len(ws) && ws[k+1].punc != '.' && ws[k+1].punc != '!' || k < 2 {
		return false
	}
	for j := k - 1; j >= 1 && j >= k-2 && ws[j].punc == 0; j-- {
		if ws[j].in(lSubordinators) {
			return false // "..., and staff who complain."
		}
		if ws[j-1].punc == ',' || ws[j-1].close && j-2 >= 0 && ws[j-2].punc == ',' {
			return true // "..., passengers complain.", "“...,” Gorka declared."
		}
	}
	return false
}

// mainClause returns the end of the words before a clause that follows a
// claim and has a subject of its own ("... the third in two years in which
// a tribunal has found ...", "... fewer sailings than it promised"): a cue
// word in that clause speaks for the clause only. Without such a clause
// after the claim ending at word en: all the words.
func (sc *scratch) mainClause(ws []word, en int) int {
	for j := en; j+1 < len(ws); j++ {
		if ws[j].punc == 0 && ws[j].in(lSubordinators) && ws[j+1].punc == 0 && (ws[j+1].cls&(cPronoun|cPerson) != 0 || ws[j+1].in(lArticles) || demonstratives[sc.lowOf(&ws[j+1])] || ws[j+1].cap) {
			return j
		}
		if sc.asideOnNoun(ws, j) {
			return j
		}
	}
	return len(ws)
}

// asideOnNoun reports whether ws[j] opens an aside on the noun before its
// comma, "which" or "who" as its subject and a finite verb next: "...
// to Quelora, which has been asking for its objects back". Not a passive
// with an agent ("..., which was confirmed by the ministry"), which may
// source the claim itself.
func (sc *scratch) asideOnNoun(ws []word, j int) bool {
	if j == 0 || j+2 >= len(ws) || ws[j-1].punc != ',' || !(sc.is(&ws[j], "which") || sc.is(&ws[j], "who")) || ws[j+1].punc != 0 || !(sc.haveForm(&ws[j+1]) || ws[j+1].in(lModals)) {
		return false
	}
	for m := j + 2; m < len(ws) && ws[m].punc == 0; m++ {
		if sc.is(&ws[m], "by") {
			return false
		}
	}
	return true
}

// hasSubordinate reports whether a sentence has a word that may open a
// clause of its own (subordinators), before the claim is looked for.
func (sc *scratch) hasSubordinate(ws []word) bool {
	for k := range ws {
		if ws[k].punc == 0 && ws[k].hi-ws[k].lo <= 7 && ws[k].in(lSubordinators) {
			return true
		}
	}
	return false
}

// subordinateSource reports whether every attribution made in sentence i
// has its source inside a clause that follows the claim ending at word
// en: after "than", "which", "who", "where" ("has been accused of
// building fewer homes than it promised", "the third in two years in
// which a tribunal has found"): the source speaks for that clause, not for
// the claim before it.
func (sc *scratch) subordinateSource(ar *Result, i int, ws []word, en int) bool {
	any := false
	ats := ar.madeIn(i)
	for k := range ats {
		a := &ats[k]
		if a.Kind == Unsourced {
			continue
		}
		any = true
		if !a.HasSource {
			return false
		}
		// The word right before the source opens its clause: "than it
		// promised", "in which a tribunal has found"; not "..., who had
		// 1,401, according to a tally".
		if en < 1 || a.Source.Start < ws[en-1].e {
			return false // a source before the claim: "he told POLITICO he had kept it up because ..."
		}

		j := en
		for j < len(ws) && ws[j].s < a.Source.Start {
			j++
		}
		if j > en && sc.is(&ws[j-1], "which") && a.Content.End <= a.Source.Start {
			return false // what the clause's source says is the claim before it: "..., which the minister announced in September"; not "fewer sailings than it promised"
		}
		coordinated := j > 1 && sc.is(&ws[j-1], "and") && ws[j-2].punc == ',' // "about 300 drivers were stranded ..., and the agency promised then to"
		if j > en && ws[j-1].punc == ':' && sc.ownContent(ws, a.Content) {
			continue // "That is unlikely: the finance ministry has told every department to find further savings": a clause of its own; not "...: the company said so"
		}
		if j < en || ws[j-1].punc != 0 || !ws[j-1].in(lSubordinators) && !sourceClauses[sc.lowOf(&ws[j-1])] && !coordinated {
			return false
		}
	}
	return any
}

// saidIn reports whether block bytes [from, to) of sentence i lie in the
// content of a statement the sentence attributes to a source.
func saidIn(ar *Result, i, from, to int) bool {
	ats := ar.madeIn(i)
	for k := range ats {
		if a := &ats[k]; a.Kind == Direct && a.HasSource && a.Content.Start <= from && to <= a.Content.End {
			return true
		}
	}
	return false
}

// statedReason reports whether a causal claim's "because" (ws[st:en])
// opens a clause whose own source speaks right after it: "fought the
// landlord for years because it claimed the increases broke the rules":
// the reason given is what that source said, not the writer's.
func (sc *scratch) statedReason(ar *Result, i int, ws []word, st, en int) bool {
	if en != st+1 || en >= len(ws) || !sc.is(&ws[st], "because") {
		return false
	}
	switch sc.lowOf(&ws[en]) {
	case "i", "we", "you":
		return false // the writer's own reason: "Because we know from recent history that ..."
	}
	ats := ar.madeIn(i)
	for k := range ats {
		a := &ats[k]
		if a.Kind != Direct || !a.HasSource || a.Source.Start != ws[en].s || a.Content.Start < a.Cue.End {
			continue
		}
		for j := en + 1; j < len(ws) && ws[j].e <= a.Cue.End; j++ {
			if ws[j].e == a.Cue.End {
				return reasonCues[sc.lowOf(&ws[j])]
			}
		}
	}
	return false
}

// reasonCues end a cue that gives what a source said as a reason:
// "because it claimed", "because they argue"; not an inner state the
// writer reads into someone ("because it feared", a motive the issue asks
// a source for), a fact the writer vouches for ("because he knew") nor a
// stance on a thing ("because he favors right-to-work laws", "because
// lenders insist on proof of cover").
var reasonCues = wordtable.Words(`say says said claim claims claimed
	argue argues argued contend contends contended allege alleges alleged`)

// ownContent reports whether an attribution's content is a statement of
// its own, four words or more that do not point back: "every department
// to find further savings", not "so on Monday" nor "it".
func (sc *scratch) ownContent(ws []word, c Span) bool {
	n, first := 0, -1
	for k := range ws {
		if ws[k].punc == 0 && ws[k].s >= c.Start && ws[k].e <= c.End {
			if first < 0 {
				first = k
			}
			n++
		}
	}
	if first < 0 {
		return false
	}
	switch sc.lowOf(&ws[first]) {
	case "so", "it", "this", "that", "as":
		return false
	}
	return n >= 4
}

// recordHolders before "record" make it a best, not a document: "the
// previous record", "the national record".
var recordHolders = wordtable.Words(`previous old national world all-time
	earlier course club personal men's women's`)

// bestRecord reports whether "record" at ws[k] is an adjective or a best,
// not a document that speaks: "record profits"; "a confirmed record would
// almost certainly earn her a place"; "that record weighed heavily against
// it", "more than three times the previous record", "The men's record";
// "The record, set by a Lumme crew in 2011, had stood longer than any
// other" ("stood" within the next sixteen words and marks).
func (sc *scratch) bestRecord(ws []word, k int) bool {
	if n := k + 1; n < len(ws) && ws[n].punc == 0 && (recordAdjective[sc.lowOf(&ws[n])] || ws[n].in(lModals)) {
		return true
	}
	if n := k + 2; n < len(ws) && ws[n].punc == 0 && ws[n-1].punc == 0 && recordAdjective[sc.lowOf(&ws[n])] {
		return true // "record copper prices"
	}
	if k > 1 && k+1 < len(ws) && sc.is(&ws[k-1], "only") && sc.is(&ws[k+1], "of") {
		return true // "the overwritten readings, the only record of how much gas reached the estate": a document described
	}
	if k > 0 && ws[k-1].punc == 0 && (demonstratives[sc.lowOf(&ws[k-1])] || recordHolders[sc.lowOf(&ws[k-1])]) && !(k+1 < len(ws) && ws[k+1].cls&(cStrong|cWeak) != 0) {
		return true
	}
	if n := k + 3; n < len(ws) && ws[k+1].in(lBeVerbs) && sc.is(&ws[k+2], "the") && (ordinals[sc.lowOf(&ws[n])] || superlative(sc.lowOf(&ws[n]))) {
		return true // "The record was the first set by a club crew in almost a decade": a best, ranked
	}
	for j := k + 1; j < len(ws) && j <= k+16; j++ {
		if sc.is(&ws[j], "stood") {
			return true
		}
	}
	return false
}

// requiredOf reports whether a verb of requiring comes within three words
// before ws[j] in its clause: "require members" before "to report".
func (sc *scratch) requiredOf(ws []word, j int) bool {
	for m := j; m >= 0 && m >= j-2 && ws[m].punc == 0; m-- {
		switch sc.lowOf(&ws[m]) {
		case "require", "requires", "required", "oblige", "obliges", "obliged", "force", "forces", "forced", "compel", "compels":
			return true
		}
	}
	return false
}

// noParticular before a document noun names none of them: "any poll",
// "no survey", "every survey".
var noParticular = wordtable.Words(`any no every`)

// negations between a be-verb and a participle keep it a passive: "were
// never shown", "was not told".
var negations = wordtable.Words(`never not already just only ever`)

// timeBound reports whether the document at ws[k] ends a span of time, after
// "beyond" or "until" and at most three words of its phrase: "beyond the
// company's annual results", "until the inquiry".
func (sc *scratch) timeBound(ws []word, k int) bool {
	for d := 1; d <= 4 && k-d >= 0 && ws[k-d].punc == 0; d++ {
		if sc.is(&ws[k-d], "beyond") || sc.is(&ws[k-d], "until") {
			return true
		}
	}
	return false
}

// resultsGot before "results" make them an outcome, not a document.
var resultsGot = wordtable.Words(`show deliver get produce achieve bring see`)

// unsaidBefore "to" and a verb of saying keep it unsaid: "afraid to
// say", "reluctant to complain", "failed to agree", "declined to comment",
// "were never trained to explain it".
var unsaidBefore = wordtable.Words(`afraid ashamed reluctant scared embarrassed unwilling frightened
	failed fail failing refused declined unable reason
	trained taught`)

// sourceClauses open a clause of time whose source speaks for that clause
// only: "had been chained shut for most of the autumn after neighbours
// complained about noise".
var sourceClauses = wordtable.Words(`after before when`)

var demonstratives = wordtable.Words(`this that these those`)

var subordinators = wordtable.Words(`than which who whom whose where
	unless until because once since`)

func isQuestion(s string) bool {
	s = strings.TrimRight(s, " \"'”’)")
	return strings.HasSuffix(s, "?")
}

// quoted reports whether most of a sentence is inside speech quotes: that
// is orphan-quote's business, not a claim of the writer's.
func quoted(qs *quotes.Result, s sentences.Sentence) bool {
	in := 0
	for _, q := range qs.Of(s.Block) {
		if q.Scare {
			continue
		}
		lo, hi := max(q.Start, s.Start), min(q.End, s.End)
		if hi > lo {
			in += hi - lo
		}
	}
	return in*2 > s.End-s.Start
}

// title reports whether a quote is a short name in capitals, a title
// rather than speech: "its own soap, “Millbrook,” is expected to end";
// not "a sign that read “15%!”".
func title(text string, q quotes.Quote) bool {
	if q.Words > 2 || q.InnerStart >= q.InnerEnd {
		return false
	}
	inner := text[q.InnerStart:q.InnerEnd]
	if inner == "" || inner[0] < 'A' || inner[0] > 'Z' {
		return false
	}
	return !strings.ContainsAny(inner, "0123456789!?")
}

// speechIn reports whether a speech quote overlaps sentence s.
func speechIn(qs *quotes.Result, s sentences.Sentence, text string) bool {
	for _, q := range qs.Of(s.Block) {
		if !q.Scare && !title(text, q) && q.End > s.Start && q.Start < s.End {
			return true
		}
	}
	return false
}

// cueWordGate holds the bits of the words cueWord may answer true at: a
// cue (strong, weak, intent), a noun cue or a document, or the first word
// of a sourceless phrase. The tests before those answers only rule words
// out, so a word without these bits is passed over at once.
const cueWordGate = cStrong | cWeak | cIntent | cNoun | cDocument | cStartsSourceless

// laterClause reports whether a claim at ws[st] opens a clause of its own
// after an intent whose cue ends at byte offset from: "Westline promised
// to build a wall around the site, but the work has never started".
func (sc *scratch) laterClause(ws []word, st, from int) bool {
	if from < 0 {
		return false
	}
	for j := st - 1; j > 0 && ws[j].s >= from; j-- {
		if ws[j].punc == ';' || ws[j-1].punc == ',' && (sc.is(&ws[j], "but") || sc.is(&ws[j], "yet")) && j+1 <= st && sc.newSubject(&ws[j+1]) {
			return true // not "agreed to a call, but only to tell Garland that"
		}
		if ws[j-1].punc == ',' && sc.is(&ws[j], "and") && j+1 < st && (sc.newSubject(&ws[j+1]) || sc.is(&ws[j+1], "it") || sc.is(&ws[j+1], "he") || sc.is(&ws[j+1], "she")) {
			return true // "Greve has refused to step aside, and his approval among voters has fallen by almost half": a clause of its own
		}
	}
	return false
}

// toldToDo reports whether "told" or "tells" at ws[k] gives an order: a
// short object, then "to" and a verb ("told its schools to start later");
// not "told reporters that".
func (sc *scratch) toldToDo(ws []word, k int) bool {
	if l := sc.lowOf(&ws[k]); l != "told" && l != "tells" && l != "tell" {
		return false
	}
	for j := k + 2; j < len(ws) && j <= k+4 && ws[j-1].punc == 0; j++ {
		if sc.is(&ws[j], "to") {
			return j+1 < len(ws) && ws[j+1].punc == 0 && !ws[j+1].cap && !ws[j+1].in(lArticles) && !possessive(sc.lowOf(&ws[j+1]))
		}
	}
	return false
}

// newSubject reports whether w can open a new clause's subject: "the",
// "its", "it", "this".
func (sc *scratch) newSubject(w *word) bool {
	l := sc.lowOf(w)
	return w.punc == 0 && (articles[l] || possessive(l) || subjectPronouns[l] || demonstratives[l])
}

// unanswered reports whether the words before ws[st], in its clause, put
// the claim in questions asked: "did not answer questions about how many
// customers would face the full 60 percent rise" ("would not say whether"
// is a cue word's, and cueWord keeps it).
func (sc *scratch) unanswered(ws []word, st int) bool {
	for j := st - 2; j >= 1; j-- {
		if ws[j].punc != 0 || ws[j+1].punc != 0 {
			return false // in the clause of the claim only: not "did not say how many it has, but prices rose 60 percent"
		}
		if sc.is(&ws[j], "questions") && (sc.is(&ws[j+1], "about") || sc.is(&ws[j+1], "on") || sc.is(&ws[j+1], "over")) {
			return true
		}
	}
	return false
}

// causeOpeners open a clause that gives the reason for the claim before
// it.
var causeOpeners = wordtable.Words(`since because as`)

// beforeRelative reports whether a claim ending at ws[en] comes before a
// relative clause that opens on an intent's actor at byte offset from:
// "Many of them are still owed money that the cooperative has refused to
// repay" claims more than the cooperative's refusal; after "that", only
// when the sentence opens on the claim (not "on the fact that he has
// declined to").
func (sc *scratch) beforeRelative(ws []word, st, en, from int) bool {
	if from < 0 {
		return false
	}
	for j := en; j < len(ws); j++ {
		if ws[j].s >= from {
			return j-1 >= en && ws[j-1].punc == 0 && (sc.is(&ws[j-1], "which") || sc.is(&ws[j-1], "that") && st == 0) ||
				j-2 >= en && ws[j-2].punc == ',' && sc.is(&ws[j-1], "and") || // "..., and the finance ministry has refused to top it up": a clause of its own; not ", but Sherman wants to", a contrast with it
				j-2 >= en && ws[j-2].punc == ',' && causeOpeners[sc.lowOf(&ws[j-1])] // "the minimum wage is likely to pass 17 ostels by 2029, since both parties have promised to": the intent is the reason given for the claim
		}
	}
	return false
}

// willSay reports whether the cue word at ws[k] is a verb after "will
// not" or "won't", or after "will" and a hedging adverb: a statement
// that will not come in time, a forecast that sources nothing ("The
// inspection will not report before spring", "They will almost certainly
// show").
// Not "The board will review its rules at a meeting in March", an event
// on the calendar.
func (sc *scratch) willSay(ws []word, k int) bool {
	if k < 2 || ws[k-1].punc != 0 || strings.HasSuffix(sc.lowOf(&ws[k]), "ing") {
		return false
	}
	if sc.is(&ws[k-1], "won't") || sc.is(&ws[k-1], "won’t") || sc.is(&ws[k-1], "not") && ws[k-2].punc == 0 && sc.is(&ws[k-2], "will") {
		return true
	}
	return sc.hedgedWillSay(ws, k)
}

// hedges between "will" and a verb make it a forecast: "will almost
// certainly show"; not "will formally accept", a plan.
var hedges = wordtable.Words(`almost certainly probably likely surely undoubtedly doubtless`)

// hedgedWillSay reports whether the cue word at ws[k] follows "will" and
// a hedging adverb: "They will almost certainly show net migration
// falling further", a forecast of what will be said.
func (sc *scratch) hedgedWillSay(ws []word, k int) bool {
	j := k - 1
	for j > 0 && ws[j].punc == 0 && ws[j].in(lHedges) {
		j--
	}
	return j < k-1 && ws[j].punc == 0 && (sc.is(&ws[j], "will") || sc.is(&ws[j], "would")) // "would almost certainly find the same pattern"
}

// cueWord reports whether a sentence holds a cue word in verb position, a
// noun that names what a source said, or a document; the checks at a word
// that passes its gate are cueWordAt's.
func (sc *scratch) cueWord(ws []word) bool {
	for k := range ws {
		if w := &ws[k]; w.punc == 0 && !w.cap && w.cls&cueWordGate != 0 && sc.cueWordAt(ws, k) {
			return true
		}
	}
	return false
}

// cueWordAt is cueWord at the word ws[k], which is in cueWordGate.
func (sc *scratch) cueWordAt(ws []word, k int) bool {
	w := &ws[k]
	if k > 0 && ws[k-1].punc == 0 && (ws[k-1].in(lArticles) || possessive(sc.lowOf(&ws[k-1]))) && w.cls&(cNoun|cDocument) == 0 {
		return false // an adjective: "an estimated $31 million", "the reported deal", "a tenth of its expected annual profit"
	}
	if k > 0 && ws[k-1].punc == 0 && sc.is(&ws[k-1], "without") {
		return false // "without confirming who owned the companies": nothing said
	}
	if k > 2 && sc.is(&ws[k-1], "or") && ws[k-2].punc == 0 && !ws[k-2].cap && ws[k-3].punc == 0 && sc.is(&ws[k-3], "other") {
		return false // "than for any other coin or note": a noun in a list of things, nothing said
	}
	if sc.earlierThings(ws, k) {
		return false // "Neither of the earlier recalls cost the company": things, not a source
	}
	if sc.toldToDo(ws, k) {
		return false // "No country has yet told its schools to start later": an order given, nothing reported
	}
	if sc.nobodySaid(ws, k) {
		return false // "because neither of its partners has said it will back the motion": nothing said
	}
	if sc.emptyRelative(ws, k) || sc.reducedRelative(ws, k) {
		return false // "Few of the customers who complained are likely to see a refund": the people described, nothing said in the sentence
	}
	if k > 0 && ws[k-1].punc == 0 && ws[k-1].in(lAspectual) && strings.HasSuffix(sc.lowOf(w), "ing") {
		return false // "insurers stopped writing new policies": what they do, as cueAt reads it
	}
	if sc.anaphoric(ws, k) {
		return false // "That fear is not unfounded: ...": words reported before
	}
	if w.cls&cDocument != 0 && sc.documentHeld(ws, k) {
		return false // "roughly one in six of them has an open complaint about damp": a complaint someone has, nothing said in it
	}
	if sc.estimateAmount(ws, k) {
		return false // "for less than double its first estimate": an amount compared, not a source
	}
	if w.cls&(cNoun|cDocument) != 0 && sc.knownOf(ws, k) {
		return false // "The council knew of both defect reports by early March": what someone knew, not a source
	}
	if w.cls&cNoun != 0 && w.cls&cDocument == 0 && (!plural(sc.lowOf(&ws[k-1])) || possessive(sc.lowOf(&ws[k-1]))) && !strings.HasSuffix(sc.lowOf(w), "s") && sc.modifiedNoun(ws, k) {
		return false // a noun the sentence only mentions: "It is likely to focus on the rain warning"; not "The two insurers claim"
	}
	if w.cls&(cNoun|cDocument) == 0 && k > 0 && ws[k-1].punc == 0 && ws[k-1].cls&cPronoun == 0 && sc.sSubject(ws, k) {
		return false // a verb's form as a plural noun before its own verb: "The pier's timber supports had not been inspected"; not "where polls were conducted", a source, nor "that he says is maintained"
	}
	if w.cls&cActHead != 0 && sc.actNotWords(ws, k) { // a word in cueWordGate is in the word table
		return false // "Builders have responded by slowing work", "charged some drivers up to 900 korvs", "write off": nothing said
	}
	if sc.proofToMake(ws, k) {
		return false // "unless it can show that": a proof that may be made, nothing shown
	}
	if k > 2 && sc.is(&ws[k-1], "to") && ws[k-2].punc == 0 && (sc.is(&ws[k-3], "too") || unsaidBefore[sc.lowOf(&ws[k-2])]) {
		return false // "too ashamed to tell their families", "afraid to say", "failed to agree": nothing said
	}
	if k > 2 && sc.is(&ws[k-1], "to") && sc.is(&ws[k-2], "having") && sc.is(&ws[k-3], "without") {
		return false // "without having to say so": nothing said
	}
	if rulebooks[sc.lowOf(w)] && !(sc.leadingNoun(ws, k) && sc.rulebookSays(ws, k)) {
		return false // "The club ignored the guidelines and trained ...": rules it broke, not a source; not "The federation's guidelines recommend ..."
	}
	if k > 0 && ws[k-1].punc == 0 && w.cls&(cNoun|cDocument) != 0 && (noParticular[sc.lowOf(&ws[k-1])] || k > 1 && noParticular[sc.lowOf(&ws[k-2])] && ws[k-2].punc == 0) {
		return false // "has not led in any published poll since October", "in every survey taken since 2020": no poll in particular
	}
	if w.cls&cDocument != 0 && sc.timeBound(ws, k) {
		return false // "is unlikely to last beyond the company's annual results in March": a date, no document speaking
	}
	if sc.is(w, "results") && k > 0 && ws[k-1].punc == 0 && resultsGot[sc.lowOf(&ws[k-1])] {
		return false // "under pressure to show results": an outcome sought, no document
	}
	if k > 0 && ws[k-1].punc == 0 && sc.is(&ws[k-1], "under") && w.cls&(cNoun|cDocument) != 0 {
		return false // "had been under investigation": a state, not a source
	}
	if sc.is(w, "index") && k > 0 && ws[k-1].punc == 0 && ws[k-1].kind == tokens.Number {
		return false // "its place in the Telmar 40 index": a share index's name, not a document
	}
	if sc.is(w, "record") && sc.bestRecord(ws, k) {
		return false // an adjective or a best, no document speaking
	}
	if k > 2 && sc.is(&ws[k-1], "to") && sc.requiredOf(ws, k-2) {
		return false // "whose rules require members to report any building work": an obligation, nothing reported
	}
	if sc.participleAdjective(ws, k) || sc.participleAfterPreposition(ws, k) {
		return false // an adjective before a plural: "more reported crashes", "confirmed cases"; "the third case of alleged spying"
	}
	if k > 0 && ws[k-1].punc == 0 && sc.is(&ws[k-1], "for") && !strings.HasSuffix(sc.lowOf(w), "ing") {
		return false // a noun: "for fear of losing their rooms"; not "criticised for saying"
	}
	if l := sc.lowOf(w); l == "warning" && k > 1 && (ws[k-1].punc != 0 && ws[k-2].punc == 0 && strings.HasSuffix(sc.lowOf(&ws[k-2]), "s") || ws[k-1].punc == 0 && (strings.HasSuffix(sc.lowOf(&ws[k-1]), "s'") || strings.HasSuffix(sc.lowOf(&ws[k-1]), "s’") || sc.is(&ws[k-1], "advance") || sc.is(&ws[k-1], "little") || sc.is(&ws[k-1], "no"))) {
		return false // "had less than 40 minutes' warning": notice, not a warning given
	}
	if l := sc.lowOf(w); l == "view" && k > 0 && ws[k-1].punc == 0 && (sc.is(&ws[k-1], "public") || sc.is(&ws[k-1], "plain") || sc.is(&ws[k-1], "full") || sc.is(&ws[k-1], "into")) {
		return false // "out of public view": sight, not an opinion
	}
	if l := sc.lowOf(w); (l == "post" || l == "posts") && !sc.speechWord(ws, k) {
		return false // "to win a cabinet post", "the far post"; not "a post on Facebook"
	}
	if w.cls&cActHead != 0 && sc.amountAdded(ws, k) {
		return false // "adding about 60 veld a month to the cost"
	}
	if sc.naming(ws, k, sc.lowOf(w)) {
		return false // "called the election early", "wrote fewer than one in a hundred of the operas"
	}
	if k > 1 && ws[k-1].punc == 0 && ws[k-2].punc == 0 && sc.is(&ws[k-1], "to") && (ws[k-2].cls&cIntent != 0 || ws[k-2].in(lChoices) || sc.is(&ws[k-2], "yet")) {
		return false // an intended act: "chose to announce the closure now", not a statement made; "have yet to say how much", none made
	}
	if sc.disposed(ws, k) {
		return false // what someone tends to do, not a source: "less likely than other renters to report"
	}
	if sc.ingAdjective(ws, k) {
		return false // "has sent only 11 warning letters to businesses": an adjective
	}
	if k > 0 && ws[k-1].punc == 0 && ws[k-1].in(lAspectual) && strings.HasSuffix(sc.lowOf(w), "ing") {
		return false // "since the authority began publishing such figures in 2009": an act begun, no statement
	}
	if sc.oneNounIn(ws, k) {
		return false // "fewer than one claim in 50 was ever checked": things counted, nothing said
	}
	if sc.willSay(ws, k) {
		return false // "The inspection will not report before the end of the season": words not yet said
	}
	if sc.notSaid(ws, k) {
		return false // "did not tell the library for almost a year", "admitted 4,300 first-year students"
	}
	if w.cls&cStrong != 0 && w.cls&cIntent == 0 && !w.in(lAmbiguous) && !(k > 0 && ws[k-1].punc == 0 && (ws[k-1].in(lArticles) || sc.is(&ws[k-1], "each") || sc.is(&ws[k-1], "every"))) && (k == 0 || !ws[k-1].in(lBeVerbs) && !sc.timedPassive(ws, k) || strings.HasSuffix(sc.lowOf(w), "ing")) && sc.tailed(ws, k) {
		return true
	}
	if w.cls&(cNoun|cDocument) != 0 && !(k > 0 && ws[k-1].punc == 0 && ws[k-1].in(lBeVerbs)) && !sc.counted(ws, k) && !(k+1 < len(ws) && ws[k+1].punc == 0 && (places[sc.lowOf(&ws[k+1])] || compoundHeads[sc.lowOf(&ws[k+1])])) && !sc.onRecord(ws, k) && !sc.measureOf(ws, k) && !sc.peopleFigures(ws, k) && !sc.forecastSubject(ws, k) && !sc.documentSubject(ws, k) && !sc.documentMakes(ws, k) && !sc.pollsRun(ws, k) && !sc.documentTime(ws, k) && !sc.documentStarted(ws, k) && !sc.leftOutOf(ws, k) && !sc.dataHandled(ws, k) && !sc.documentHandled(ws, k) && !sc.wordBefore(ws, k, 4, "than") && !sc.equalStandard(ws, k) {
		return true // "in a statement", "in the CBS poll"; not "polling places", nor "more than all of its research" or "twice as much soil as the survey had allowed for", what something is compared with
	}
	if w.cls&(cIntent|cStrong|cWeak) != 0 && k+1 < len(ws) && ws[k+1].punc == 0 && sc.lowOf(&ws[k+1]) == "that" && (k == 0 || !sc.nounBefore(&ws[k-1]) && ws[k-1].kind != tokens.Number && !ws[k-1].in(lWordNumbers)) {
		return true // "leaders hope that", "Ozimek calculates that"
	}
	if n := sc.sourcelessAt(ws, k); n > 0 {
		return true
	}
	return false
}

// documentHeld reports whether the document word at ws[k] is what a form
// of "have" holds, after "a" or "an" and at most two plain words: "has an
// open complaint", "had a formal complaint"; not one that speaks after
// it ("has a report showing that").
func (sc *scratch) documentHeld(ws []word, k int) bool {
	n := k + 1
	if n+1 < len(ws) && ws[n].punc == ',' && sc.is(&ws[n+1], "which") {
		n += 2 // "has had a full survey, which found"
	}
	if n < len(ws) && ws[n].punc == 0 && (ws[n].cls&(cStrong|cWeak) != 0 || sc.is(&ws[n], "that") || strings.HasSuffix(sc.lowOf(&ws[n]), "ing")) {
		return false // "has a report showing that", "has a report that shows": the report speaks
	}
	for j := k - 1; j >= 1 && j >= k-3 && ws[j].punc == 0; j-- {
		if sc.is(&ws[j], "a") || sc.is(&ws[j], "an") {
			return sc.haveForm(&ws[j-1])
		}
		if ws[j].cap || ws[j].cls&(cStrong|cWeak|cStop) != 0 {
			return false
		}
	}
	return false
}

// documentHandled reports whether the document word at ws[k] is the
// subject of a passive that does something to it, not a source: "The
// email was in fact sent at 16:52", "The letters were lost in the post";
// not "The report was clear".
func (sc *scratch) documentHandled(ws []word, k int) bool {
	j := k + 1
	if j >= len(ws) || ws[j].punc != 0 || !sc.is(&ws[j], "was") && !sc.is(&ws[j], "were") {
		return false
	}
	for j++; j+1 < len(ws) && ws[j].punc == 0 && (sc.is(&ws[j], "in") && sc.is(&ws[j+1], "fact") || sc.is(&ws[j], "never") || sc.is(&ws[j], "not")); {
		if sc.is(&ws[j], "in") {
			j++ // over "in fact"
		}
		j++
	}
	return j < len(ws) && ws[j].punc == 0 && handledVerbs[sc.lowOf(&ws[j])]
}

var handledVerbs = wordtable.Words(`sent lost deleted delivered received posted
	mislaid shredded misfiled opened signed filed stolen`)

// dataHandled reports whether the document word at ws[k] is what someone
// gathers, trades or reads, the object of such a verb a word or two before it
// ("mainly to collect data it could sell", "sold customers' records"),
// not a source; not when a verb of saying or a participle follows it
// ("gathered data show", "collected data showing a rise").
func (sc *scratch) dataHandled(ws []word, k int) bool {
	if k+1 < len(ws) && ws[k+1].punc == 0 && (ws[k+1].cls&(cStrong|cWeak) != 0 || strings.HasSuffix(sc.lowOf(&ws[k+1]), "ing") && !sc.is(&ws[k+1], "during")) {
		return false // "collected data showing a rise"; not "lost signal and data during the outage"
	}
	for j := k - 1; j >= 0 && j >= k-3 && ws[j].punc == 0; j-- {
		if dataVerbs[sc.lowOf(&ws[j])] || lossVerbs[sc.lowOf(&ws[j])] && ws[k].cls&cDocument != 0 {
			return true // "lost calls and data during the outage"; not "after losing a claim for unfair dismissal", a claim made
		}
		if j > 0 && ws[j-1].punc == 0 && ws[j-1].in(lAspectual) && strings.HasSuffix(sc.lowOf(&ws[j]), "ing") {
			return true // "since the authority began publishing such figures in 2009": a practice begun
		}
	}
	return false
}

// dataVerbs are what is done to data, and what readers do with records:
// "visitors used the census", "the most requested record in the archive",
// "had scanned the parish registers".
var dataVerbs = wordtable.Words(`collect collects collected collecting
	gather gathers gathered gathering harvest harvested harvesting
	sell sells sold selling buy buys bought buying
	store stores stored storing hoard hoarded
	use uses used using consult consulted consulting
	search searched searching requested scanned scanning
	digitised digitized digitising digitizing`)

// lossVerbs before a document make it what was lost, not a source: "lost
// calls and data during the outage".
var lossVerbs = wordtable.Words(`lost lose losing leaked stole stolen deleted wiped`)

// leftOutOf reports whether the document at ws[k] is what something was
// left out of: "a point the office left out of its announcement" says
// nothing in it.
func (sc *scratch) leftOutOf(ws []word, k int) bool {
	for j := k - 1; j >= 2 && j >= k-3 && ws[j].punc == 0; j-- {
		if sc.is(&ws[j], "of") {
			return sc.is(&ws[j-1], "out") && (sc.is(&ws[j-2], "left") || sc.is(&ws[j-2], "leaves") || sc.is(&ws[j-2], "kept"))
		}
	}
	return false
}

// compoundHeads after a document word make it a modifier: "a review
// system", "the report card", "the survey ship".
var compoundHeads = wordtable.Words(`system systems process procedure procedures
	mechanism deadline period fee fees ship card cards room team
	protection centre center breach law laws`)

// estimateAmount reports whether "estimate" or "forecast" at ws[k] is an
// amount something is measured against: "double its first estimate",
// "well above the original forecast".
func (sc *scratch) estimateAmount(ws []word, k int) bool {
	if l := sc.lowOf(&ws[k]); l != "estimate" && l != "forecast" && l != "estimates" && l != "forecasts" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4 && ws[j].punc == 0; j-- {
		if measuredAgainst[sc.lowOf(&ws[j])] {
			return true
		}
	}
	return false
}

var measuredAgainst = wordtable.Words(`double twice triple than above below
	times beyond exceeded exceed exceeds within`)

// knownOf reports whether the noun at ws[k] is what someone knew of or
// was aware of: "knew of both defect reports", "was aware of the
// complaint".
func (sc *scratch) knownOf(ws []word, k int) bool {
	for j := k - 1; j >= 1 && j >= k-4 && ws[j].punc == 0; j-- {
		if sc.is(&ws[j], "of") {
			return knowing[sc.lowOf(&ws[j-1])]
		}
	}
	return false
}

var knowing = wordtable.Words(`knew know knows known aware unaware learned learnt heard`)

// anaphoric reports whether a speech noun at ws[k] points back at words
// already reported: "That fear is not unfounded: a previous government
// cut payments by a third"; not "This report found" (a document).
func (sc *scratch) anaphoric(ws []word, k int) bool {
	return k > 0 && ws[k].cls&cDocument == 0 && ws[k-1].punc == 0 && demonstratives[sc.lowOf(&ws[k-1])] && k+1 < len(ws) && ws[k+1].punc == 0 && ws[k+1].in(lBeVerbs)
}

// counted reports whether the noun at ws[k] is counted or spent on, so a
// thing, not a source: "filed more than 60 fatigue reports", "opened more
// than 11,000 business accounts", "spends ... on research".
func (sc *scratch) counted(ws []word, k int) bool {
	if k > 1 && ws[k-1].punc == 0 && (sc.is(&ws[k-1], "on") || sc.is(&ws[k-1], "into")) && ws[k-2].punc == 0 && !sc.is(&ws[k-2], "based") && !sc.is(&ws[k-2], "drawing") && !sc.is(&ws[k-2], "relying") {
		return true // "spends 1.6 percent of its national income on research": what is spent on, not a source
	}
	if k > 2 && sc.is(&ws[k-1], "and") && ws[k-1].punc == 0 && ws[k-2].punc == 0 {
		return sc.counted(ws, k-2) // "has spent about 140 million vessins on drilling and studies": what is spent on
	}
	for j := k - 1; j >= 1 && j >= k-2 && ws[j].punc == 0; j-- {
		if sc.is(&ws[j], "one") && sc.is(&ws[j-1], "only") {
			return true // "has upheld only one such complaint since 2016": a thing counted
		}
	}
	if k > 0 && k+1 < len(ws) && ws[k-1].punc == 0 && ws[k+1].punc == 0 && (sc.is(&ws[k-1], "each") || sc.is(&ws[k-1], "every")) && (ws[k+1].in(lBeVerbs) || sc.obliged(ws, k+1)) {
		return true // "because each claim has to be fought on its own", "every complaint is logged": things dealt with one by one; not "every poll has shown"
	}
	if !plural(sc.lowOf(&ws[k])) {
		return false // "a $40 million lawsuit alleging", "a 2010 fraud lawsuit", "a 50-state poll": one document
	}
	for j := k - 1; j >= 0 && j >= k-2 && ws[j].punc == 0; j-- {
		if ws[j].kind == tokens.Number || countInWords(sc.lowOf(&ws[j])) {
			return true // "three of its last four inspections"
		}
	}
	return false
}

// equalStandard reports whether the document word at ws[k] is in the
// standard of an "as ... as" comparison: "twice as much soil as the
// council's survey had allowed for"; not "as the survey found".
func (sc *scratch) equalStandard(ws []word, k int) bool {
	for j := k - 1; j >= 1 && j >= k-4 && ws[j].punc == 0; j-- {
		if sc.is(&ws[j], "as") {
			return sc.wordBefore(ws, j-1, 3, "as") && ws[j-1].punc == 0 && !sc.is(&ws[j-1], "as")
		}
	}
	return false
}

// obliged reports whether ws[j] opens an obligation: "must", "has to",
// "have to".
func (sc *scratch) obliged(ws []word, j int) bool {
	return sc.is(&ws[j], "must") || j+1 < len(ws) && (sc.is(&ws[j], "has") || sc.is(&ws[j], "have")) && sc.is(&ws[j+1], "to")
}

// timedPassive reports whether the participle at ws[k] follows an
// auxiliary and an adverb of time: "after the inquiry was first reported".
func (sc *scratch) timedPassive(ws []word, k int) bool {
	return k > 1 && ws[k-1].punc == 0 && ws[k-2].punc == 0 && (timeAdverbs[sc.lowOf(&ws[k-1])] || negations[sc.lowOf(&ws[k-1])]) && ws[k-2].in(lBeVerbs) // also "residents were never shown the report"
}

// rulebooks are documents that speak only as a sentence's subject ("The
// federation's guidelines, published in 2021, recommend no more than 16
// hours") or after "Under" (underAt); elsewhere they are rules someone
// keeps or breaks.
var rulebooks = wordtable.Words(`guidelines guidance`)

// rulebookSays reports whether a verb of advice or rule-making follows
// the rulebook at ws[k], after an aside set off by commas if there is one:
// "The guidelines, published in 2021, recommend"; not "The guidance has
// been voluntary".
func (sc *scratch) rulebookSays(ws []word, k int) bool {
	j := k + 1
	if j < len(ws) && ws[j].punc == ',' {
		for j++; j < len(ws) && ws[j].punc != ','; j++ {
		}
		j++
	}
	return j < len(ws) && ws[j].punc == 0 && (rulebookVerbs[sc.lowOf(&ws[j])] || ws[j].cls&(cStrong|cWeak) != 0)
}

var rulebookVerbs = wordtable.Words(`recommend recommends advise advises require requires
	set sets limit limits allow allows suggest suggests`)

// leadingNoun reports whether the noun at ws[k] ends the noun phrase that
// opens the sentence: only articles, possessives and names before it.
func (sc *scratch) leadingNoun(ws []word, k int) bool {
	for j := 0; j < k; j++ {
		if ws[j].punc != 0 || !(ws[j].cap || ws[j].in(lArticles) || possessive(sc.lowOf(&ws[j]))) {
			return false
		}
	}
	return true
}

// documentSubject reports whether the document word at ws[k] is the
// subject of a copula, the thing the sentence describes rather than a
// source: "The ruling is the third in two years", "The report was
// delayed".
func (sc *scratch) documentSubject(ws []word, k int) bool {
	if ws[k].cls&(cDocument|cNoun) == 0 || k+1 >= len(ws) || ws[k+1].punc != 0 {
		return false
	}
	if !decisions[sc.lowOf(&ws[k])] {
		return sc.documentRanked(ws, k)
	}
	v := k + 1
	if sc.is(&ws[v], "in") || sc.is(&ws[v], "for") || sc.is(&ws[v], "against") || sc.is(&ws[v], "on") {
		for v++; v < len(ws) && v <= k+7 && (ws[v].punc == 0 || ws[v].punc == '\'') && !ws[v].in(lBeVerbs|lModals); v++ {
			if ws[v].cls&(cStrong|cWeak) != 0 || sc.is(&ws[v], "that") {
				return false // "a lawsuit in 2013 alleging that ...": the document speaks
			}
		} // "A ruling in the families' favour would be": the phrase that says which ruling
	}
	if v >= len(ws) || ws[v].punc != 0 {
		return false
	}
	switch sc.lowOf(&ws[v]) {
	case "is", "was", "are", "were", "has", "had", "will", "would":
		return v+1 < len(ws) && ws[v+1].punc == 0 && ws[v+1].cls&(cStrong|cWeak) == 0 && !sc.is(&ws[v+1], "that")
	}
	return false
}

// documentRanked reports whether the document word at ws[k] is the
// subject of a copula that ranks it or says who uses it: "The 1891 census
// is the most requested record in the archive", "The register was used
// by half of all visitors", or judges it ("Both figures are almost
// certainly too low"); the document is described, it says nothing.
func (sc *scratch) documentRanked(ws []word, k int) bool {
	v := k + 1
	if v+2 < len(ws) && (sc.is(&ws[v], "are") || sc.is(&ws[v], "were") || sc.is(&ws[v], "is") || sc.is(&ws[v], "was")) {
		for j := v + 1; j < len(ws) && j <= v+3 && ws[j].punc == 0; j++ {
			if sc.is(&ws[j], "too") {
				return true // "Both figures are almost certainly too low": the document judged, not speaking
			}
		}
	}
	if v+2 >= len(ws) || !sc.is(&ws[v], "is") && !sc.is(&ws[v], "was") || ws[v+1].punc != 0 {
		return false
	}
	if sc.is(&ws[v+1], "the") && ws[v+2].punc == 0 {
		r := sc.lowOf(&ws[v+2])
		return r == "most" || r == "least" || superlative(r)
	}
	return dataVerbs[sc.lowOf(&ws[v+1])]
}

// documentMakes reports whether the document word at ws[k] is the subject
// of "make", a cause rather than a source: "Friday's figures make a cut
// all but certain"; not "the figures make it clear that".
func (sc *scratch) documentMakes(ws []word, k int) bool {
	if ws[k].cls&cDocument == 0 || k+2 >= len(ws) || ws[k+1].punc != 0 || ws[k+2].punc != 0 {
		return false
	}
	if l := sc.lowOf(&ws[k+1]); l != "make" && l != "makes" && l != "made" {
		return false
	}
	next := sc.lowOf(&ws[k+2])
	if next == "it" && k+3 < len(ws) && ws[k+3].punc == 0 {
		next = sc.lowOf(&ws[k+3])
	}
	return next != "clear" && next != "plain"
}

// decisions are documents that a sentence can describe as things, and
// reviews and inquiries as work under way ("The review is unlikely to
// satisfy the families"); polls, surveys and data stay sources wherever
// they stand ("where exit polls were conducted").
var decisions = wordtable.Words(`ruling decision verdict judgment order
	bill law plan proposal lawsuit petition application
	review inquiry investigation audit estimate index`)

// documentStarted reports whether the document word at ws[k] is the
// object of an act on it: an inquiry someone starts, faces or calls for
// ("It is almost certain to draw a full investigation from the
// Competition Board", "launched a review"), which has found nothing
// yet, or a ruling overturned or upheld ("has not overturned a ruling in
// a doping case since 2011"), which speaks for no claim here.
func (sc *scratch) documentStarted(ws []word, k int) bool {
	for d := 1; d <= 3 && k-d-1 >= 0 && ws[k-d].punc == 0; d++ {
		if sc.is(&ws[k-d], "a") || sc.is(&ws[k-d], "an") {
			v := &ws[k-d-1]
			if sc.is(v, "had") && k-d-2 >= 0 && (sc.is(&ws[k-d-2], "not") || sc.is(&ws[k-d-2], "never")) {
				return true // "has not had a full structural survey since 2004": one not done, which says nothing
			}
			return v.punc == 0 && actedOn[sc.lowOf(v)]
		}
	}
	return false
}

// actedOn are the acts of documentStarted, and wanting one ("The company
// wants a ruling now": one not yet made).
var actedOn = wordtable.Words(`draw face faces faced launch launched
	want wants wanted seek seeks sought
	open opened order ordered demand demanded prompt
	prompted trigger triggered start started
	overturn overturned uphold upheld quash quashed`)

// measureOf reports whether "numbers" or "figures" at ws[k] is a measure
// of something ("a fall in tourist numbers", "weak sales figures"), not
// a document that speaks ("the latest figures show").
func (sc *scratch) measureOf(ws []word, k int) bool {
	if sc.is(&ws[k], "reports") && k > 0 && ws[k-1].punc == 0 && !ws[k-1].in(lArticles) && !possessive(sc.lowOf(&ws[k-1])) {
		for j := k + 1; j+1 < len(ws) && j <= k+5 && ws[j].punc == 0 && ws[j].cls&(cStrong|cWeak) == 0; j++ {
			if sc.haveForm(&ws[j]) && ws[j+1].in(lChangeWords) {
				return true // "Burglary reports in Mellin Cross have risen by a quarter": cases counted, not documents that speak
			}
		}
	}
	if !sc.is(&ws[k], "numbers") && !sc.is(&ws[k], "figures") || k == 0 || ws[k-1].punc != 0 {
		return false
	}
	if l := sc.lowOf(&ws[k-1]); possessive(l) && ws[k-1].cap && weekdayOrMonth(strings.TrimSuffix(strings.TrimSuffix(l, "'s"), "’s")) {
		return true // "at Saturday's numbers it will fall well short": that day's count, not a document ("Monday's figures show" is read as a source by the analysis)
	}
	if ws[k-1].cap && k > 1 {
		return false
	}
	for j := k + 1; j < len(ws) && j <= k+6 && ws[j].punc == 0 && ws[j].cls&(cStrong|cWeak) == 0; j++ {
		if ws[j].in(lChangeWords) && j > k+1 && (sc.haveForm(&ws[j-1]) || sc.is(&ws[j-1], "keep") || sc.is(&ws[j-1], "continue")) || j == k+1 && ws[j].in(lChangeWords) {
			return true // "The moth's numbers on Brannock Moss have fallen by about 80 percent": a quantity that changed
		}
	}
	if k+2 < len(ws) && sc.is(&ws[k+1], "by") && (ws[k+2].kind == tokens.Number || ws[k+2].in(lWordNumbers) || approximators[sc.lowOf(&ws[k+2])] || sc.is(&ws[k+2], "a") || sc.is(&ws[k+2], "half")) {
		return true // "cut its visitor numbers by almost half": the amount of a change, not figures by a bureau
	}
	if k+1 < len(ws) && ws[k+1].punc == 0 && !prepositions[sc.lowOf(&ws[k+1])] && !sc.is(&ws[k+1], "than") {
		return false // "sales figures show"; not "in larger numbers than"
	}
	l := sc.lowOf(&ws[k-1])
	return !articles[l] && !possessive(l) && !documentAdjectives[l]
}

// peopleFigures reports whether "figures" at ws[k] are people:
// "opposition figures arrested on similar charges".
func (sc *scratch) peopleFigures(ws []word, k int) bool {
	return k > 0 && ws[k-1].punc == 0 && sc.is(&ws[k], "figures") && figuresPeople[sc.lowOf(&ws[k-1])]
}

// forecastBefore before "to" make a forecast: "are likely to show".
var forecastBefore = wordtable.Words(`likely unlikely expected set due`)

// forecastSubject reports whether the document word at ws[k] is the
// subject of a forecast: "The bureau's March figures, due on April 15, are
// likely to show ...": what it will say, not what it says.
func (sc *scratch) forecastSubject(ws []word, k int) bool {
	for j := k + 1; j+2 < len(ws) && j <= k+10 && (ws[j].punc == 0 || ws[j].punc == ','); j++ {
		if ws[j].punc == 0 && ws[j].in(lBeVerbs) {
			return forecastBefore[sc.lowOf(&ws[j+1])] && sc.is(&ws[j+2], "to")
		}
		if ws[j].punc == 0 && sc.is(&ws[j], "would") && k > 0 && (sc.is(&ws[k-1], "a") || sc.is(&ws[k-1], "an")) {
			return true // "A study of retired internationals would almost certainly find": a study no one has made
		}
	}
	return false
}

// recordAdjective are the words "record" qualifies as an adjective:
// "record profits", "a record high".
var recordAdjective = wordtable.Words(`profits losses high low levels
	numbers highs lows turnout sales temperatures crowds attendance
	prices yields harvests rainfall demand exports imports revenue revenues`)

// choices before "to" make the verb after them an act chosen, not words
// reported.
var choices = wordtable.Words(`chose choose chosen decided decide opted elected`)

// documentTime reports whether the document word at ws[k] marks a time,
// not a source: "rather than with its annual results in February",
// "before the report's publication".
func (sc *scratch) documentTime(ws []word, k int) bool {
	if k+1 < len(ws) && ws[k+1].punc == 0 && ws[k+1].cls&(cStrong|cWeak) != 0 {
		return false // "after a review found": the review speaks
	}
	for j := k - 1; j >= 0 && j >= k-4 && ws[j].punc == 0; j-- {
		if ws[j].in(lBeVerbs) && j+1 < k && ws[j+1].in(lArticles) {
			return true // "this is the last jobs report before the election": what the sentence is about, not its source
		}
	}
	if k >= 3 && ws[k-1].punc == 0 && ws[k-2].punc == 0 && ws[k-3].punc == 0 && ws[k-1].in(lArticles) && sc.is(&ws[k-2], "of") {
		switch sc.lowOf(&ws[k-3]) {
		case "middle", "midst", "course", "end", "start", "beginning", "eve":
			return true // "has resigned in the middle of an audit": when, not who says so
		}
	}
	if ws[k].cls&cNoun != 0 {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4 && ws[j].punc == 0 && (!ws[j].cap || j == k-1 && possessive(sc.lowOf(&ws[j]))); j-- {
		switch sc.lowOf(&ws[j]) {
		case "with", "before", "after", "until", "ahead": // "before Saturday's ruling"
			return true
		}
	}
	return false
}

// pollsRun reports whether "poll" or "polls" at ws[k] is the race the
// polls measure, not a poll that says anything: "go to the polls", "trails
// in the polls", "has led every national poll".
func (sc *scratch) pollsRun(ws []word, k int) bool {
	l := sc.lowOf(&ws[k])
	if l == "polling" && k > 0 && ws[k-1].punc == 0 && sc.is(&ws[k-1], "since") {
		return true // "since polling began in the 1970s": a span of time
	}
	if l != "poll" && l != "polls" {
		return false
	}
	if l == "polls" && k > 1 && sc.is(&ws[k-1], "the") && (sc.is(&ws[k-2], "to") || sc.is(&ws[k-2], "in")) && !(k+1 < len(ws) && ws[k+1].punc == 0 && pollVerbs[sc.lowOf(&ws[k+1])]) {
		return true // "go to the polls", "trails in the polls"; not "in the polls released Tuesday"
	}
	for j := k - 1; j >= 0 && j >= k-3 && ws[j].punc == 0; j-- {
		if j2 := sc.lowOf(&ws[j]); j2 == "every" || j2 == "each" || j2 == "led" || j2 == "leads" || j2 == "leading" || j2 == "topped" || j2 == "tops" || j2 == "won" {
			return true
		}
	}
	return false
}

var pollVerbs = wordtable.Words(`released published show showed shows found suggest suggested`)

var prepositions = wordtable.Words(`in for on at of across
	from over along around since have has`)

// documentAdjectives before "figures" or "numbers" make them a document:
// "the latest figures", "official numbers".
var documentAdjectives = wordtable.Words(`official latest new recent these
	those such provisional preliminary final published government`)

// articles before a cue word make it an adjective, not a verb.
var articles = wordtable.Words(`a an the`)

// disposed reports whether the verb at ws[k] follows "to" after a
// disposition in its clause: "are far less likely than other renters to
// report problems".
func (sc *scratch) disposed(ws []word, k int) bool {
	if k < 2 || ws[k-1].punc != 0 || !sc.is(&ws[k-1], "to") {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-7 && ws[j].punc == 0; j-- {
		if dispositions[sc.lowOf(&ws[j])] {
			return true
		}
	}
	return false
}

// dispositions before "to" make the verb after them a tendency, not a
// statement made: "are less likely to report problems". Not "was not
// willing to say", which is about what someone said.
var dispositions = wordtable.Words(`likely unlikely inclined liable apt prone`)

// recordQualities before "record" make it a history, not a document:
// "Upgrades have a poor record in Kestria".
var recordQualities = wordtable.Words(`poor good strong mixed patchy
	dismal proven spotless clean impressive unblemished`)

// nounBefore are words after which a verb of saying is a noun ("a
// suspect", "their talks").
var nounBefore = wordtable.Words(`a an the its their his
	our my your this these those`)

// onRecord reports whether "record" at ws[k] is no document: "on record",
// "a record high".
func (sc *scratch) onRecord(ws []word, k int) bool {
	if !sc.is(&ws[k], "record") && !sc.is(&ws[k], "records") {
		return false
	}
	if k > 0 && k+1 < len(ws) && ws[k-1].punc == 0 && ws[k+1].punc == 0 && possessive(sc.lowOf(&ws[k-1])) && ws[k+1].in(lBeVerbs) {
		return true // "Corvale's record was the worst of the 22 forces": a history described
	}
	for j := k - 1; j >= 0 && j >= k-3 && ws[j].punc == 0; j-- {
		if brokeRecord[sc.lowOf(&ws[j])] {
			return true // "is likely to break Monday's record again": a best, not a document
		}
	}
	for j := k - 1; j >= 0 && j >= k-2 && ws[j].punc == 0; j-- {
		if l := sc.lowOf(&ws[j]); superlative(l) || l == "safety" || l == "track" || recordQualities[l] || recordSpans[l] || l == "worse" || l == "better" {
			return true // "one of the worst safety records", "a track record", "a poor record", "a monthly record"
		}
	}
	if k+1 < len(ws) && ws[k+1].punc == 0 && recordsBegan[sc.lowOf(&ws[k+1])] {
		return true // "since records began": a span of time
	}
	if !sc.is(&ws[k], "record") {
		return false
	}
	return k > 0 && ws[k-1].punc == 0 && (sc.is(&ws[k-1], "on") || sc.is(&ws[k-1], "a")) ||
		k+1 < len(ws) && ws[k+1].punc == 0 && (sc.is(&ws[k+1], "high") || sc.is(&ws[k+1], "low") || sc.is(&ws[k+1], "number"))
}

// brokeRecord before "record" make it a best: "break Monday's record".
var brokeRecord = wordtable.Words(`break breaks broke broken beat beats
	smash smashed equal equalled equaled`)

// recordSpans before "record" make it a best: "hit a monthly record", "a
// new record", "an all-time record", "a club record".
var recordSpans = wordtable.Words(`new monthly weekly annual daily all-time yearly world
	club league national career personal team tournament season`)

// recordsBegan after "records" make them a span of time: "since records
// began", "when records started".
var recordsBegan = wordtable.Words(`began begin started start`)

// places after a document or speech noun make it a place or a thing, not
// a source: "polling places", "survey sites", "the post office", "a power
// cut at the data centre".
var places = wordtable.Words(`place places station stations location
	locations booth booths site sites
	office offices box boxes
	centre centres center centers`)

// interviewFrom returns the index of the block where an interview told as
// questions and answers starts: the first block opening "Q:", when at
// least two open "Q:" and two "A:". From there on every word is the
// interviewer's or the interviewee's, who the story names above them.
// With no such interview it returns len(d.Blocks).
func interviewFrom(d *document.Document) int {
	first, qs, as := len(d.Blocks), 0, 0
	for i := range d.Blocks {
		t := d.Blocks[i].Text
		switch {
		case strings.HasPrefix(t, "Q:"):
			qs++
			first = min(first, i)
		case strings.HasPrefix(t, "A:"):
			as++
		}
	}
	if qs < 2 || as < 2 {
		return len(d.Blocks)
	}
	return first
}

// nobodySaid reports whether the cue at ws[k] has a negated subject in
// its clause, as negatedSource reads a source: "neither of the partners
// has said", "none of them would say", "no one has claimed"; nothing
// was said.
func (sc *scratch) nobodySaid(ws []word, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8 && ws[j].punc == 0; j-- {
		switch sc.lowOf(&ws[j]) {
		case "neither", "none", "nobody":
			return true
		case "no":
			return j+1 < k && sc.is(&ws[j+1], "one")
		}
	}
	return false
}
