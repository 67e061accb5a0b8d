// Package attribution finds attribution relations in news text: who or
// what says something (source), the words that tie it to what is said
// (cue), and what is attributed (content). It carries attributions through
// quotations, paragraphs and the lede, and it holds the three attribution
// rules built on the analysis.
package attribution

import (
	"strings"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/quotes"
	"github.com/attrlint/attrlint/rules/sentences"
	"github.com/attrlint/attrlint/rules/slab"
	"github.com/attrlint/attrlint/rules/tokens"
	"github.com/attrlint/attrlint/rules/wordtable"
)

// Span is Text[Start:End] of block Block.
type Span struct{ Block, Start, End int }

// Kind says how an attribution was found.
type Kind uint8

const (
	Direct     Kind = iota + 1 // a cue in the sentence: "Smith said"
	Intent                     // a named actor's intention: "the Pentagon plans to"
	Sourceless                 // "reportedly", "it is believed"
	QuoteCtx                   // a quote carried by its quote context
	Scope                      // carried by an earlier sentence of the paragraph
	Previous                   // a quote paragraph whose speaker is in the paragraph before
	Lede                       // a lede sourced in the next two paragraphs
	// Unsourced is a passive that attributes to no one ("is expected to",
	// "was accused of"): the relation is recorded, but it sources nothing,
	// so unattributed-claim still asks who expects or accuses.
	Unsourced
	Poll // a poll story's figure carried from the poll it cites (carryPoll)
)

var kindNames = [...]string{"", "direct", "intent", "sourceless", "quote", "scope", "previous", "lede", "unsourced", "poll"}

func (k Kind) String() string { return kindNames[k] }

// Attribution is one relation. Source is meaningful only when HasSource.
type Attribution struct {
	Source    Span
	HasSource bool
	Cue       Span
	Content   Span
	Kind      Kind
	// Vague marks an unnamed, generic source ("experts say") or a
	// sourceless marker ("reportedly").
	Vague bool
	// Refers is the earlier named source a pronoun source ("he said")
	// stands for; meaningful only when Resolved.
	Refers   Span
	Resolved bool
	// intro marks the introduction of a transcript ("Transcript as
	// follows:"), which sources the transcript and nothing before it.
	intro bool
	// local marks an attribution that sources its own sentence only
	// ("Under the new rule, ..."): no sentence around it is carried by it.
	local bool
	// Sentence is the index of the sentence the content is in.
	Sentence int
}

// Result lists the attributions of a document in text order.
type Result struct {
	Attributions []Attribution
	// OfSentence[i] is the index of an attribution covering sentence i, or
	// -1; an Unsourced attribution covers nothing.
	OfSentence []int32
	// lex holds the document's lowercase forms, for the rules.
	lex *docLex
	// ledeBlock is the block of a lede that the next two paragraphs
	// source (carryLede), or -1: its sentences' own attributions, which
	// cover a clause of each, do not stop that source covering the rest.
	ledeBlock int
	// start[i] is the index of the first attribution made in sentence i
	// or after it (Attributions are in sentence order): the rules ask for
	// a sentence's own attributions, and a binary search for them each
	// time was a twentieth of the rules' time.
	start []int32
}

// madeIn returns the attributions made in sentence i.
func (r *Result) madeIn(i int) []Attribution { return r.Attributions[r.start[i]:r.start[i+1]] }

// wholeSentenceSourced reports whether sentence i, from byte start to
// byte end, has a direct attribution whose source closes the sentence and
// whose content opens it: a trailing "..., according to its latest annual
// report".
func (r *Result) wholeSentenceSourced(i, start, end int) bool {
	for _, a := range r.madeIn(i) {
		if a.Kind == Direct && a.HasSource && a.Content.Start == start && a.Source.End >= end {
			return true
		}
	}
	return false
}

// Attributed reports whether sentence i is attributed.
func (r *Result) Attributed(i int) bool { return r.OfSentence[i] >= 0 }

// Unsourced reports whether sentence i holds a passive that attributes to
// no one ("is expected to", "has been accused of").
func (r *Result) Unsourced(i int) bool {
	ats := r.madeIn(i)
	for k := range ats {
		if ats[k].Kind == Unsourced {
			return true
		}
	}
	return false
}

// onlySourceless returns the attribution of sentence i when every
// attribution made in it is sourceless and passive ("it was claimed", "it
// is said"), or nil; not an adverb beside a speaker ("he reportedly
// said"), nor a sentence attributed by its context.
func (r *Result) onlySourceless(i int) *Attribution {
	var only *Attribution
	ats := r.madeIn(i)
	for k := range ats {
		a := &ats[k]
		if a.Kind == Unsourced {
			continue
		}
		if a.Kind != Sourceless || a.HasSource {
			return nil
		}
		only = a
	}
	return only
}

