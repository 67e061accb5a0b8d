package attribution

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/quotes"
	"github.com/attrlint/attrlint/rules/sentences"
	"github.com/attrlint/attrlint/rules/tokens"
)

var requires = []*analysis.Analyzer{sentences.Analyzer, tokens.Analyzer, quotes.Analyzer, Analyzer}

// UnattributedClaim flags a checkable claim that nothing attributes.
var UnattributedClaim = &analysis.Rule{
	ID: "attribution/unattributed-claim",
	Doc: "A sentence makes a checkable claim (a statistic or count, a prediction, a statement of intent or " +
		"motive, an allegation, a causal claim, a comparison or record) and neither it nor its paragraph or " +
		"quote context says who says so. The reporter's plain description is left alone: a count seen at a " +
		"scene, public record, a schedule, a person's or a company's record.",
	Severity: analysis.Warning,
	Requires: requires,
	Run:      runUnattributed,
}

// OrphanQuote flags quoted speech with no speaker.
var OrphanQuote = &analysis.Rule{
	ID:       "attribution/orphan-quote",
	Doc:      "Quoted speech (not a short scare quote or a title) has no speaker in its sentence, its paragraph or the adjacent quote context.",
	Severity: analysis.Error,
	Requires: requires,
	Run:      runOrphan,
}

// VagueSource flags unnamed, generic sources.
var VagueSource = &analysis.Rule{
	ID:       "attribution/vague-source",
	Doc:      "The source is unnamed and generic (\"experts say\", \"critics argue\", \"reportedly\", \"sources say\"); anonymous but specific sources are fine. Extra phrases: vague_sources in the configuration.",
	Severity: analysis.Info,
	Requires: requires,
	Run:      runVague,
}