// Analyzer extracts attribution relations.
var Analyzer = &analysis.Analyzer{
	Name:     "attributions",
	Doc:      "find attribution relations (source, cue, content) and carry them through quotes, paragraphs and the lede",
	Requires: []*analysis.Analyzer{sentences.Analyzer, tokens.Analyzer, quotes.Analyzer},
	Run: func(p *analysis.Pass) (any, error) {
		return analyze(p.Doc,
			p.ResultOf[sentences.Analyzer].(*sentences.Result),
			p.ResultOf[tokens.Analyzer].(*tokens.Result),
			p.ResultOf[quotes.Analyzer].(*quotes.Result)), nil
	},
}

// linted reports whether a block is running text that attributions and
// claims apply to.
func linted(k document.Kind) bool {
	return k == document.Paragraph || k == document.ListItem || k == document.Blockquote
}

type analyzer struct {
	doc  *document.Document
	ss   *sentences.Result
	ts   *tokens.Result
	qs   *quotes.Result
	sc   scratch
	own  [][]Attribution // per sentence
	from []int32         // per sentence: sentence whose attribution it carries, or -1
	kind []Kind          // per sentence: how it was carried
	// title is set while the current sentence is written in title case
	// ("Okafor Says Levy Will Pass"): its verbs are capitalised too.
	title bool
	// arena holds the sentences' own attributions, a chunk at a time,
	// rather than a slice for each sentence.
	arena slab.Slab[Attribution]
	// unsourced lists the Unsourced attributions in sentence order; they
	// are kept apart from own, as they attribute no sentence.
	unsourced []Attribution
	// lede is 1 + the index of the article's first paragraph (agencyLede),
	// 0 until it is known.
	lede int
	// sourcedLede is the block of a lede carryLede found sourced, or -1.
	sourcedLede int
	// lowered caches, per lowercase word, whether the document writes it
	// in lower case somewhere (commonModifier).
	lowered map[string]bool
}

func analyze(d *document.Document, ss *sentences.Result, ts *tokens.Result, qs *quotes.Result) *Result {
	a := &analyzer{doc: d, ss: ss, ts: ts, qs: qs, sourcedLede: -1}
	a.sc = newScratch(lexDoc(d, ss, ts))
	n := len(ss.Sentences)
	a.own = make([][]Attribution, n)
	a.from = make([]int32, n)
	a.kind = make([]Kind, n)
	for i := range a.from {
		a.from[i] = -1
	}
	for i, s := range ss.Sentences {
		if k := d.Blocks[s.Block].Kind; !linted(k) && k != document.Heading && k != document.Caption {
			continue
		}
		a.own[i] = a.sentence(i, s)
		if len(a.own[i]) > 0 {
			a.from[i] = int32(i)
		}
	}
	a.resolvePronouns()
	a.carryQuotes()
	a.carryLabels()
	a.carryColon()
	a.carryScope()
	a.carryLede()
	a.carryPoll()
	// Emit in sentence order, into a slice made once.
	total := len(a.unsourced)
	for i := range n {
		if len(a.own[i]) > 0 {
			total += len(a.own[i])
		} else if a.from[i] >= 0 {
			total++
		}
	}
	r := &Result{OfSentence: make([]int32, n), Attributions: make([]Attribution, 0, total), lex: a.sc.lex, ledeBlock: a.sourcedLede}
	u := a.unsourced
	for i := range n {
		r.OfSentence[i] = -1
		for len(u) > 0 && u[0].Sentence < i {
			r.Attributions = append(r.Attributions, u[0])
			u = u[1:]
		}
		if len(a.own[i]) > 0 {
			r.OfSentence[i] = int32(len(r.Attributions))
			r.Attributions = append(r.Attributions, a.own[i]...)
			continue
		}
		if f := a.from[i]; f >= 0 {
			src := *a.lead(int(f))
			s := ss.Sentences[i]
			src.Content = Span{s.Block, s.Start, contentEnd(d.Blocks[s.Block].Text, s.Start, s.End)}
			src.Kind = a.kind[i]
			src.Sentence = i
			r.OfSentence[i] = int32(len(r.Attributions))
			r.Attributions = append(r.Attributions, src)
		}
	}
	r.Attributions = append(r.Attributions, u...)
	r.start = sentenceStarts(r.Attributions, n)
	return r
}

// sentenceStarts returns, for each of n sentences and one past them, the
// index of the first of ats (in sentence order) made in that sentence or
// after it.
func sentenceStarts(ats []Attribution, n int) []int32 {
	start := make([]int32, n+1)
	k := 0
	for i := range start {
		for k < len(ats) && ats[k].Sentence < i {
			k++
		}
		start[i] = int32(k)
	}
	return start
}

// contentEnd trims a sentence's final punctuation.
func contentEnd(text string, start, end int) int {
	for end > start {
		c := text[end-1]
		if c == '.' || c == '!' || c == '?' || c == ' ' {
			end--
			continue
		}
		break
	}
	return end
}

// origin returns the sentence whose own attribution sentence i carries.
func (a *analyzer) origin(i int) int { return int(a.from[i]) }

func (a *analyzer) hasSource(i int) bool {
	f := a.origin(i)
	if f < 0 {
		return false
	}
	at := a.lead(f)
	return at.HasSource && !at.local
}

// lead returns the attribution of sentence f that speaks for it to the
// sentences after it: its first with a source that is not local ("Under
// the deal, ..., according to a copy of the agreement": the copy, not the
// deal), or its first.
func (a *analyzer) lead(f int) *Attribution {
	for k := range a.own[f] {
		if at := &a.own[f][k]; at.HasSource && !at.local {
			return at
		}
	}
	return &a.own[f][0]
}

// speaks reports whether sentence i has a source that speaks, one whose
// words a quote after it may go on with: not one who declined to
// ("Pike declined to comment and walked to the bus stop. “He'll be on the
// bus now.”"); an actor's intent may ("Sherman wants to use the platform
// as a fact check. “I think ...”").
func (a *analyzer) speaks(i int) bool {
	if !a.hasSource(i) {
		return false
	}
	at := a.lead(a.origin(i))
	if asViewed(a.doc.Blocks[at.Cue.Block].Text, at) {
		return false // "The debate then turned, as the chairman had feared it would, to scones.": a view of what happened, no speech
	}
	if at.Kind != Intent {
		return true
	}
	cue := strings.ToLower(a.doc.Blocks[at.Cue.Block].Text[at.Cue.Start:at.Cue.End])
	if !refusals[cue] {
		return true
	}
	what, _, _ := strings.Cut(strings.TrimLeft(a.doc.Blocks[at.Content.Block].Text[at.Content.Start:at.Content.End], " "), " ")
	return !unsaid[strings.ToLower(strings.TrimRight(what, ".,;"))]
}

// asViewed reports whether an attribution is a view in a clause of
// comparison, "as" and its source before a verb of expecting: "as the
// chairman had feared", "As analysts expected".
func asViewed(text string, at *Attribution) bool {
	if !at.HasSource || at.Source.Block != at.Cue.Block {
		return false
	}
	before := strings.ToLower(strings.TrimRight(text[:at.Source.Start], " "))
	if before != "as" && !strings.HasSuffix(before, " as") && !strings.HasSuffix(before, ",as") {
		return false
	}
	cue := strings.ToLower(text[at.Cue.Start:at.Cue.End])
	if i := strings.LastIndexByte(cue, ' '); i >= 0 {
		cue = cue[i+1:] // "had feared"
	}
	return expectedViews[cue]
}

// expectedViews are the verbs of a view that "as" makes a comparison.
var expectedViews = wordtable.Words(`feared expected predicted hoped
	suspected anticipated forecast thought`)

// refusals are intent cues that, before a verb of speaking (unsaid),
// say someone did not speak: "declined to comment".
var (
	refusals = wordtable.Words(`declined declines refused refuses`)
	unsaid   = wordtable.Words(`comment speak say answer respond
	talk elaborate discuss be`)
)

// speechIn reports whether sentence i overlaps a quote that is speech, and
// whether the sentence starts with one; it returns the chain of the first
// speech quote.
func (a *analyzer) speechIn(i int) (chain int, starts bool) {
	s := a.ss.Sentences[i]
	chain = -1
	for q := a.qs.First[s.Block]; q < a.qs.First[s.Block+1]; q++ {
		qt := &a.qs.Quotes[q]
		if qt.Scare || qt.End <= s.Start || qt.Start >= s.End {
			continue
		}
		if chain < 0 {
			chain = qt.Chain
		}
		if qt.Start <= s.Start || qt.InnerStart >= s.Start && qt.Start <= s.Start+1 {
			starts = true
		}
	}
	return chain, starts
}