func runUnattributed(p *analysis.Pass) error {
	ss := p.ResultOf[sentences.Analyzer].(*sentences.Result)
	ts := p.ResultOf[tokens.Analyzer].(*tokens.Result)
	qs := p.ResultOf[quotes.Analyzer].(*quotes.Result)
	ar := p.ResultOf[Analyzer].(*Result)
	var sc scratch
	for i, s := range ss.Sentences {
		b := &p.Doc.Blocks[s.Block]
		if !linted(b.Kind) {
			continue
		}
		motiveOnly, partial := false, false
		if ar.Attributed(i) {
			switch a := &ar.Attributions[ar.OfSentence[i]]; {
			case a.Kind != Direct && a.Kind != Intent && a.Kind != Sourceless && ar.Unsourced(i):
				// A source carried from elsewhere does not answer a passive
				// of the sentence's own ("He is expected to ...").
			case a.Kind == Intent:
				motiveOnly = true // the actor's intent is sourced; a motive the writer gives it is not
			case a.Kind == Direct && a.Sentence == i:
				// The sentence's own attribution covers its content only:
				// "Harrow Homes has been accused of building fewer homes
				// than it promised" sources "promised", not the allegation.
				partial = true
			default:
				continue
			}
		}
		text := b.Text
		end := contentEnd(text, s.Start, s.End)
		if isQuestion(text[s.Start:s.End]) || quoted(qs, s) {
			continue
		}
		ws := sc.load(text, ts.Of(i))
		if speechIn(qs, s) || !motiveOnly && !partial && !ar.Unsourced(i) && sc.cueWord(ws[:sc.mainClause(text, ws)]) {
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
		kind, st, en := sc.claim(text, ws)
		if motiveOnly {
			kind, st, en = sc.motive(ws)
		}
		if kind == NoClaim || partial && !sc.subordinateSource(ar, i, ws, en) {
			continue
		}
		evidence := text[ws[st].s:ws[en-1].e]
		p.ReportSpan(s.Block, s.Start, end, "unattributed "+kind.String()+" (\""+evidence+"\"): no source in this sentence, "+
			"its paragraph or its quote context says so; add who says so: '..., according to X'")
	}
	return nil
}

// mainClause returns the end of the words before a clause that follows a
// claim and has a subject of its own ("... the third in two years in which
// a tribunal has found ...", "... fewer sailings than it promised"): a cue
// word in that clause speaks for the clause only. Without a claim before
// such a clause: all the words.
func (sc *scratch) mainClause(text string, ws []word) int {
	kind, _, en := sc.claim(text, ws)
	if kind == NoClaim {
		return len(ws)
	}
	for j := en; j+1 < len(ws); j++ {
		if ws[j].punc == 0 && subordinators[sc.lowOf(&ws[j])] && ws[j+1].punc == 0 && (ws[j+1].cls&(cPronoun|cPerson) != 0 || articles[sc.lowOf(&ws[j+1])] || ws[j+1].cap) {
			return j
		}
	}
	return len(ws)
}

// subordinateSource reports whether every attribution made in sentence i
// has its source inside a clause that follows the claim ending at word
// en: after "than", "which", "who", "where" ("has been accused of
// building fewer homes than it promised", "the third in two years in
// which a tribunal has found"): the source speaks for that clause, not for
// the claim before it.
func (sc *scratch) subordinateSource(ar *Result, i int, ws []word, en int) bool {
	k, _ := slices.BinarySearchFunc(ar.Attributions, i, func(a Attribution, i int) int { return a.Sentence - i })
	any := false
	for ; k < len(ar.Attributions) && ar.Attributions[k].Sentence == i; k++ {
		a := &ar.Attributions[k]
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
		j := en
		for j < len(ws) && ws[j].s < a.Source.Start {
			j++
		}
		if j < 1 || j <= en || ws[j-1].punc != 0 || !subordinators[sc.lowOf(&ws[j-1])] {
			return false
		}
	}
	return any
}

var subordinators = map[string]bool{"than": true, "which": true, "who": true, "whom": true, "whose": true, "where": true,
	"unless": true, "until": true, "because": true, "once": true}

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

func runOrphan(p *analysis.Pass) error {
	ss := p.ResultOf[sentences.Analyzer].(*sentences.Result)
	qs := p.ResultOf[quotes.Analyzer].(*quotes.Result)
	ar := p.ResultOf[Analyzer].(*Result)
	// A chain is attributed when any sentence it touches is.
	attributed := make(map[int]bool)
	for i, s := range ss.Sentences {
		if !ar.Attributed(i) {
			continue
		}
		at := &ar.Attributions[ar.OfSentence[i]]
		for _, q := range qs.Of(s.Block) {
			if q.End > s.Start && q.Start < s.End && !(at.HasSource && at.Kind != Direct && at.Kind != Intent && addresses(p.Doc.Blocks[s.Block].Text, &q, speakerText(p.Doc, ss, at))) {
				attributed[q.Chain] = true
			}
		}
	}
	ts := p.ResultOf[tokens.Analyzer].(*tokens.Result)
	var sc scratch
	for qi := range qs.Quotes {
		q := &qs.Quotes[qi]
		if q.Chain != qi || q.Scare || q.Words < 3 || attributed[qi] || !linted(p.Doc.Blocks[q.Block].Kind) {
			continue
		}
		text := p.Doc.Blocks[q.Block].Text
		told := toldNoAgent(text[:q.Start])
		if !(standsAlone(text, q.Start) || told) || named(text, q) {
			continue // a partial quote inside the writer's sentence, a title
		}
		if told {
			// The passive's "told" is no speaker; a tag after the quote is.
			if tagged(text, qs.Of(q.Block)) {
				continue
			}
		}
		named := text[:q.Start]
		if strings.TrimSpace(named) == "" && q.Block > 0 {
			named = p.Doc.Blocks[q.Block-1].Text // a quote paragraph: the speaker named before it
		}
		to := addressee(text, q, named)
		if !told && to == "" && speakerNearby(p, ss, ts, qs, ar, &sc, q) {
			continue // precision first: a cue the analysis could not resolve
		}
		msg := "quotation with no speaker: name who said it in the sentence, or in the paragraph right before the quote"
		if to != "" {
			msg = "quotation with no speaker: it speaks to " + to + ", so it is not " + to + "'s words; name who said it"
		}
		if told {
			msg = "quotation with no speaker: the passive \"told\" does not say who told them; name who said it"
		}
		p.ReportSpan(q.Block, q.Start, q.End, msg)
	}
	return nil
}

// addresses reports whether a quote speaks to a person named in named:
// a capitalised word set off by a comma at the start or the end of one of
// its sentences ("“Again, Ailsa. Until it's boring.”" after "Ailsa
// Drummond said ..."; "“Stefan, is your job safe?”"). Whoever says it,
// it is not that person.
func addresses(text string, q *quotes.Quote, named string) bool {
	return addressee(text, q, named) != ""
}

// addressee returns the name a quote addresses that named holds, or "".
func addressee(text string, q *quotes.Quote, named string) string {
	if named == "" {
		return ""
	}
	inner := text[q.InnerStart:q.InnerEnd]
	check := func(w string) bool {
		if len(w) < 2 || !unicode.IsUpper(rune(w[0])) {
			return false
		}
		for i := 0; ; {
			j := strings.Index(named[i:], w)
			if j < 0 {
				return false
			}
			j += i
			if (j == 0 || !isLetter(named[j-1])) && (j+len(w) == len(named) || !isLetter(named[j+len(w)])) {
				return true
			}
			i = j + len(w)
		}
	}
	if strings.ContainsAny(inner, "‘\"“") || strings.Contains(inner, " '") || strings.HasPrefix(inner, "'") {
		return "" // a quote inside the quote: its vocatives are that speech's ("they'll say, 'Mr. Khan, ...'")
	}
	sents := strings.FieldsFunc(inner, func(r rune) bool { return r == '.' || r == '!' || r == '?' })
	for k, sent := range sents {
		if k > 0 && honorific(sents[k-1]) {
			continue // "Mrs. Clinton, the ...": not a sentence start
		}
		sent = strings.TrimSpace(sent)
		if c := strings.IndexByte(sent, ','); c > 0 && !strings.Contains(sent[:c], " ") && check(sent[:c]) {
			return sent[:c] // "Stefan, is your job safe"
		}
		if c := strings.LastIndexByte(sent, ','); c >= 0 {
			if w := strings.TrimSpace(sent[c+1:]); !strings.Contains(w, " ") && check(w) {
				return w // "Again, Ailsa"
			}
		}
	}
	return ""
}

// speakerText is the text that names an attribution's speaker: its source
// with the rest of its sentence up to the cue ("Councillor Derek Fane, the
// parish council's chairman, said").
func speakerText(d *document.Document, ss *sentences.Result, at *Attribution) string {
	sp := at.Source
	if at.Sentence >= 0 && at.Sentence < len(ss.Sentences) {
		if s := ss.Sentences[at.Sentence]; s.Block == sp.Block && s.Start < sp.Start && at.Cue.Block == sp.Block && at.Cue.Start > sp.Start {
			sp.Start = s.Start
		}
	}
	return spanText(d, sp)
}

// honorific reports whether text ends in a title that takes a full stop:
// "Mrs", "Dr", "Sen".
func honorific(text string) bool {
	f := strings.Fields(text)
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "St", "Prof", "Lt", "Col", "Sgt", "Capt", "Rev", "Jr", "Sr":
		return true
	}
	return false
}

func spanText(d *document.Document, sp Span) string {
	if sp.Block < 0 || sp.Block >= len(d.Blocks) || sp.End > len(d.Blocks[sp.Block].Text) || sp.Start >= sp.End {
		return ""
	}
	return d.Blocks[sp.Block].Text[sp.Start:sp.End]
}

func runVague(p *analysis.Pass) error {
	ar := p.ResultOf[Analyzer].(*Result)
	var extra []string
	if p.Config != nil {
		for _, v := range p.Config.VagueSources {
			if v = strings.ToLower(strings.TrimSpace(v)); v != "" {
				extra = append(extra, v)
			}
		}
	}
	for _, at := range ar.Attributions {
		if at.Kind != Direct && at.Kind != Intent && at.Kind != Sourceless {
			continue // carried: reported where it was made
		}
		text := p.Doc.Blocks[at.Cue.Block].Text
		vague := at.Vague
		span := at.Cue
		if at.HasSource {
			span = joinSpan(at.Source, at.Cue)
		}
		phrase := text[span.Start:span.End]
		if !vague && len(extra) > 0 {
			low := strings.ToLower(phrase)
			for _, v := range extra {
				if containsWords(low, v) {
					vague = true
					break
				}
			}
		}
		if !vague {
			continue
		}
		if at.HasSource {
			p.ReportSpan(span.Block, span.Start, span.End, "vague source \""+phrase+"\": name who says so, or say why the source cannot be named and how it knows")
		} else {
			p.ReportSpan(span.Block, span.Start, span.End, "\""+phrase+"\" names no source: say who reports or believes it")
		}
	}
	return nil
}