// carryQuotes attributes quote sentences through their quote context: the
// other sentences of the same quotation, a neighbouring attributed quote in
// the same paragraph, the previous paragraph's speaker.
func (a *analyzer) carryQuotes() {
	n := len(a.ss.Sentences)
	// chainOf[c] is the sentence with an attribution that quote chain c
	// (an index in a.qs.Quotes) touches first, or -1.
	chainOf := make([]int32, len(a.qs.Quotes))
	for c := range chainOf {
		chainOf[c] = -1
	}
	chains := make([]int, n)
	starts := make([]bool, n)
	for i := range n {
		chains[i], starts[i] = a.speechIn(i)
		if chains[i] >= 0 && len(a.own[i]) > 0 && chainOf[chains[i]] < 0 {
			chainOf[chains[i]] = int32(i)
		}
	}
	// Also a chain that spans several sentences: record every chain each
	// attributed sentence touches.
	for i := range n {
		if len(a.own[i]) == 0 {
			continue
		}
		s := a.ss.Sentences[i]
		for q := a.qs.First[s.Block]; q < a.qs.First[s.Block+1]; q++ {
			qt := &a.qs.Quotes[q]
			if qt.End > s.Start && qt.Start < s.End && chainOf[qt.Chain] < 0 {
				chainOf[qt.Chain] = int32(i)
			}
		}
	}
	carry := func(i, from int, k Kind) {
		if a.from[i] < 0 && from >= 0 && a.from[from] >= 0 {
			a.from[i] = a.from[from]
			a.kind[i] = k
		}
	}
	// Same quotation.
	for i := range n {
		if a.from[i] >= 0 {
			continue
		}
		s := a.ss.Sentences[i]
		for q := a.qs.First[s.Block]; q < a.qs.First[s.Block+1]; q++ {
			qt := &a.qs.Quotes[q]
			if qt.End > s.Start && qt.Start < s.End {
				if f := chainOf[qt.Chain]; f >= 0 {
					carry(i, int(f), QuoteCtx)
					break
				}
			}
		}
	}
	// Neighbouring quote sentences of the same paragraph, forwards then
	// backwards; then a quote paragraph from the paragraph before.
	for i := 1; i < n; i++ {
		// A quote sentence after a sourced sentence of its paragraph goes on
		// with that source's words, quoted or not before: "Okafor said the
		// levy was overdue. “We waited long enough.”"
		if chains[i] >= 0 && a.same(i, i-1) && a.speaks(i-1) && !a.soundTagged(i) && !a.namedColonIntro(i) {
			carry(i, i-1, QuoteCtx)
		}
	}
	for i := n - 2; i >= 0; i-- {
		if chains[i] >= 0 && a.same(i, i+1) && chains[i+1] >= 0 && a.speaks(i+1) && !a.colonOpened(chains[i]) {
			carry(i, i+1, QuoteCtx)
		}
	}
	for i := 1; i < n; i++ {
		if a.from[i] >= 0 || chains[i] < 0 {
			continue
		}
		cur, prev := a.ss.Sentences[i].Block, a.ss.Sentences[i-1].Block
		if cur == prev || !linted(a.doc.Blocks[prev].Kind) || a.ss.First[cur] != i {
			continue
		}
		if !starts[i] {
			continue
		}
		// Not through a paragraph that opens on a quote whose tag names no
		// one ("“...,” was heard from somewhere near the door.").
		if a.speaks(i-1) && !a.credit(i-1) && !a.agencyLede(prev) && !unnamedVoiceBetween(a.doc.Blocks[prev].Text, a.qs.Of(prev)) || endsWithColon(a.doc.Blocks[prev].Text) && a.from[i-1] >= 0 {
			// The whole quote paragraph carries the speaker.
			for j := i; j < a.ss.First[cur+1]; j++ {
				if chains[j] >= 0 || j == i {
					carry(j, i-1, Previous)
				}
			}
		}
	}
}

// colonOpened reports whether quote chain c opens after a colon, an
// intro of its own ("Mr Pryor read from a letter his client had written
// to Mrs Merrick: “...”"), or right after a verb of speech ("At the end
// the whole playground shouted “...”"): the tag of a different quote
// after it does not reach back to it.
func (a *analyzer) colonOpened(c int) bool {
	q := &a.qs.Quotes[c]
	before := strings.TrimRight(a.doc.Blocks[q.Block].Text[:q.Start], " ")
	return strings.HasSuffix(before, ":") || shoutedVerbs[strings.ToLower(lastWord(before))] // "the whole playground shouted “...”": a tag of its own before it
}

// namedColonIntro reports whether sentence i opens its quote with a colon
// after words that name someone ("A cornet player from Dunholt, Jake
// Imrie, was kinder: “...”"): a new speaker introduced, not the sentence
// before's going on.
func (a *analyzer) namedColonIntro(i int) bool {
	s := a.ss.Sentences[i]
	bt := a.doc.Blocks[s.Block].Text
	for q := a.qs.First[s.Block]; q < a.qs.First[s.Block+1]; q++ {
		qt := &a.qs.Quotes[q]
		if qt.Start < s.Start || qt.Start >= s.End {
			continue
		}
		intro := strings.TrimRight(bt[s.Start:qt.Start], " ")
		if !strings.HasSuffix(intro, ":") {
			return false
		}
		run := 0
		for i, w := range strings.Fields(intro) {
			if i > 0 && isUpper(w) {
				if run++; run == 2 {
					return true // a name of two words or more: "Jake Imrie"
				}
			} else {
				run = 0
			}
			if strings.HasSuffix(w, ",") {
				run = 0
			}
		}
		return false
	}
	return false
}

// soundTagged reports whether sentence i is a quote followed by words
// that say where it came from but not who said it ("“Then what are we
// here for?” came from the back row."): not the sentence before's source.
func (a *analyzer) soundTagged(i int) bool {
	s := a.ss.Sentences[i]
	bt := a.doc.Blocks[s.Block].Text
	for q := a.qs.First[s.Block]; q < a.qs.First[s.Block+1]; q++ {
		qt := &a.qs.Quotes[q]
		if qt.Closed && qt.Start >= s.Start && qt.End < s.End && soundOnly(strings.TrimLeft(bt[qt.End:s.End], " ")) {
			return true
		}
	}
	return false
}

// agencyLede reports whether block b is the article's first paragraph and
// every source in it is an agency or a company ("..., the regional
// emergency service said."): a quote paragraph straight after such a wire
// lede is not the agency's words ("We played cards until nobody could look
// at cards anymore."); agencies are quoted with a tag.
func (a *analyzer) agencyLede(b int) bool {
	if a.lede == 0 {
		a.lede = firstParagraph(a.doc) + 1
	}
	return b == a.lede-1 && agencyOnly(a.doc.Blocks[b].Text, a.blockAttributions(b))
}