func joinSpan(a, b Span) Span {
	if a.Block != b.Block {
		return b
	}
	return Span{a.Block, min(a.Start, b.Start), max(a.End, b.End)}
}

// containsWords reports whether phrase occurs in s on word boundaries.
func containsWords(s, phrase string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], phrase)
		if j < 0 {
			return false
		}
		j += i
		e := j + len(phrase)
		if (j == 0 || !isLetter(s[j-1])) && (e == len(s) || !isLetter(s[e])) {
			return true
		}
		i = j + 1
	}
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80 }

// speechIn reports whether a speech quote overlaps sentence s.
func speechIn(qs *quotes.Result, s sentences.Sentence) bool {
	for _, q := range qs.Of(s.Block) {
		if !q.Scare && q.End > s.Start && q.Start < s.End {
			return true
		}
	}
	return false
}

// cueWord reports whether a sentence holds a cue word in verb position, a
// noun that names what a source said, or a document.
func (sc *scratch) cueWord(ws []word) bool {
	for k := range ws {
		w := &ws[k]
		if w.punc != 0 || w.cap {
			continue
		}
		if k > 0 && ws[k-1].punc == 0 && articles[sc.lowOf(&ws[k-1])] && w.cls&(cNoun|cDocument) == 0 {
			continue // an adjective: "an estimated $31 million", "the reported deal"
		}
		if w.cls&cStrong != 0 && w.cls&cIntent == 0 && !ambiguous[sc.lowOf(w)] && (k == 0 || !beVerbs[sc.lowOf(&ws[k-1])] || strings.HasSuffix(sc.lowOf(w), "ing")) {
			return true
		}
		if w.cls&(cNoun|cDocument) != 0 && !(k+1 < len(ws) && ws[k+1].punc == 0 && places[sc.lowOf(&ws[k+1])]) && !sc.onRecord(ws, k) && !sc.measureOf(ws, k) && !sc.documentSubject(ws, k) {
			return true // "in a statement", "in the CBS poll"; not "polling places"
		}
		if w.cls&(cIntent|cStrong|cWeak) != 0 && k+1 < len(ws) && ws[k+1].punc == 0 && sc.lowOf(&ws[k+1]) == "that" && (k == 0 || !sc.nounBefore(&ws[k-1])) {
			return true // "leaders hope that", "Ozimek calculates that"
		}
		if n := sc.sourcelessAt(ws, k); n > 0 {
			return true
		}
	}
	return false
}

// documentSubject reports whether the document word at ws[k] is the
// subject of a copula, the thing the sentence describes rather than a
// source: "The ruling is the third in two years", "The report was
// delayed".
func (sc *scratch) documentSubject(ws []word, k int) bool {
	if ws[k].cls&cDocument == 0 || ws[k].cls&cNoun != 0 || !decisions[sc.lowOf(&ws[k])] || k+1 >= len(ws) || ws[k+1].punc != 0 {
		return false
	}
	switch sc.lowOf(&ws[k+1]) {
	case "is", "was", "are", "were", "has", "had", "will", "would":
		return k+2 < len(ws) && ws[k+2].punc == 0 && ws[k+2].cls&(cStrong|cWeak) == 0
	}
	return false
}