// firstParagraph returns the index of the first paragraph of running text
// (more than eight words: not a headline, a byline or a dateline), or -1.
func firstParagraph(d *document.Document) int {
	for j := range d.Blocks {
		if d.Blocks[j].Kind == document.Paragraph && strings.Count(strings.TrimSpace(d.Blocks[j].Text), " ") >= 8 {
			return j
		}
	}
	return -1
}

// agencyLede is analyzer.agencyLede for a rule: block b is the article's
// first paragraph and all its sources are agencies or companies.
func (r *Result) agencyLede(d *document.Document, b, lede int) bool {
	if b != lede {
		return false
	}
	var ats []Attribution
	for k := range r.Attributions {
		if at := &r.Attributions[k]; at.Source.Block == b && at.HasSource {
			ats = append(ats, *at)
		}
	}
	return agencyOnly(d.Blocks[b].Text, ats)
}

// blockAttributions lists the attributions made in block b's sentences.
func (a *analyzer) blockAttributions(b int) []Attribution {
	var out []Attribution
	for i := a.ss.First[b]; i < a.ss.First[b+1]; i++ {
		out = append(out, a.own[i]...)
	}
	return out
}

// agencyOnly reports whether ats has a source and every source in it ends
// in an agency's or a company's head noun.
func agencyOnly(text string, ats []Attribution) bool {
	n := 0
	for k := range ats {
		at := &ats[k]
		if !at.HasSource || at.Kind == Unsourced {
			continue
		}
		f := strings.Fields(strings.ToLower(text[at.Source.Start:at.Source.End]))
		if len(f) == 0 || !agencyHeads[strings.Trim(f[len(f)-1], ".,")] {
			return false
		}
		n++
	}
	return n > 0
}

var agencyHeads = wordtable.Words(`agency office service authority ministry
	department operator company council commission board
	firm administration regulator inspectorate coastguard guard utility
	foundation`)

// credit reports whether sentence i's source comes from a "— Name" credit
// after a quote: it credits that quote only, not the next paragraph's.
func (a *analyzer) credit(i int) bool {
	f := a.origin(i)
	if f < 0 {
		return false
	}
	c := a.own[f][0].Cue
	cue := a.doc.Blocks[c.Block].Text[c.Start:c.End]
	_, dash := cutDash(cue)
	return dash
}

func endsWithColon(s string) bool {
	for len(s) > 0 && (s[len(s)-1] == ' ') {
		s = s[:len(s)-1]
	}
	return len(s) > 0 && s[len(s)-1] == ':'
}

func (a *analyzer) same(i, j int) bool { return a.ss.Sentences[i].Block == a.ss.Sentences[j].Block }

// carryScope lets a source named in a paragraph carry the following
// sentences that continue its statement: a pronoun subject or a
// connective, and no source of their own.
func (a *analyzer) carryScope() {
	for i := 1; i < len(a.ss.Sentences); i++ {
		if a.from[i] >= 0 || !a.same(i, i-1) || !a.hasSource(i-1) {
			continue
		}
		if ch, _ := a.speechIn(i); ch >= 0 && !a.speaks(i-1) {
			continue // a quote is no continuation of an actor's intent
		}
		if a.continues(i) || a.sourceActs(i) || a.elidedCount(i) {
			a.from[i] = a.from[i-1]
			a.kind[i] = Scope
		}
	}
}

// elidedCount reports whether sentence i, short, gives a count without
// its noun, which only the sentence before it names: "Varga now has at
// least 723 delegates, according to a count by the Gazette. Holm has at
// least 158." The bare count can only be read as the same count, so it
// is the same source's. A count with a noun of its own ("Holm has 158
// delegates") is a figure in its own right.
func (a *analyzer) elidedCount(i int) bool {
	ws := a.sc.load(i)
	if len(ws) > 12 {
		return false
	}
	bare := false
	for k := range ws {
		if ws[k].kind != tokens.Number {
			continue
		}
		if k+1 < len(ws) && ws[k+1].punc == 0 && !a.sc.is(&ws[k+1], "and") {
			return false // a count with its noun
		}
		bare = true
	}
	if !bare {
		return false
	}
	prev := a.sc.load(i - 1)
	for k := 0; k+1 < len(prev); k++ {
		if prev[k].kind == tokens.Number && prev[k+1].punc == 0 && prev[k+1].cls&cStop == 0 {
			return true
		}
	}
	return false
}

// sourceActs reports whether sentence i, maybe after a fronted phrase,
// has the body that sourced sentence i-1 for its subject and says what
// that body will do: "..., according to the office's decision. To make
// up the difference, the office will raise the cap on the unit rate";
// the source's own decision, told on.
func (a *analyzer) sourceActs(i int) bool {
	ws := a.sc.load(i)
	at := -1 // where "the" opens the subject
	if len(ws) > 2 && a.sc.is(&ws[0], "the") {
		at = 0 // "The office will also raise the cap"
	} else {
		for k := 1; k < len(ws) && k <= 10; k++ {
			if ws[k].punc == ',' {
				at = k + 1 // "To make up the difference, the office will raise"
				break
			}
		}
	}
	if at < 0 || at+2 >= len(ws) || !a.sc.is(&ws[at], "the") || !a.sc.is(&ws[at+2], "will") {
		return false
	}
	src := a.lead(a.origin(i - 1))
	text := a.doc.Blocks[src.Source.Block].Text[src.Source.Start:src.Source.End]
	// The source's head: its last word ("a spokesman for the
	// foundation": the foundation) or the word before it ("the office's
	// decision": the office).
	for range 2 {
		head := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(lastWord(text), "’s"), "'s"))
		if agencyHeads[head] && a.sc.is(&ws[at+1], head) {
			return true
		}
		text = strings.TrimRight(text[:max(0, strings.LastIndexByte(text, ' '))], " ")
	}
	return false
}

// carryColon lets a sourced paragraph that ends with a colon ("Soerens
// argued that:") carry the paragraph after it, or the run of list items
// after it.
func (a *analyzer) carryColon() {
	for b := 0; b+1 < len(a.doc.Blocks); b++ {
		last := a.ss.First[b+1] - 1
		if last < a.ss.First[b] || !linted(a.doc.Blocks[b].Kind) || !endsWithColon(a.doc.Blocks[b].Text) {
			continue
		}
		src := int32(-1)
		if a.hasSource(last) {
			src = a.from[last]
		} else if f := a.nameBeforeColon(b, last); f >= 0 {
			src = int32(f)
		} else if a.transcriptAt(b, last) {
			a.carryTranscript(b+1, int32(last))
			continue
		}
		if src < 0 {
			continue
		}
		for nb := b + 1; nb < len(a.doc.Blocks); nb++ {
			k := a.doc.Blocks[nb].Kind
			if !linted(k) || nb > b+1 && k != document.ListItem {
				break
			}
			for i := a.ss.First[nb]; i < a.ss.First[nb+1]; i++ {
				if a.from[i] < 0 {
					a.from[i] = src
					a.kind[i] = Previous
				}
			}
			if k != document.ListItem {
				break
			}
		}
	}
}

// transcriptAt reads a paragraph that introduces a transcript
// ("Partial transcript as follows:", "Transcript:"): it gives sentence
// last, the introduction, an attribution whose source is the transcript,
// and reports whether it did.
func (a *analyzer) transcriptAt(b, last int) bool {
	if len(a.own[last]) > 0 {
		return false
	}
	ws := a.sc.load(last)
	n := len(ws)
	if n < 2 || ws[n-1].punc != ':' {
		return false
	}
	c := n - 1 // the cue starts here
	switch {
	case n >= 3 && ws[n-2].punc == 0 && a.sc.lowOf(&ws[n-2]) == "follows" && ws[n-3].punc == 0 && a.sc.lowOf(&ws[n-3]) == "as":
		c = n - 3
	case n <= 4 && ws[n-2].punc == 0 && (a.sc.lowOf(&ws[n-2]) == "transcript" || a.sc.lowOf(&ws[n-2]) == "excerpts"):
	default:
		return false
	}
	at := Attribution{Kind: Direct, Sentence: last, Cue: Span{b, ws[c].s, ws[n-1].e}, intro: true}
	at.Content = at.Cue
	if st := a.ss.Sentences[last].Start; c > 0 {
		for k := 0; k < c; k++ {
			if ws[k].punc == 0 {
				at.HasSource, at.Source = true, Span{b, max(st, ws[k].s), ws[c-1].e}
				break
			}
		}
		if c == n-1 {
			at.Content = Span{b, ws[n-1].s, ws[n-1].e}
		}
	}
	a.own[last] = []Attribution{at}
	a.from[last] = int32(last)
	return true
}

// carryTranscript carries the transcript that starts at block nb0 from
// its introduction, sentence src: the paragraphs that open with a quote
// mark or a speaker label ("TAPPER: ..."), the paragraphs that go on with
// a speaker's turn, over stage directions ("(BEGIN VIDEO CLIP.)"), up to
// the first paragraph of the writer's own.
func (a *analyzer) carryTranscript(nb0 int, src int32) {
	turn := false
	for nb := nb0; nb < len(a.doc.Blocks); nb++ {
		blk := &a.doc.Blocks[nb]
		if !linted(blk.Kind) {
			break
		}
		i0 := a.ss.First[nb]
		if i0 >= a.ss.First[nb+1] {
			continue
		}
		t := strings.TrimSpace(blk.Text)
		if t == "" || t[0] == '(' || strings.Trim(t, ".…") == "" {
			continue // a stage direction or an ellipsis
		}
		label := false
		if len(a.own[i0]) > 0 {
			at := &a.own[i0][0]
			label = at.HasSource && blk.Text[at.Cue.Start:at.Cue.End] == ":" && strings.TrimSpace(blk.Text[:at.Source.Start]) == ""
		}
		quote := strings.HasPrefix(t, "\"") || strings.HasPrefix(t, "“") || strings.HasPrefix(t, "''")
		if !quote && !label && !(turn && len(strings.Fields(t)) >= 8) {
			break
		}
		turn = label || turn && !quote
		for i := i0; i < a.ss.First[nb+1]; i++ {
			if a.from[i] < 0 {
				a.from[i] = src
				a.kind[i] = Previous
			}
		}
	}
}