// decisions are documents that a sentence can describe as things; polls,
// surveys and data stay sources wherever they stand ("where exit polls
// were conducted").
var decisions = map[string]bool{"ruling": true, "decision": true, "verdict": true, "judgment": true, "order": true,
	"bill": true, "law": true, "plan": true, "proposal": true, "lawsuit": true, "petition": true, "application": true}

// measureOf reports whether "numbers" or "figures" at ws[k] is a measure
// of something ("a fall in tourist numbers", "weak sales figures"), not
// a document that speaks ("the latest figures show").
func (sc *scratch) measureOf(ws []word, k int) bool {
	if !sc.is(&ws[k], "numbers") && !sc.is(&ws[k], "figures") || k == 0 || ws[k-1].punc != 0 || ws[k-1].cap && k > 1 {
		return false
	}
	if k+1 < len(ws) && ws[k+1].punc == 0 && !prepositions[sc.lowOf(&ws[k+1])] {
		return false // "sales figures show"
	}
	l := sc.lowOf(&ws[k-1])
	return !articles[l] && !possessive(l) && !documentAdjectives[l]
}

var prepositions = map[string]bool{"in": true, "for": true, "on": true, "at": true, "of": true, "across": true,
	"from": true, "over": true, "along": true, "around": true, "since": true, "have": true, "has": true}

// documentAdjectives before "figures" or "numbers" make them a document:
// "the latest figures", "official numbers".
var documentAdjectives = map[string]bool{"official": true, "latest": true, "new": true, "recent": true, "these": true,
	"those": true, "such": true, "provisional": true, "preliminary": true, "final": true, "published": true, "government": true}

// articles before a cue word make it an adjective, not a verb.
var articles = map[string]bool{"a": true, "an": true, "the": true}