// nameBeforeColon handles a paragraph that ends in a name and a colon
// before a quote paragraph ("... doesn't surprise pollster Dana Shaw:" /
// "“Lesser-known candidates ...”"): the name is the source of the quote's
// first sentence, whose index it returns (or -1); carryColon carries the
// rest of the paragraph.
func (a *analyzer) nameBeforeColon(b, last int) int {
	nb := b + 1
	first := a.ss.First[nb]
	if first >= a.ss.First[nb+1] || len(a.own[first]) > 0 || !linted(a.doc.Blocks[nb].Kind) {
		return -1
	}
	if qs := a.qs.Of(nb); len(qs) == 0 || qs[0].Start != leadingSpace(a.doc.Blocks[nb].Text) || qs[0].Scare {
		return -1
	}
	ws := a.sc.load(last)
	c := len(ws) - 1
	for c > 0 && ws[c].punc != ':' {
		c--
	}
	if c < 1 || c != len(ws)-1 {
		return -1
	}
	st := c
	for st > 0 && c-st < 5 && (ws[st-1].punc == 0 && ws[st-1].cap || ws[st-1].punc == '.') {
		st--
	}
	if st == c || c-st < 2 || !ws[st].cap || st > 0 && ws[st-1].punc == 0 && ws[st-1].cap {
		return -1 // a full name of two words or more
	}
	s := a.ss.Sentences[first]
	at := Attribution{Kind: Previous, HasSource: true, Sentence: first,
		Source:  Span{b, ws[st].s, ws[c-1].e},
		Cue:     Span{b, ws[c].s, ws[c].e},
		Content: Span{nb, s.Start, contentEnd(a.doc.Blocks[nb].Text, s.Start, s.End)}}
	a.own[first] = []Attribution{at}
	a.from[first] = int32(first)
	return first
}