// onRecord reports whether "record" at ws[k] is no document: "on record",
// "a record high".
func (sc *scratch) onRecord(ws []word, k int) bool {
	if !sc.is(&ws[k], "record") && !sc.is(&ws[k], "records") {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-2 && ws[j].punc == 0; j-- {
		if l := sc.lowOf(&ws[j]); superlative(l) || l == "safety" || l == "track" {
			return true // "one of the worst safety records", "a track record"
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

// recordsBegan after "records" make them a span of time: "since records
// began", "when records started".
var recordsBegan = map[string]bool{"began": true, "begin": true, "started": true, "start": true}

// places after a document or speech noun make it a place or a thing, not
// a source: "polling places", "survey sites", "the post office".
var places = map[string]bool{
	"place": true, "places": true, "station": true, "stations": true, "location": true,
	"locations": true, "booth": true, "booths": true, "site": true, "sites": true,
	"office": true, "offices": true, "box": true, "boxes": true,
}

// standsAlone reports whether a quote opening at text[start] starts its
// sentence: at the start of the block, after sentence punctuation, or
// after a colon or a dash.
func standsAlone(text string, start int) bool {
	i := start
	for i > 0 && (text[i-1] == ' ' || text[i-1] == '\t') {
		i--
	}
	if i == 0 {
		return true
	}
	switch text[i-1] {
	case '.', '!', '?', ':':
		return true
	case '"':
		return endsSentence(text[:i-1]) // not in a list: "ambassador," "attack,"
	case '\'':
		return i > 1 && text[i-2] == '\'' // ''
	}
	if strings.HasSuffix(text[:i], "”") {
		return endsSentence(text[:i-len("”")])
	}
	return strings.HasSuffix(text[:i], "—")
}

// toldNoAgent reports whether the writer's sentence before a quote is a
// passive "told" with no one who told: "Drivers were told to “...”",
// "Staff had been told in an email to “...”": quoted words that someone
// said, with no speaker.
func toldNoAgent(before string) bool {
	from := max(strings.LastIndexAny(before, ".!?"), len(before)-160) + 1
	s := strings.ToLower(before[max(from, 0):])
	t := strings.LastIndex(s, " told ")
	if t < 0 || strings.Contains(s[t:], " by ") || strings.Contains(s[t:], " from ") {
		return false // "told by the mayor", "told in a letter from the board"
	}
	passive := false
	for _, be := range []string{" was", " were", " been", " being", " are", " is"} {
		if strings.HasSuffix(s[:t], be) {
			passive = true
		}
	}
	rest := strings.TrimRight(s[t:], " ")
	return passive && (strings.HasSuffix(rest, " to") || strings.HasSuffix(rest, " that") || strings.HasSuffix(rest, ":"))
}

// endsSentence reports whether text ends with sentence punctuation.
func endsSentence(text string) bool {
	if text == "" {
		return false
	}
	c := text[len(text)-1]
	return c == '.' || c == '!' || c == '?'
}

// named reports whether a quote is a name or a title used in the writer's
// sentence: its words end without punctuation and a word follows the
// closing mark ("“Orange Is the New Black” star Dana Ruiz").
func named(text string, q *quotes.Quote) bool {
	inner := strings.TrimRight(text[q.InnerStart:q.InnerEnd], " ")
	if inner == "" || strings.ContainsAny(inner[len(inner)-1:], ".,!?;:-") || strings.HasSuffix(inner, "…") {
		return false
	}
	after := text[q.End:]
	if !strings.HasPrefix(after, " ") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(after, " "))
	return unicode.IsLetter(r)
}

// speakerNearby reports whether a cue word outside quotes names a speaker
// the analysis did not tie to the quote that opens at q.Start of block b:
// anywhere in b; in the block before when the quote opens its paragraph
// (or that block ends with a colon); two blocks before when the block
// between is itself a quote paragraph (a speaker's quotes run on); in the
// first sentence of the block after when the quote ends its paragraph.
// Narration before the quote in its own paragraph cuts it off from the
// paragraphs before.
func speakerNearby(p *analysis.Pass, ss *sentences.Result, ts *tokens.Result, qs *quotes.Result, ar *Result, sc *scratch, q *quotes.Quote) bool {
	b := q.Block
	bt := p.Doc.Blocks[b].Text
	opens := strings.TrimSpace(bt[:q.Start]) == ""
	ends := strings.TrimSpace(strings.TrimRight(bt[q.End:], " .,\"'”’")) == ""
	if introduced(bt[:q.Start]) || tagged(bt, qs.Of(b)) {
		return true
	}
	if q.Closed && soundOnly(strings.TrimLeft(bt[q.End:], " ")) {
		return false // "“...?” came from the back row": said by no one named
	}
	if before := strings.TrimSpace(bt[:q.Start]); strings.HasSuffix(before, ":") && !strings.ContainsAny(before[:len(before)-1], ".!?") && unnamedVoice(before[:len(before)-1]) {
		return false // "Question from the floor: “...”": the intro says no one named spoke
	}
	// Words after the quote in its paragraph are a statement of their own
	// ("“Bring back Des!” The judge reminded those in the seats ..."),
	// unless they are its tag cut off by a full stop ("“...” Trump said.")
	// or point back at it ("That quote from Thomas Krebs appeared ...").
	tagAfter := backTag(strings.TrimLeft(bt[q.End:], " "))
	var buf [8]int // on the stack: at most eight blocks
	blocks := append(buf[:0], b)
	// The paragraph before, and the one before that when it is a quote
	// paragraph; further up only through a quote that runs on unclosed
	// from paragraph to paragraph, to the one that opens it ("Dr. Ward
	// stated:" and three paragraphs of her statement, each opening with a
	// quotation mark that only the last one closes).
	for j := b - 1; opens && j >= 0 && len(blocks) < len(buf) && linted(p.Doc.Blocks[j].Kind); j-- {
		prev := strings.TrimSpace(p.Doc.Blocks[j].Text)
		if strings.HasSuffix(prev, ":") && !unnamedVoice(prev[:len(prev)-1]) {
			return true
		}
		if j == b-1 && ar.agencyLede(p.Doc, j) {
			break // "..., the regional emergency service said." / "“We played cards ...”"
		}
		blocks = append(blocks, j)
		if !quoteParagraph(prev) || j < b-1 && !runsOn(qs.Of(j)) {
			break
		}
	}
	if ends && b+1 < len(p.Doc.Blocks) && creditLine(p.Doc.Blocks[b+1].Text) {
		return true // "Charles Chamberlain, Democracy for America."
	}
	for _, blk := range blocks {
		if blk < 0 || blk >= len(p.Doc.Blocks) || !linted(p.Doc.Blocks[blk].Kind) {
			continue
		}
		text := p.Doc.Blocks[blk].Text
		last := ss.First[blk+1]
		if blk == b+1 {
			last = min(last, ss.First[blk]+1) // its first sentence
		}
		for i := ss.First[blk]; i < last; i++ {
			ws := sc.load(text, ts.Of(i))
			if blk == b && ss.Sentences[i].Start >= q.End && !tagAfter {
				break
			}
			for k := range ws {
				w := &ws[k]
				speech := cStrong | cWeak
				if blk == b && w.s < q.Start {
					speech |= cNoun // "a fairly measured comment about it: “...”"
				}
				if w.punc != 0 || w.cls&speech == 0 || qs.At(blk, w.s) >= 0 || !sc.speechWord(ws, k) {
					continue
				}
				if blk == b && w.s >= q.End && !tagAfter {
					break
				}
				if _, ok := needTail[sc.lowOf(w)]; ok {
					continue // "spoke at noon" names no speaker of a quote
				}
				if sc.is(w, "told") && k > 0 && ws[k-1].punc == 0 && beVerbs[sc.lowOf(&ws[k-1])] {
					continue // "Ushers had been told to": no one who told
				}

				return true
			}
		}
	}
	return false
}

// backTag reports whether a sentence after a quote is its tag: a short
// "Trump said." or one that opens on the quote itself ("That quote from
// ...", "Those words came from ...").
func backTag(after string) bool {
	if i := strings.IndexAny(after, ".!?"); i >= 0 {
		after = after[:i]
	}
	f := strings.Fields(strings.ToLower(after))
	if len(f) <= 4 {
		return true
	}
	if tagVerbs[strings.TrimRight(f[1], ",")] || len(f) > 2 && f[1] == "went" && strings.TrimRight(f[2], ",") == "on" {
		return true // "Trump went on, as if he didn't hear her", "Ward said on Monday"
	}
	return (f[0] == "that" || f[0] == "this" || f[0] == "those" || f[0] == "the") && quoteNouns[f[1]]
}

// tagVerbs after a name make the words after a quote its tag.
var tagVerbs = map[string]bool{"said": true, "says": true, "added": true, "asked": true, "shouted": true, "yelled": true,
	"cried": true, "told": true, "replied": true, "continued": true, "insisted": true, "quipped": true, "joked": true,
	"recalled": true, "wrote": true, "tweeted": true, "declared": true, "exclaimed": true, "responded": true}

var quoteNouns = map[string]bool{"quote": true, "quotation": true, "remark": true, "words": true, "comment": true, "line": true}

// introduced reports whether the text before a quote in its paragraph
// ends with a colon or a dash: "the Christie supporter retorted:",
// "Article 33 affirms:". Whatever the verb, the writer introduces a speaker
// or a text.
func introduced(before string) bool {
	before = strings.TrimRight(before, " \t")
	if strings.HasSuffix(before, ":") {
		return !unnamedVoice(before[:len(before)-1])
	}
	return before != "" && (strings.HasSuffix(before, "—") || strings.HasSuffix(before, " -"))
}

// unnamedVoice reports whether the words before a colon that introduces a
// quote say only that someone spoke: "Question from the floor:", "A voice
// from the back:", "A shout went up:".
func unnamedVoice(intro string) bool {
	if i := strings.LastIndexAny(intro, ".!?”\""); i >= 0 {
		intro = intro[i+1:]
	}
	f := strings.Fields(strings.ToLower(intro))
	if len(f) > 1 && f[0] == "from" {
		return true // "From the kitchen doorway:", "From the floor:"
	}
	if len(f) > 1 && (f[0] == "a" || f[0] == "an" || f[0] == "the" || f[0] == "one") {
		f = f[1:]
	}
	return len(f) > 0 && unnamedVoices[strings.TrimRight(f[0], ",")]
}

var unnamedVoices = map[string]bool{"question": true, "voice": true, "shout": true, "cry": true, "chant": true,
	"heckle": true, "heckler": true, "someone": true, "somebody": true, "another": true, "reply": true}

// tagged reports whether a quote of the paragraph is followed by a speaker
// tag the lexicon may not know: a "— Name" credit, or words after a quote
// that ends in a comma, "!" or "?" inside the marks ("“Go back,” Trump
// barked", "“This is fantastic!” beamed a delegate").
func tagged(text string, qs []quotes.Quote) bool {
	for _, q := range qs {
		if q.Scare || !q.Closed {
			continue
		}
		if credited(text[q.End:]) {
			return true
		}
		inner := strings.TrimRight(text[q.InnerStart:q.InnerEnd], " ")
		if !strings.HasSuffix(inner, ",") && !strings.HasSuffix(inner, "!") && !strings.HasSuffix(inner, "?") {
			continue
		}
		after := strings.TrimLeft(text[q.End:], " ")
		if r, _ := utf8.DecodeRuneInString(after); unicode.IsLetter(r) && !soundOnly(after) &&
			(strings.HasSuffix(inner, ",") || unicode.IsLower(r) || backTag(after)) {
			return true // not a new sentence after "!": "“Bring back Des!” The judge reminded those in the seats ..."
		}
	}
	return false
}

// soundOnly reports whether the words after a quote say where it came
// from but not who said it: "came from the back row", "rang out".
func soundOnly(after string) bool {
	for _, p := range []string{"came from ", "rang out", "went up", "echoed ", "could be heard"} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// creditLine reports whether a paragraph after a quote paragraph is its
// credit: a "— Name" line, or a short "Name, Organisation." line. A
// speaker named in an ordinary sentence of the next paragraph ("The
// council said in a statement ...") is not the quote's: measured on the
// blind labelled rounds, that guard silenced a third of the true orphans.
func creditLine(text string) bool {
	text = strings.TrimSpace(text)
	if credited(text) || strings.HasPrefix(text, "-") && len(text) > 1 && unicode.IsUpper(rune(text[1])) {
		return true
	}
	words := strings.Fields(text)
	r, _ := utf8.DecodeRuneInString(text)
	return len(words) <= 8 && unicode.IsUpper(r) && strings.Contains(text, ",") && !strings.ContainsAny(text, "\"“”")
}

// credited reports whether the text after a quote opens with a "— Name"
// credit.
func credited(after string) bool {
	rest, ok := cutDash(strings.TrimLeft(after, " "))
	if !ok {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " "))
	return unicode.IsUpper(r)
}

// cutDash returns s after the dash it opens with ("—", "–", "―", "--").
func cutDash(s string) (string, bool) {
	for _, d := range []string{"—", "–", "―", "--"} {
		if rest, ok := strings.CutPrefix(s, d); ok {
			return rest, true
		}
	}
	return s, false
}

// quoteParagraph reports whether a paragraph opens with a quotation mark.
// runsOn reports whether a paragraph's first quote is left open at its
// end, to run on into the next paragraph.
func runsOn(qs []quotes.Quote) bool {
	return len(qs) > 0 && !qs[0].Closed
}

func quoteParagraph(text string) bool {
	return strings.HasPrefix(text, "\"") || strings.HasPrefix(text, "“") || strings.HasPrefix(text, "''")
}