func leadingSpace(s string) int {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// carryLabels lets a speaker label that opens a paragraph ("Q: ...",
// "BOULDUAN: ...") carry the rest of its paragraph.
func (a *analyzer) carryLabels() {
	for b := range a.doc.Blocks {
		first := a.ss.First[b]
		if first >= a.ss.First[b+1] || len(a.own[first]) == 0 {
			continue
		}
		at := &a.own[first][0]
		if t := a.doc.Blocks[b].Text; t[at.Cue.Start:at.Cue.End] != ":" || !at.HasSource || strings.TrimSpace(t[:at.Source.Start]) != "" {
			continue
		}
		for i := first + 1; i < a.ss.First[b+1]; i++ {
			if a.from[i] < 0 {
				a.from[i] = int32(first)
				a.kind[i] = Scope
			}
		}
	}
}

var continuers = wordtable.Words(`he she they it his her their
	but and also however still instead
	that this those these such`)

// continues reports whether sentence i opens like a continuation of the
// sentence before: a pronoun subject or a connective.
// hedged reports whether a prediction phrase weighs its odds: "is likely
// to", "is almost certain to"; not "will", "plans to".
func (sc *scratch) hedged(ws []word) bool {
	for k := range ws {
		if l := sc.lowOf(&ws[k]); l == "likely" || l == "unlikely" || l == "certain" || l == "bound" {
			return true
		}
	}
	return false
}

// inPrevious reports whether sentence i-1 holds the text t.
func (a *analyzer) inPrevious(i int, t string) bool {
	p := a.ss.Sentences[i-1]
	return strings.Contains(a.doc.Blocks[p.Block].Text[p.Start:p.End], t)
}

func (a *analyzer) continues(i int) bool {
	s := a.ss.Sentences[i]
	ws := a.sc.load(i)
	first := -1
	for k := range ws {
		if ws[k].punc == 0 {
			first = k
			break
		}
	}
	if first < 0 || !continuers[a.sc.lowOf(&ws[first])] {
		return false
	}
	pointing := demonstratives[a.sc.lowOf(&ws[first])]
	if singularPersons[a.sc.lowOf(&ws[first])] && a.pluralSource(i-1) {
		return false // "Darrow's lawyers expect to appeal if they lose. She has lost 15 kilograms in prison": not the lawyers
	}
	if a.sc.rankOpening(ws, first) {
		return false // "It is the first time a leadership contest has been delayed since 1961": the writer's record, not the source's words
	}
	if first+1 < len(ws) && possessive(a.sc.lowOf(&ws[first])) && ownActs[a.sc.lowOf(&ws[first+1])] {
		return false // "Her refusal has less to do with Harvik than with the budget": the writer on the source's act, not her words
	}
	for k := first + 1; k < len(ws); k++ {
		w := &ws[k]
		if w.punc != 0 {
			continue
		}
		// A hedged forecast: the writer's reading of what comes next, not
		// the source's words ("The trust said ... It is likely to ask the
		// health board to pay", "That timetable is almost certain to slip").
		if w.cls&cStartsClaim != 0 {
			if kind, n := a.sc.phraseKindAt(ws, k, "claims/"); n > 1 && claimSections[kind] == Prediction && a.sc.hedged(ws[k:k+n]) || n > 0 && pointing && claimSections[kind] == Causal {
				return false // "That will do little to close the gap, because most of the profit came from ...": the writer's reason
			}
		}
		// A new figure after "That" or "This": the writer's own working
		// on what the source said ("She said her party would double the
		// fee. That would cost about 300 million korvels a year").
		if pointing && w.kind == tokens.Number && !a.inPrevious(i, a.doc.Blocks[s.Block].Text[w.s:w.e]) {
			return false
		}
		// A new claimant: "But Patel disagreed", "the report shows".
		if k == first+1 && w.cap && w.cls&cPronoun == 0 || w.cls&cDocument != 0 {
			return false
		}
	}
	return true
}

// singularPersons are the pronouns that cannot stand for a plural source.
var singularPersons = wordtable.Words(`he she his her`)

// pluralSource reports whether the source of sentence i ends in a plural
// common noun for people or bodies: "Darrow's lawyers", "Officials"; not
// a name ("Sanders") nor documents ("according to the commission's
// records. His super PAC is paying $375": his, the records' subject).
func (a *analyzer) pluralSource(i int) bool {
	at := a.lead(a.origin(i))
	if !at.HasSource {
		return false
	}
	for _, w := range a.sc.load(at.Sentence) {
		if w.e == at.Source.End && w.s >= at.Source.Start {
			l := a.sc.lowOf(&w)
			return w.punc == 0 && !w.cap && w.cls&cDocument == 0 && plural(l)
		}
	}
	return false
}

// rankOpening reports whether the sentence opens "It (This, That, He, She,
// They) is (was) the <rank>": "It is the first prosecution of a landlord
// ... since 2011", "He is the third governor she has removed since 2023".
func (sc *scratch) rankOpening(ws []word, first int) bool {
	k := first
	if l := sc.lowOf(&ws[k]); l != "it" && l != "this" && l != "that" && l != "he" && l != "she" && l != "they" || k+3 >= len(ws) || !ws[k+1].in(lBeVerbs) {
		return false
	}
	if !sc.is(&ws[k+2], "the") && !possessive(sc.lowOf(&ws[k+2])) {
		return false
	}
	r := sc.lowOf(&ws[k+3])
	return ordinals[r] || superlative(r) || r == "only" || r == "last"
}

// ownActs are a source's acts that a sentence opening on "Her" or "His"
// judges: "Her refusal", "His decision".
var ownActs = wordtable.Words(`refusal decision reluctance silence move choice insistence stance u-turn reticence`)

// carryLede attributes an unsourced lede whose claim is sourced in the next
// two paragraphs.
func (a *analyzer) carryLede() {
	lede := -1
	for b := range a.doc.Blocks {
		if a.doc.Blocks[b].Kind == document.Paragraph && a.ss.First[b+1] > a.ss.First[b] {
			lede = b
			break
		}
	}
	if lede < 0 {
		return
	}
	src := -1
	seen := 0
	for b := lede + 1; b < len(a.doc.Blocks) && seen < 2 && src < 0; b++ {
		if a.doc.Blocks[b].Kind != document.Paragraph {
			continue
		}
		seen++
		for i := a.ss.First[b]; i < a.ss.First[b+1]; i++ {
			if len(a.own[i]) > 0 && a.own[i][0].HasSource && !a.own[i][0].intro && !a.own[i][0].local {
				src = i
				break
			}
		}
	}
	if src < 0 {
		return
	}
	a.sourcedLede = lede
	for i := a.ss.First[lede]; i < a.ss.First[lede+1]; i++ {
		if a.from[i] < 0 {
			a.from[i] = int32(src)
			a.kind[i] = Lede
		}
	}
}

var personalPronouns = wordtable.Words(`he she they we`)

// personalPronoun reports whether personalPronouns holds the lowercase
// form of src, without making it: the pronouns are ASCII, and no other
// letter lowercases to an ASCII one of theirs.
func personalPronoun(src string) bool {
	var buf [4]byte
	if len(src) > len(buf) {
		return false
	}
	for i := 0; i < len(src); i++ {
		c := src[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return personalPronouns[string(buf[:len(src)])]
}

// resolvePronouns ties a pronoun source ("he said") to the nearest earlier
// named source within the last three paragraphs.
func (a *analyzer) resolvePronouns() {
	last, lastBlock, found := Span{}, -1, false
	for i := range a.own {
		for k := range a.own[i] {
			at := &a.own[i][k]
			if !at.HasSource {
				continue
			}
			src := a.doc.Blocks[at.Source.Block].Text[at.Source.Start:at.Source.End]
			if personalPronoun(src) {
				if found && at.Source.Block-lastBlock <= 3 {
					at.Refers, at.Resolved = last, true
				}
				continue
			}
			last, lastBlock, found = at.Source, at.Source.Block, true
		}
	}
}
