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
	"github.com/attrlint/attrlint/rules/wordtable"
)

func runOrphan(p *analysis.Pass) error {
	ss := p.ResultOf[sentences.Analyzer].(*sentences.Result)
	qs := p.ResultOf[quotes.Analyzer].(*quotes.Result)
	ar := p.ResultOf[Analyzer].(*Result)
	// A chain is attributed when any sentence it touches is, by more than
	// a passive that names no one ("“...,” it was claimed on a phone-in").
	attributed := make(map[int]bool)
	nameless := make(map[int]string) // chain: the sourceless cue or the nameless source that is its only tag
	for i, s := range ss.Sentences {
		if !ar.Attributed(i) || !quoteIn(qs, s) {
			continue // only a sentence with a quote in it can attribute one
		}
		at := &ar.Attributions[ar.OfSentence[i]]
		if at.Kind == Lede {
			continue // a lede's claims are sourced later; a quote in it still needs its speaker there
		}
		if src := spanText(p.Doc, at.Source); at.HasSource && nobody(src) && !(groupVoice(src) && groupSpoke(p.Doc, ss, ar, sentenceAt(ss, at.Cue.Block, at.Cue.Start))) {
			for _, q := range qs.Of(s.Block) {
				if q.End > s.Start && q.Start < s.End && !(at.Kind != Direct && credited(p.Doc.Blocks[s.Block].Text[q.End:])) {
					nameless[q.Chain] = spanText(p.Doc, at.Source) // not a quote with its own "— Name" credit after "someone asked" in the paragraph before
				}
			}
			continue // "someone shouted: “...”", "“...,” said a voice from behind the coat rail": no one named
		}
		if sl := ar.onlySourceless(i); sl != nil && strings.Contains(spanText(p.Doc, sl.Cue), " ") {
			for _, q := range qs.Of(s.Block) {
				if q.End > s.Start && q.Start < s.End {
					nameless[q.Chain] = spanText(p.Doc, sl.Cue)
				}
			}
			continue
		}
		for _, q := range qs.Of(s.Block) {
			if bt := p.Doc.Blocks[s.Block].Text; cameQuote(bt, &q) || q.Closed && !sentenceAfter(bt, &q) && unnamedTag(bt[q.End:]) != "" && !groupTag(p.Doc, ss, ar, &q) || unnamedIntro(bt[:q.Start]) != "" {
				continue // "From the bar came “...” before Drabble had read out the answer": Drabble speaks for the answer, not the quote
			}
			if q.End > s.Start && q.Start < s.End && !(at.HasSource && at.Kind != Direct && at.Kind != Intent && addresses(p.Doc.Blocks[s.Block].Text, &q, speakerText(p.Doc, ss, at))) {
				attributed[q.Chain] = true
			}
		}
	}
	lede := firstParagraph(p.Doc)
	sc := newScratch(ar.lex)
	reported := make([]bool, len(qs.Quotes))
	for qi := range qs.Quotes {
		q := &qs.Quotes[qi]
		text := p.Doc.Blocks[q.Block].Text
		tag, sound, subject := unnamedIntro(text[:q.Start]), false, false
		if tag != "" && pauseIntro(text[:q.Start]) && qi > 0 && qs.Quotes[qi-1].Block == q.Block && !reported[qi-1] {
			tag = "" // "Mrs Scorer gave the answer: “...” Then, after a pause: “...”": the same voice going on; not after a shout no one gave
		}
		before := strings.TrimRight(text[:q.Start], " ")
		sound = tag != "" && (strings.HasSuffix(before, ",") || heardParticiples[lastWord(before)] || shoutedBy(before) != "") // "someone can be heard shouting, “...”", "a voice can be heard screaming “...”", "Someone near the front called out “...”"
		if tag == "" && q.Closed {
			tag = soundOf(text, q)
			sound = tag != "" // the quote is what a shout or a cry said
		}
		if q.Closed && tag == "" && !sentenceAfter(text, q) {
			tag = unnamedTag(text[q.End:]) // its own tag names no one, whatever its chain says
			if tag != "" && (groupTag(p.Doc, ss, ar, q) || ownedIntro(text[:q.Start])) {
				tag = "" // "Four runners ... told Northline ..." / "“...,” one of them said.": one of the group that spoke; "the crowd’s answer, “We will remember them,” came back": the crowd's
			}
			if tag == "" {
				tag = joinedTag(text, qs.Of(q.Block), q) // “Shame on you!” and “Shame on the trust!” were shouted
			}
			subject = tag != "" // the quote is the subject of its own nameless tag
		}
		if tag == "" && (q.Chain != qi || attributed[qi]) || q.Scare && !(subject && firstPerson(text[q.InnerStart:q.InnerEnd])) || q.Words < 3 && !spokenShort(text, q, tag) || !linted(p.Doc.Blocks[q.Block].Kind) {
			continue // a short quote is speech only when shouted at no one named: "“Name one!” someone shouted"
		}
		if sloganQuote(p.Doc, q) {
			continue // a slogan or a poster's words, dated or named as one: "“No to Schengen” (2005)", "''The economy, stupid.''" / "... stuck that slogan to the wall"
		}
		if inCapitals(text[q.InnerStart:q.InnerEnd]) {
			continue // a sign, a notice, a banner: "someone had written in capitals: “TEAS AT TEN PAST FOUR”"
		}
		told := toldNoAgent(text[:q.Start]) || q.Closed && toldAfter(text[q.End:])
		if !(standsAlone(text, q.Start) || told || subject && afterClause(text[:q.Start]) || sound) || named(text, q) && !saidBefore(text[:q.Start]) && !subject {
			continue // a partial quote inside the writer's sentence, a title; not a quote with no end mark that is the subject of its own nameless tag ("“We paid twenty pounds to be nearly killed” was heard more than once in the queue")
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
		cue := nameless[qi]
		if tag != "" {
			cue = tag
		}
		if !told && to == "" && cue == "" && speakerNearby(p, ss, qs, ar, lede, &sc, q) {
			continue // precision first: a cue the analysis could not resolve
		}
		msg := "quotation with no speaker: name who said it in the sentence, or in the paragraph right before the quote"
		if to != "" {
			msg = "quotation with no speaker: it speaks to " + to + ", so it is not " + to + "'s words; name who said it"
		}
		if told {
			msg = "quotation with no speaker: the passive \"told\" does not say who told them; name who said it"
		}
		if cue != "" {
			msg = "quotation with no speaker: \"" + cue + "\" names no one; name who said it"
		}
		p.ReportSpan(q.Block, q.Start, q.End, msg)
		reported[qi] = true
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
	if strings.IndexByte(inner, ',') < 0 {
		return "" // no vocative without a comma
	}
	if strings.ContainsAny(inner, "‘\"“") || strings.Contains(inner, " '") || strings.HasPrefix(inner, "'") {
		return "" // a quote inside the quote: its vocatives are that speech's ("they'll say, 'Mr. Khan, ...'")
	}
	prev := ""
	for rest := inner; rest != ""; {
		var sent string
		sent, rest = cutAny(rest, ".!?")
		after := prev
		prev = sent
		if honorific(after) {
			continue // "Mrs. Clinton, the ...": not a sentence start
		}
		sent = strings.TrimSpace(sent)
		if strings.IndexByte(sent, ',') < 0 {
			continue
		}
		// Each part set off by commas that is a name of one or two
		// capitalised words: "Stefan, is your job safe", "Again, Ailsa",
		// "Get your head up, Shan, you won that", "Mrs Varga, you've made
		// an old man very happy".
		for rest := sent; rest != ""; {
			part := rest
			if c := strings.IndexByte(rest, ','); c >= 0 {
				part, rest = rest[:c], rest[c+1:]
			} else {
				rest = ""
			}
			part = strings.TrimSpace(part)
			if sp := strings.IndexByte(part, ' '); sp > 0 && strings.IndexByte(part[sp+1:], ' ') < 0 && honorific(part[:sp]) {
				part = part[sp+1:] // "Mrs Varga"
			}
			if part != "" && !strings.Contains(part, " ") && part != "I" && check(part) {
				return part
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
	text = strings.TrimRight(text, " ")
	last := text[strings.LastIndexByte(text, ' ')+1:]
	switch last {
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
	if strings.HasSuffix(text[:i], " came") || strings.HasSuffix(text[:i], " comes") {
		return true // "from the gallery came “Yes or no, Rufus?”": the quote is what came
	}
	if b := text[:i]; strings.HasSuffix(b, "\" and") || strings.HasSuffix(b, "” and") {
		// The second of two quotes "and" joins stands as the first does:
		// "“Shame on you!” and “Shame on the trust!” were shouted"; not
		// "placards reading “...” and “...”".
		b = strings.TrimSuffix(b, " and")
		open := strings.LastIndex(b[:len(b)-1], "\"")
		if strings.HasSuffix(b, "”") {
			open = strings.LastIndex(b, "“")
		}
		return open >= 0 && standsAlone(text, open)
	}
	return saidBefore(text[:i]) || strings.HasSuffix(text[:i], "—")
}

// saidBefore reports whether text, before a quote, ends on a verb of
// saying whose object the quote is: "someone off camera says “That's the
// same barge” as the flames reach the wheelhouse": what was said, whole,
// not a title, whatever follows it.
func saidBefore(text string) bool {
	text = strings.TrimRight(text, " ")
	for _, v := range [...]string{" says", " said", " shouts", " shouted", " yells", " yelled"} {
		if strings.HasSuffix(text, v) {
			return true
		}
	}
	return false
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

// toldAfter reports whether the words after a quote are a passive "told"
// or "asked" with no one who told or asked: `..., the jury was told
// during the trial.`, `"Is the wiggle legal now?" the stewards were asked`,
// `"Glue it on this time!" one of the photographers was told`.
func toldAfter(after string) bool {
	after = strings.TrimLeft(after, " ,")
	if len(after) > 11 && strings.EqualFold(after[:11], "one of the ") {
		after = after[7:] // "one of the photographers was told"
	}
	if len(after) < 4 || !strings.EqualFold(after[:4], "the ") {
		return false // most tags: no words split
	}
	if i := strings.IndexAny(after, ",.;:!?"); i >= 0 {
		after = after[:i]
	}
	f := strings.Fields(strings.ToLower(after))
	if len(f) >= 3 && f[0] == "the" && hearingBodies[f[1]] && f[2] == "heard" && !(len(f) > 3 && f[3] == "from") {
		return true // `"A death cap doesn't look dangerous," the jury heard on the first day`; not "the jury heard from Dr Reed"
	}
	return len(f) >= 4 && f[0] == "the" && (f[2] == "was" || f[2] == "were") && (f[3] == "told" || f[3] == "asked") && !(len(f) > 4 && f[4] == "by")
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
func speakerNearby(p *analysis.Pass, ss *sentences.Result, qs *quotes.Result, ar *Result, lede int, sc *scratch, q *quotes.Quote) bool {
	b := q.Block
	bt := p.Doc.Blocks[b].Text
	opens := strings.TrimSpace(bt[:q.Start]) == "" || whenIntro(bt[:q.Start])
	ends := strings.TrimSpace(strings.TrimRight(bt[q.End:], " .,\"'”’")) == ""
	if before := strings.TrimRight(bt[:q.Start], " "); strings.HasSuffix(before, " came") || strings.HasSuffix(before, " comes") {
		return false // "From the bar came “It's the Wenn!” before Drabble had read out the answer": what came, from no one named
	}
	if q.Closed && nobody(strings.TrimLeft(bt[q.End:], " ")) {
		return false // "“...!” someone called after her": a tag that names no one
	}
	if introduced(bt[:q.Start]) || tagged(bt, qs.Of(b)) || relatedBefore(bt[:q.Start]) {
		return true
	}
	if q.Closed && unnamedTag(bt[q.End:]) != "" {
		return false // "“...?” came from the back row": said by no one named
	}
	if before := strings.TrimSpace(bt[:q.Start]); strings.HasSuffix(before, ":") && unnamedVoice(before[:len(before)-1]) {
		return false // "Question from the floor: “...”": the intro says no one named spoke
	}
	// Words after the quote in its paragraph are a statement of their own
	// ("“Bring back Des!” The judge reminded those in the seats ..."),
	// unless they are its tag cut off by a full stop ("“...” Trump said.")
	// or point back at it ("That quote from Thomas Krebs appeared ...").
	tagAfter := false
	if after := strings.TrimLeft(bt[q.End:], " "); after != "" {
		if namedHowPut(firstSentenceOf(after)) {
			return true // "“...” That was how the chair of governors, Paul Istead, put it."
		}
		tagAfter = backTag(after) || opens && namedSubject(lastSentence(firstSentenceOf(after)))
		// "“I heard the windows go ...” Harriet Osei, who lives across the
		// river, said she had watched": the person named straight after a
		// quote that opens its paragraph.
	}
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
		if j == b-1 && ar.agencyLede(p.Doc, j, lede) {
			break // "..., the regional emergency service said." / "“We played cards ...”"
		}
		blocks = append(blocks, j)
		if !quoteParagraph(prev) || j < b-1 && !runsOn(qs.Of(j)) || unnamedVoiceBetween(p.Doc.Blocks[j].Text, qs.Of(j)) {
			break
		}
	}
	if opens && b > 0 && p.Doc.Blocks[b-1].Kind == document.Heading && namedHeadline(p.Doc.Blocks[b-1].Text) {
		return true // "Cecile Richards: ‘I’m Sick Of Being Told’" / "“[Trump’s] comments were outrageous ...”": the headline's speaker
	}
	if !opens && b > 0 && pronounSubject(lastSentence(strings.TrimSpace(bt[:q.Start]))) && quotedSpeaker(ss, qs, ar, b-1) {
		return true // "“I was shocked,” said Haines." / "But he was deported to Seoul. “The first week, I lived under a bridge.”": the speaker of the quote before, told of as "he"
	}
	if ends && b+1 < len(p.Doc.Blocks) && creditLine(p.Doc.Blocks[b+1].Text) {
		return true // "Charles Chamberlain, Democracy for America."
	}
	if inner := strings.TrimSpace(bt[q.InnerStart:q.InnerEnd]); q.Closed && signedLast(inner) {
		return true // "“... must not happen. Charles Chamberlain, Democracy for America.”": the statement signed inside its quotation marks
	}
	if opens && pausedSpeaker(p.Doc, ss, qs, ar, b) {
		return true // "“..., how are you today?” Miller said into the phone." / "She pauses." / "“Well, thank you so much.”": her call, between its pauses
	}
	for _, blk := range blocks {
		if blk < 0 || blk >= len(p.Doc.Blocks) || !linted(p.Doc.Blocks[blk].Kind) {
			continue
		}
		text := p.Doc.Blocks[blk].Text
		if blk == b-1 && opens && introducedLast(text, qs.Of(blk)) {
			return true // "Roche's lawyer, Lucan Ferrante, gave his view: “...”" / "“...”"
		}
		if blk < b && opens && namedSpoke(lastSentence(strings.TrimSpace(text))) {
			return true // "Trump spoke only in evasive bromides during the interview." / "“We have to do something.” “We have to be a lot tougher.”"
		}
		if blk == b-1 && opens && ends && speakerBefore(lastSentence(strings.TrimSpace(text))) {
			return true // "She had one piece of advice as she gave them to him." / "“They stick ...”"
		}
		if last := lastSentence(strings.TrimSpace(text)); blk == b-1 && opens && ends && (!unnamedVoiceBetween(text, qs.Of(blk)) || !strings.ContainsAny(last, "\"“”")) && surnameSubject(p.Doc, blk, last) {
			return true // "Varga gave the bronze arm one hard shake, and most of the swarm fell in." / "“There she goes. ...”"; also after a nameless quote earlier in that paragraph ("“...,” a voice said. Orme folded the bunting into his bag.")
		}
		last := ss.First[blk+1]
		if blk == b+1 {
			last = min(last, ss.First[blk]+1) // its first sentence
		}
		first := ss.First[blk]
		if blk == b-1 && opens {
			first = afterLastVoice(text, qs.Of(blk), ss, first, last)
		}
		for i := first; i < last; i++ {
			if nobody(text[ss.Sentences[i].Start:ss.Sentences[i].End]) || namelessTagIn(text, qs.Of(blk), ss.Sentences[i].Start, ss.Sentences[i].End) {
				continue // "Somebody on the government side muttered, “...”", "“...,” somebody said on the roof": no one named
			}
			ws := sc.load(i)
			if blk == b && ss.Sentences[i].Start >= q.End && !tagAfter {
				break
			}
			for k := range ws {
				w := &ws[k]
				if k > 0 && w.punc == 0 && sc.is(w, "word") && (sc.is(&ws[k-1], "last") || sc.is(&ws[k-1], "final")) {
					return true // "The last word went to Ollie Marsh, six." / "“I'm going to buy a real one.”"
				}
				if blk == b-1 && opens && i == last-1 && sc.askedWho(ws, k) {
					return true // "The vicar, the Rev Hester Quayle, was asked afterwards what the fund needed." / "“About forty more marrows.”": the answer
				}
				speech := cStrong | cWeak
				if blk == b && w.s < q.Start {
					speech |= cNoun // "a fairly measured comment about it: “...”"
				}
				if w.punc != 0 || w.cls&speech == 0 || qs.At(blk, w.s) >= 0 || !sc.speechWord(ws, k) || w.cls&cActHead != 0 && sc.actNotWords(ws, k) || sc.asExpected(ws, k) {
					continue // not a word of speech, or an act: "a song Goss wrote for the play", "as the chairman had feared it would"
				}
				if blk == b && w.s >= q.End && !tagAfter {
					break
				}
				if needsTail(sc.lowOf(w)) && !((blk == b-1 && opens || blk == b && w.s < q.Start) && k+1 < len(ws) && sc.is(&ws[k+1], "to") && addressed[sc.lowOf(w)]) {
					continue // "spoke at noon" names no speaker of a quote; "walked to the gate and spoke to the line." / "“We are leaving today.”" does
				}
				if k > 0 && ws[k-1].punc == 0 && ws[k-1].in(lBeVerbs) && !strings.HasSuffix(sc.lowOf(w), "ing") {
					continue // a passive: "Ushers had been told to", "it was claimed": no one who told
				}
				if k > 0 && ws[k-1].punc == ',' && strings.HasSuffix(sc.lowOf(w), "ed") && k+1 < len(ws) && reducedAfter[sc.lowOf(&ws[k+1])] {
					continue // a passive after its noun: "for the meeting, called after cars queued for three hours": no one who called
				}
				if chants[sc.lowOf(w)] && quotedAfter(qs.Of(blk), w.e, ss.Sentences[i].End, q) {
					continue // the chant is quoted in its sentence: "chanting “Open the gate.”" / "“They treat us like criminals.”"
				}

				return true
			}
		}
	}
	return false
}

// sloganQuote reports whether quote q is a slogan rather than speech:
// dated right after it like a title ("“Free pass for all? No.” (2007)"),
// or a paragraph of its own that the next paragraph names as a slogan
// ("“The economy, stupid.”" / "... may not have stuck that slogan to
// the wall").
func sloganQuote(d *document.Document, q *quotes.Quote) bool {
	text := d.Blocks[q.Block].Text
	if q.Closed {
		after := strings.TrimLeft(text[q.End:], " ")
		if len(after) >= 6 && after[0] == '(' && after[5] == ')' && strings.Trim(after[1:5], "0123456789") == "" {
			return true
		}
	}
	if strings.TrimSpace(text[:q.Start]) != "" || strings.TrimSpace(strings.TrimRight(text[q.End:], " .")) != "" || q.Block+1 >= len(d.Blocks) {
		return false
	}
	next := d.Blocks[q.Block+1].Text
	if i := strings.IndexAny(next, ".?!"); i > 0 {
		next = next[:i]
	}
	next = strings.ToLower(next)
	for _, w := range []string{"slogan", "motto", "mantra", "catchphrase", "rallying cry", "refrain"} {
		if strings.Contains(next, w) {
			return true
		}
	}
	return false
}

// namedHeadline reports whether a headline opens with a name and a colon,
// the speaker of the words after it: "Cecile Richards: ‘I’m Sick Of
// Men Telling Us What To Do’".
func namedHeadline(h string) bool {
	name, words, ok := strings.Cut(h, ": ")
	if !ok || !strings.ContainsAny(words[:min(len(words), 4)], "'‘\"“") {
		return false // the words after the colon are the name's quote
	}
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if !isUpper(w) {
			return false
		}
	}
	return true
}

// pronounSubject reports whether a sentence tells of one person, as "he"
// or "she", its subject: at its start or after an opening clause ("But
// after serving his sentence, he was deported"), or asked about ("Why
// was he out in the heat?"). Not with a second person in it ("while
// Amberley sweeps the floor", "One of them ... as she came down").
func pronounSubject(sentence string) bool {
	words := strings.Fields(sentence)
	if len(words) < 2 || strings.Contains(strings.ToLower(sentence), "one of") {
		return false
	}
	for i, w := range words[1:] {
		if isUpper(w) && !strings.HasSuffix(words[i], ".") && !placeBefore[strings.ToLower(words[i])] && !isUpper(words[i]) {
			return false // a second person named, or someone told of by name; not a place ("deported to South Korea")
		}
	}
	lead := 0
	if l := strings.ToLower(words[0]); l == "but" || l == "and" || l == "so" || l == "then" {
		lead = 1
	}
	for i := lead; i < len(words) && i <= lead+2; i++ {
		if subjectPronoun(words[i]) && (i == lead || askedAbout[strings.ToLower(words[lead])]) {
			return true // "He was deported", "Why was he out"
		}
	}
	for i := 0; i+1 < len(words); i++ {
		if strings.HasSuffix(words[i], ",") && subjectPronoun(words[i+1]) {
			return true // "But after serving a sentence, he was deported"
		}
	}
	return false
}

func subjectPronoun(w string) bool {
	w = strings.ToLower(w)
	return w == "he" || w == "she"
}

// askedAbout open a question about a person: "Why was he out".
var askedAbout = wordtable.Words(`why how what where when`)

// quotedSpeaker reports whether paragraph blk has a speaker: a sentence
// the analysis attributes to a source it names ("“I was shocked,” said
// Haines.", "Sales were great, he said.").
func quotedSpeaker(ss *sentences.Result, qs *quotes.Result, ar *Result, blk int) bool {
	for i := ss.First[blk]; i < ss.First[blk+1]; i++ {
		if ar.Attributed(i) {
			if at := &ar.Attributions[ar.OfSentence[i]]; at.HasSource && at.Kind != Lede {
				return true
			}
		}
	}
	return false
}

// afterLastVoice returns the first of the sentences first..last-1 of a
// paragraph that come after its last quote when no one named spoke that
// quote ("“...?” came from the queue"), or first: a quote paragraph after
// it carries on that nameless voice, not a speaker named earlier ("A
// notice at the foot of the tower said: “...”").
func afterLastVoice(text string, qs []quotes.Quote, ss *sentences.Result, first, last int) int {
	for i := last - 1; i >= first; i-- {
		st, en := ss.Sentences[i].Start, ss.Sentences[i].End
		for j := range qs {
			if qs[j].Start >= st && qs[j].End <= en {
				if namelessTagIn(text, qs, st, en) {
					return i + 1
				}
				return first
			}
		}
	}
	return first
}

// namelessTagIn reports whether a quote in the sentence from start to end
// has a tag after it that names no one: "“It's Venice with worse
// weather,” somebody said on the roof"; its verb of speech is no one's.
func namelessTagIn(text string, qs []quotes.Quote, start, end int) bool {
	for i := range qs {
		if q := &qs[i]; q.Closed && q.Start >= start && q.End < end {
			if after := text[q.End:end]; nobody(strings.TrimLeft(after, " ")) || unnamedTag(after) != "" {
				return true
			}
		}
	}
	return false
}

// asExpected reports whether the cue word ws[k] is a view in a clause of
// comparison (asViewed): "The debate then turned, as the chairman had
// feared it would, to scones"; no speaker of a quote.
func (sc *scratch) asExpected(ws []word, k int) bool {
	if !expectedViews[sc.lowOf(&ws[k])] {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-5 && ws[j].punc == 0; j-- {
		if sc.is(&ws[j], "as") {
			return true
		}
	}
	return false
}

// askedWho reports whether "was asked" at ws[k] has a named person as its
// subject: a quote paragraph after that sentence is the answer.
func (sc *scratch) askedWho(ws []word, k int) bool {
	if !sc.is(&ws[k], "asked") || k < 2 || !(sc.is(&ws[k-1], "was") || sc.is(&ws[k-1], "were")) {
		return false
	}
	for j := 1; j < k-1; j++ {
		if ws[j].punc == 0 && ws[j].cap {
			return true // "The vicar, the Rev Hester Quayle, was asked"
		}
	}
	return false
}

// addressed are the needTail verbs that, with "to", say someone spoke to
// listeners: the quote paragraph after gives the words.
var addressed = wordtable.Words(`spoke speaks talked`)

// chants are verbs of speaking in unison: a quote after them is the
// chant, unless the chant is quoted in their own sentence.
// reducedAfter are the time words after a participle that make it a
// passive after its noun, not a verb of speech: "the meeting, called
// after cars queued"; not "stood at the front, shouted at the crowd".
var reducedAfter = wordtable.Words(`after when last before earlier this`)

var chants = wordtable.Words(`chanting chanted chants chant`)

// quotedAfter reports whether a quote other than q opens in text[from:to].
func quotedAfter(qs []quotes.Quote, from, to int, q *quotes.Quote) bool {
	for i := range qs {
		if qs[i].Start >= from && qs[i].Start < to && qs[i].Start != q.Start {
			return true
		}
	}
	return false
}

// namedHowPut reports whether a sentence after a quote says whose words
// they were as "That was how <name> put it": "That was how the chair of
// governors, Paul Istead, put it when he reached the gate"; not "That was
// how it was put in the tea room", which names no one.
func namedHowPut(sentence string) bool {
	f := strings.Fields(sentence)
	if len(f) < 5 || !(f[0] == "That" || f[0] == "This") || f[1] != "was" || f[2] != "how" {
		return false
	}
	name := false
	for i := 3; i+1 < len(f) && i < 14; i++ {
		name = name || isUpper(f[i])
		if (f[i] == "put" || f[i] == "described" || f[i] == "summed") && strings.HasPrefix(f[i+1], "it") {
			return name
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
	var f [5]string // the first five words are enough
	named := 0      // how many words open on a capital or are a number: "Rosa Hennig, 71,"
	n := 0
	for _, w := range strings.SplitN(strings.TrimSpace(after), " ", 6) {
		if w == "" {
			continue
		}
		if n == len(f) {
			n++
			break
		}
		if named == n && (isUpper(w) || w[0] >= '0' && w[0] <= '9') {
			named++
		}
		f[n] = strings.ToLower(strings.TrimRight(w, ","))
		n++
	}
	if n >= 2 && n <= 3 && elliptical[f[n-1]] {
		return false // "“Right, everybody squeeze in!” They did.", "Neither crew did.": the quote's call answered, no tag
	}
	if n <= 4 {
		return true
	}
	if tagVerbs[f[1]] || f[1] == "went" && f[2] == "on" {
		return true // "Trump went on, as if he didn't hear her", "Ward said on Monday"
	}
	if named >= 2 && named < len(f) && tagVerbs[f[named]] {
		return true // "Rosa Hennig, 71, said that as she waited for a camp bed"
	}
	return (f[0] == "that" || f[0] == "this" || f[0] == "those" || f[0] == "the") && quoteNouns[f[1]]
}

// elliptical are the auxiliaries that end an answer: "They did.", "Nobody
// could."
var elliptical = wordtable.Words(`did didn't do does were
	was could couldn't would wouldn't had hadn't
	can can't will won't wasn't weren't`)

// tagVerbs after a name make the words after a quote its tag.
var tagVerbs = wordtable.Words(`said says added asked shouted yelled
	cried told replied continued insisted quipped joked
	recalled wrote tweeted declared exclaimed responded`)

var quoteNouns = wordtable.Words(`quote quotation remark words comment line`)

// introduced reports whether the text before a quote in its paragraph
// ends with a colon or a dash: "the Christie supporter retorted:",
// "Article 33 affirms:". Whatever the verb, the writer introduces a speaker
// or a text.
func introduced(before string) bool {
	before = strings.TrimRight(before, " \t")
	if timeStamp(before) {
		return false // a live blog's entry: "2.44pm: “...”" introduces no one
	}
	if strings.HasSuffix(before, ":") {
		// An intro that says only when ("Then, halfway through the slow
		// movement:") introduces no one: the quote's context decides
		// (speakerNearby).
		return !unnamedVoice(before[:len(before)-1]) && !whenIntro(before)
	}
	return before != "" && (strings.HasSuffix(before, "—") || strings.HasSuffix(before, " -"))
}

// wordsPromised reports whether a paragraph's last sentence says someone
// named had words to say, which the next paragraph, a quote alone, gives:
// "She had one piece of advice as she gave them to him.", "the town's
// mayor, Councillor Aled Morgan, who had prepared a few words."; not "a
// voice had a piece of advice", nor a sentence with a quote of its own.
func wordsPromised(sentence string) bool {
	if strings.ContainsAny(sentence, "\"“”") || nobody(sentence) || !containsAny(sentence, "advice", "words", "message", "remarks", "warning") {
		return false // most sentences: no words promised, and no split into words
	}
	f := strings.Fields(sentence)
	someone, words := false, false
	for i, w := range f {
		l := strings.ToLower(strings.Trim(w, ",.;:"))
		if i > 0 && isUpper(w) && !placeBefore[strings.ToLower(f[i-1])] || subjectPronouns[l] || i == 0 && isUpper(w) && strings.HasSuffix(w, ",") && !strings.HasSuffix(l, "ly") && !sentenceOpeners[l] {
			someone = true // "Hallam, handing out the last of the prizes, had a word of advice"; not "Later, the", nor "from as far as Calderby"
		}
		if l == "advice" || l == "words" && i > 1 && strings.ToLower(f[i-1]) == "few" || l == "message" || l == "remarks" || l == "warning" {
			words = true
		}
	}
	return someone && words
}

// sentenceOpeners are words that open a sentence before a comma and name
// no one: "Later,", "Outside,".
var sentenceOpeners = wordtable.Words(`then later afterwards outside inside still
	meanwhile again earlier now today yesterday there here however`)

// placeBefore are the words before a capitalised word that make it a
// place, not a person: "from as far as Calderby", "in Tesby".
var placeBefore = wordtable.Words(`from in at as to near of`)

// speakerBefore reports whether a paragraph's last sentence gives the
// speaker of a quote paragraph right after it: words promised, someone
// standing up to speak, or one person named as its subject.
func speakerBefore(last string) bool {
	return wordsPromised(last) || roseToSpeak(last) || namedSubject(last)
}

// namedSpoke reports whether a sentence tells how someone named spoke
// ("..., since Trump spoke only in evasive bromides during the
// interview."): the quotes in the paragraph after are what was said.
func namedSpoke(sentence string) bool {
	subject, prev := "", ""
	for w := range strings.FieldsSeq(sentence) {
		if prev != "" && spokeVerbs[prev] && spokeManners[w] && isUpper(subject) && !nobody(subject) && !strings.HasSuffix(subject, ",") && !subjectPronouns[strings.ToLower(subject)] && !strings.EqualFold(subject, "it") {
			return true
		}
		subject, prev = prev, w
	}
	return false
}

// spokeManners follow a verb of speaking to say how, not where or to
// whom: "spoke only in evasive bromides", "talked at length". Not "spoke
// at the gate": a place gives no speaker for the quote after it.
var spokeManners = wordtable.Words(`only in mostly briefly largely
	repeatedly again vaguely haltingly`)

var spokeVerbs = wordtable.Words(`spoke talked answered replied responded`)

// relatedBefore reports whether the sentence before a quote, in its
// paragraph, has someone relate or recount what the quote then gives:
// "The Christian leader further related that it had occurred to him that
// .... “I sensed ...”".
func relatedBefore(before string) bool {
	last := lastSentence(strings.TrimSpace(before))
	for _, v := range [...]string{" related that ", " recounted that ", " relayed that "} {
		if i := strings.Index(last, v); i > 0 && !nobody(last[:i]) {
			return true
		}
	}
	return false
}

// namedSubject reports whether a paragraph's last sentence opens on a
// person's full name, so that the next paragraph, a quote alone, is
// theirs: "Judge Cyril Amberley has judged the match since 1989.",
// "Outside, Len Carraway, 66, a retired bus mechanic, was waiting by the
// van."; not "Someone at the back", nor a sentence with a quote or a
// second name of its own.
func namedSubject(sentence string) bool {
	if strings.ContainsAny(sentence, "\"“”") || nobody(sentence) {
		return false
	}
	runs, run, first, place, at := 0, 0, -1, false, false
	i := 0
	for w := range strings.FieldsSeq(sentence) {
		bare := strings.TrimRight(w, ",.;:")
		if i == 0 {
			at = nameAfterPlace[bare] // "At Low Well the crowd thinned": a place after it
		}
		switch {
		case isUpper(w) && strings.IndexFunc(bare, unicode.IsLower) >= 0: // not "FULL TEXT."
			run++
			if run == 2 {
				runs++ // a second capitalised word in a row: a name
				if first < 0 {
					first = i
				}
			}
			if run >= 2 && (namePlaces[bare] || bare == "No" || at && first == 1) {
				place = true // "Aldric House", "School No. 14", "At Low Well": a place, no one to speak
			}
		default:
			run = 0
		}
		if strings.HasSuffix(w, ",") {
			run = 0 // "Outside," is no part of the name after it
		}
		i++
	}
	return runs == 1 && first <= 5 && !place
}

// appendFields appends the space-separated fields of s to dst, as
// strings.Fields would return them, without a slice of its own.
func appendFields(dst []string, s string) []string {
	for {
		s = strings.TrimLeft(s, " \t\n\r")
		if s == "" {
			return dst
		}
		i := strings.IndexAny(s, " \t\n\r")
		if i < 0 {
			return append(dst, s)
		}
		dst, s = append(dst, s[:i]), s[i:]
	}
}

// firstSentenceOf returns text up to and including its first full stop,
// question or exclamation mark followed by a space, or all of it.
func firstSentenceOf(text string) string {
	for i := 0; i+1 < len(text); i++ {
		if (text[i] == '.' || text[i] == '?' || text[i] == '!') && text[i+1] == ' ' {
			return text[:i+1]
		}
	}
	return text
}

// askedOthers reports whether a sentence asks others for something, so
// that the quote after it answers: "Mair asked for a recount of the
// bundles"; not "asked for quiet before he gave it", a speaker about to
// speak.
func askedOthers(sentence string) bool {
	i := strings.Index(sentence, "asked for ")
	if i < 0 {
		return false
	}
	w, _, _ := strings.Cut(sentence[i+len("asked for "):], " ")
	switch strings.Trim(w, ",.;") {
	case "quiet", "silence", "order", "calm", "attention", "hush":
		return false
	}
	return true
}

// surnameSubject reports whether a paragraph's last sentence opens on a
// surname that the story gave in full before block blk ("Marta Varga"),
// so that the quote paragraph after it is that person's: "Varga gave the
// bronze arm one hard shake."; not a sentence with a quote or a name of
// its own after it.
func surnameSubject(d *document.Document, blk int, sentence string) bool {
	var buf [48]string
	f := appendFields(buf[:0], sentence)
	if len(f) < 3 || !isUpper(f[0]) || strings.ContainsAny(sentence, "\"“”") || nobody(sentence) || containsAny(sentence, "not answer", "not reply", "not respond", "declined", "refused", "said nothing", "without a word", "not look up", "not speak", "stayed silent", "kept quiet") || askedOthers(sentence) {
		return false // "Sant did not answer and was taken to a waiting car.", "Castellane, gathering her papers, did not look up."; "Mair asked for a recount": the quote after is the answer, someone else's
	}
	name := strings.TrimRight(f[0], ",")
	if len(name) < 3 || strings.IndexFunc(name, unicode.IsLower) < 0 || isUpper(f[1]) {
		return false // "The", "FULL", "Marta Varga" (namedSubject's)
	}
	for _, w := range f[1:] {
		if isUpper(w) {
			return false // a second name: who spoke is unclear
		}
	}
	for j := max(0, blk-40); j < blk; j++ { // the story's own paragraphs, not a whole page's
		text := d.Blocks[j].Text
		for at := 0; ; {
			i := strings.Index(text[at:], " "+name)
			if i < 0 {
				break
			}
			i += at
			at = i + 1
			if r, _ := utf8.DecodeRuneInString(text[i+1+len(name):]); unicode.IsLetter(r) {
				continue // "Vargas", not "Varga"
			}
			if prevWord := lastWord(text[:i]); isUpper(prevWord) && !strings.HasSuffix(prevWord, ".") {
				return true // "Marta Varga"
			}
		}
	}
	return false
}

// namePlaces end the name of a place or a building, not a person's.
// nameAfterPlace are the prepositions that, opening a sentence, make the name after them a place.
var nameAfterPlace = wordtable.Words(`At In On Near Outside Inside Behind Beside`)

var namePlaces = wordtable.Words(`House Street Road School Hall Church
	Park Bridge Station Hospital Centre Center Square
	Court Lane Avenue Market Stadium Ground Airport`)

// placeName reports whether the capitalised word f[i] is part of a place's
// name: "Quay Road", "Aldric House".
func placeName(f []string, i int) bool {
	return namePlaces[strings.Trim(f[i], ",;.")] || i+1 < len(f) && namePlaces[strings.Trim(f[i+1], ",;.")]
}

// roseToSpeak reports whether a paragraph's last sentence has someone
// named stand up to speak, so that the next paragraph, a quote alone, is
// what they said: "Then a retired electrician, Hugh Dalby, stood up in the
// third row without waiting for the microphone."; not "Someone at the
// back stood up", nor a sentence with a quote of its own.
func roseToSpeak(sentence string) bool {
	if strings.ContainsAny(sentence, "\"“”") || nobody(sentence) || !containsAny(sentence, " stood up", " rose ", " rose to", " got up", " stepped forward", " took the microphone", " took the floor") {
		return false
	}
	first, rest, _ := strings.Cut(strings.TrimSpace(sentence), " ")
	second, _, _ := strings.Cut(rest, " ")
	for w := range strings.FieldsSeq(rest) {
		if isUpper(w) {
			return true // a name after the first word: "Hugh Dalby"
		}
	}
	// A name or a pronoun right before the verb: "Tolliver rose to
	// reply", "She stood up"; not "A man stood up".
	return risers[second] && !strings.EqualFold(first, "one") && !strings.EqualFold(first, "another")
}

// risers are the verbs of standing up to speak.
var risers = wordtable.Words(`rose stood got stepped took`)

// containsWord reports whether the space-separated words of s hold w:
// "a voice near the bus shelter called" holds "voice".
func containsWord(s, w string) bool {
	for _, f := range strings.Fields(s) {
		if strings.Trim(f, ",;:") == w {
			return true
		}
	}
	return false
}

// containsAny reports whether s contains one of subs.
func containsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// introducedLast reports whether a paragraph ends on a quote that a colon
// intro naming someone opens: the next paragraph's quote carries on what
// that speaker said ("Roche's lawyer, Lucan Ferrante, had his own view,
// and gave it to anyone holding out a microphone: “...”").
func introducedLast(text string, qs []quotes.Quote) bool {
	if len(qs) == 0 {
		return false
	}
	q := &qs[len(qs)-1]
	if strings.TrimSpace(strings.TrimRight(text[q.End:], " .,\"'”’")) != "" {
		return false
	}
	before := strings.TrimRight(text[:q.Start], " ")
	if !strings.HasSuffix(before, ":") || !introduced(before) || unnamedIntro(before) != "" {
		return false
	}
	f := strings.Fields(lastSentence(before[:len(before)-1]))
	for i, w := range f {
		if l := strings.ToLower(strings.Trim(w, ",;")); i > 0 && isUpper(w) || subjectPronouns[l] || l == "his" || l == "her" || l == "their" {
			return true // "Marchant stood up next, and his message was short:"
		}
	}
	return false
}

// timeStamp reports whether text is only a live blog's time stamp and the
// colon or dash after it: "2.44pm:", "14:05 -", "10am —".
func timeStamp(text string) bool {
	t := strings.TrimSpace(strings.TrimRight(text, ":-—– "))
	t = strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(t), "am"), "pm")
	t = strings.TrimSuffix(strings.TrimSuffix(t, "a.m."), "p.m.")
	t = strings.TrimSpace(t)
	digits, seps := 0, 0
	for _, c := range t {
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == ':':
			seps++
		default:
			return false
		}
	}
	return digits >= 1 && digits <= 4 && seps <= 1 && t != "" && t[0] != '.' && t[0] != ':'
}

// unnamedVoice reports whether the words before a colon that introduces a
// quote say only that someone spoke: "Question from the floor:", "A voice
// from the back:", "A shout went up:".
func unnamedVoice(intro string) bool {
	intro = lastSentence(intro)
	if i := strings.LastIndex(intro, ", from "); i >= 0 {
		if w, _, _ := strings.Cut(strings.ToLower(strings.TrimLeft(intro, " ")), " "); sceneOpeners[strings.Trim(w, ",")] && !slices.ContainsFunc(strings.Fields(intro[:i])[1:], isUpper) {
			intro = intro[i+2:] // "And, as the hall emptied, from the queue by the doors:": the place after the scene
		} else if strings.HasSuffix(intro[:i], " when") || strings.HasSuffix(intro[:i], " then") {
			intro = intro[i+2:] // "He had barely sat down when, from across the aisle:": what came from the place (or from a name after "from"), not from him
		}
	}
	orig := strings.Fields(intro)
	f := strings.Fields(strings.ToLower(intro))
	if len(f) > 2 && (f[0] == "and" || f[0] == "then" || f[0] == "but") && f[1] == "from" {
		orig, f = orig[1:], f[1:] // "And from the rails, loud enough for the judge to hear:"
	}
	if len(f) > 1 && f[0] == "from" {
		if isUpper(orig[1]) {
			return false // "From Bush's Facebook post:": a named source
		}
		for _, w := range f[1:] {
			if writings[strings.Trim(w, ",;")] {
				return false // "From the report:": a written source
			}
		}
		return true // "From the kitchen doorway:", "From the floor:"
	}
	if strings.Contains(intro, "without a name") || strings.Contains(intro, "without names") || strings.Contains(intro, "whose voice") || strings.HasSuffix(strings.TrimSpace(intro), "the word was") {
		return true // "Another message, left without a name on our live page:", "did not say whose voice came next:"
	}
	for i, w := range f {
		switch {
		case (w == "came" || w == "come" || w == "comes") && i == len(f)-1:
			return true // "Over the public address came:"
		case (w == "came" || w == "comes") && i > 0 && i+1 < len(f) && (f[i+1] == "the" || f[i+1] == "a" || f[i+1] == "an" || f[i+1] == "another"):
			return true // "Then, over the hubbub, came the question neither camp had prepared for:"
		case (w == "coming" || w == "came") && i+2 < len(f) && f[i+1] == "from" && f[i+2] == "the":
			return true // "marks the next remark only as coming from the public seats:"
		case strings.Trim(w, ",;") == "voice" && i > 0 && (f[i-1] == "a" || f[i-1] == "one" || f[i-1] == "second" || f[i-1] == "another" || f[i-1] == "third" || f[i-1] == "man's" || f[i-1] == "woman's" || f[i-1] == "child's" || f[i-1] == "single" || f[i-1] == "lone") && (i == len(f)-1 || voiceAfter[f[i+1]] || strings.HasSuffix(w, ",")):
			return true // "while a voice somewhere behind the camera carries over the gulls:", "a single voice over it:"; not "a voice coach"
		case unheard[strings.Trim(w, ",;")] && (i == 0 || !possessive(f[i-1])) && !namedAfter(orig[i+1:]) && !appositiveName(orig[i+1:]) && !ownedVoice(f[i+1:]) && (i == 0 || orig[i][0] < 'A' || orig[i][0] > 'Z') && !(i > 1 && namedSubject(intro)):
			return true // "a shout carries over from the far pavement:", "The message on the back is unsigned:", "somewhere in it:"; not "Alfie Hocking ... gave one verdict:"
		}
	}
	if len(f) > 1 && (f[0] == "a" || f[0] == "an" || f[0] == "the" || f[0] == "one") {
		f = f[1:]
	}
	return len(f) > 0 && unnamedVoices[strings.TrimRight(f[0], ",")]
}

// whenIntro reports whether the text before a quote in its paragraph is
// a colon intro that says only when: the quote opens its paragraph as far
// as its speaker goes.
func whenIntro(before string) bool {
	before = strings.TrimRight(before, " \t")
	return strings.HasSuffix(before, ":") && onlyWhen(strings.Fields(before[:len(before)-1]))
}

// onlyWhen reports whether a colon intro's words say only when or where
// a voice was heard: "Then, halfway through the slow movement:", "Moments
// later:", "At one point:"; not "Then, halfway through, Haddow leaned
// over:" (a name), "Then she turned to the players:" (a pronoun),
// "Halfway through, the chairman stood up:" (a verb), "In a statement:"
// (a writing). Unlike sceneIntro, which makes the quote no one's ("On the
// balcony, as the hall emptied:", a scene of its own), it leaves the
// speaker to the quote's context.
func onlyWhen(orig []string) bool {
	i := 0
	for i < len(orig) {
		if l := strings.ToLower(strings.TrimRight(orig[i], ",")); l != "and" && l != "then" && l != "later" {
			break
		}
		i++
	}
	if i >= len(orig) {
		return false
	}
	if lead := strings.ToLower(strings.Trim(orig[i], ",")); !whenOpeners[lead] && !placePrepositions[lead] {
		return false
	}
	clause := false // in a clause of time ("as the hall emptied"), whose verb is no speaker's
	for j := i; j < len(orig); j++ {
		w := orig[j]
		l := strings.ToLower(strings.Trim(w, ",;"))
		if timeClauses[l] {
			clause = true
		}
		if j > 0 && isUpper(w) && !placeName(orig, j) || subjectPronouns[l] || introPeople[l] || speechBeforeColon[l] || shoutedVerbs[l] || writings[l] || speakingNow[l] {
			return false
		}
		if !clause && (strings.HasSuffix(l, "ed") || pastVerbs[l]) {
			return false
		}
		if strings.HasSuffix(w, ",") {
			clause = false
		}
	}
	return true
}

// whenOpeners open a colon intro that says when: "Halfway through the
// second half:", "Moments later:".
var whenOpeners = wordtable.Words(`halfway midway partway moments seconds
	minutes shortly during`)

// pastVerbs are irregular past tenses that give an intro a verb of its
// own: "Moments later the chairman stood up:".
var pastVerbs = wordtable.Words(`stood rose sat spoke said began
	went took gave made told got ran wrote
	held left found thought felt saw heard put
	read broke threw shook drew struck leant knelt`)

// inCapitals reports whether a quotation's words are all in capital
// letters, as a sign's or a notice's are: "TEAS AT TEN PAST FOUR, NOT
// ‘ABOUT FOUR’.", "RAISE THE ROOF".
func inCapitals(inner string) bool {
	letters := 0
	for _, r := range inner {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return letters >= 6 && strings.Contains(strings.TrimSpace(inner), " ")
}

// sceneOpeners open the clause of time before a voice's place: "And, as
// the hall emptied, from the queue:", "Then, from the back:".
var sceneOpeners = wordtable.Words(`and then as while when later`)

// soundOf returns the words before a quote that make it a sound heard
// from no one named: "earned him a shout of “Where's the car?” from across
// the road", "a cry of “Courage!” went up", a chant that opens its clause;
// "" otherwise, or when the
// words after it name who made it ("a shout of “...” from Jane Holt").
func soundOf(text string, q *quotes.Quote) string {
	before := strings.TrimRight(text[:q.Start], " ")
	for _, n := range [...]string{"a shout of", "a cry of", "a call of", "a yell of", "a heckle of", "a scream of", "a shriek of"} { // one voice; not "chants of", a crowd's
		if len(before) >= len(n) && strings.EqualFold(before[len(before)-len(n):], n) && (len(before) == len(n) || before[len(before)-len(n)-1] == ' ') {
			if f := strings.Fields(before[:len(before)-len(n)]); len(f) > 0 && ownSound[strings.ToLower(f[len(f)-1])] {
				return "" // "Plaistow ended the night with a cry of “Sold!”": the subject's own
			}
			if namedAfter(strings.Fields(text[q.End:min(len(text), q.End+60)])) {
				return ""
			}
			return n
		}
	}
	if n := "a chant of"; len(before) >= len(n) && strings.EqualFold(before[len(before)-len(n):], n) {
		// A chant that opens its clause, the subject of what it did: "A
		// chant of “One more go!” started on the far bank", "Between the
		// two, a chant of “Light the back!” went up". Not one a group broke
		// into ("the queue broke into a chant of"), whose chanters are named.
		rest := strings.TrimRight(before[:len(before)-len(n)], " ")
		if (rest == "" || strings.HasSuffix(rest, ",") || strings.HasSuffix(rest, ".")) && !namedAfter(strings.Fields(text[q.End:min(len(text), q.End+60)])) {
			return n
		}
	}
	return ""
}

// firstPerson reports whether a short quote opens on "I" or "we": someone's
// words, not a scare quote ("“I'd want paying” was heard from further
// back").
func firstPerson(inner string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(inner, " "), " ")
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i] // "I'd", "we’re"
	}
	return strings.EqualFold(w, "i") || strings.EqualFold(w, "we")
}

// spokenShort reports whether a quote of one or two words is speech, not
// a scare quote: one unnamed voice said it ("“Traitor,” someone
// muttered", "“Don't start,” came the reply"), or called it out to no one
// named ("a cry of “Courage!”"), a crowd's chant too ("“Re-bake, re-bake!”
// went round the room", "“Encore, encore!” was chanted from the top of
// the slipway": the labelled sets' writers call it an orphan).
func spokenShort(text string, q *quotes.Quote, tag string) bool {
	someone := strings.Contains(tag, "someone") || strings.Contains(tag, "somebody") || strings.HasPrefix(tag, "came the reply") || strings.HasPrefix(tag, "came the answer")
	introduced := strings.HasSuffix(strings.TrimRight(text[:q.Start], " "), ":") // "Then, from the back of the bay: “Speech, Edna!”": a colon intro that names no one
	return someone || introduced && exclaimed(text, q) || exclaimed(text, q) && (oneVoice(tag) || strings.HasPrefix(tag, "came a shout") || strings.HasPrefix(tag, "came a cry") || strings.HasPrefix(tag, "went up") || strings.HasPrefix(tag, "went round") || strings.HasPrefix(tag, "rang ") || containsWord(tag, "voice") || containsWord(tag, "chant") || containsWord(tag, "chanted") && !containsWord(tag, "by")) || taggedComma(text, q) && (strings.HasPrefix(tag, "was the ") || strings.HasPrefix(tag, "came the ") || containsWord(tag, "voice")) ||
		(strings.HasSuffix(strings.TrimRight(text[q.InnerStart:q.InnerEnd], " "), "?") || exclaimed(text, q)) && (strings.HasPrefix(tag, "was heard") || strings.HasPrefix(tag, "was asked")) // "“Which families?” was heard from the front of the gallery", "“Stewards’ enquiry!” was heard from the back", "“Who’s he?” was asked in more than one pew": called out
}

// ownedIntro reports whether the words before a quote name whose words
// they are, as an appositive: "the crowd’s answer, “We will remember
// them,” came back louder", "his reply, “...”".
func ownedIntro(before string) bool {
	before = strings.TrimRight(before, " ")
	if !strings.HasSuffix(before, ",") {
		return false
	}
	f := strings.Fields(strings.TrimSuffix(before, ","))
	if len(f) < 2 || !tagNouns[strings.ToLower(f[len(f)-1])] {
		return false
	}
	return possessive(strings.ToLower(f[len(f)-2]))
}

// taggedComma reports whether a quote ends in a comma inside its marks, as
// speech before its tag does: "“Bring snacks,” was the advice".
func taggedComma(text string, q *quotes.Quote) bool {
	return strings.HasSuffix(strings.TrimRight(text[q.InnerStart:q.InnerEnd], " "), ",")
}

// oneVoice reports whether a nameless tag is one person's: "someone
// shouted", "a cry of"; not a crowd's ("went up", "rang out").
func oneVoice(tag string) bool {
	return strings.Contains(tag, "someone") || strings.Contains(tag, "somebody") || strings.HasPrefix(tag, "a shout") || strings.HasPrefix(tag, "a cry") || strings.HasPrefix(tag, "a call") || strings.HasPrefix(tag, "a yell") ||
		strings.HasPrefix(tag, "came the reply") || strings.HasPrefix(tag, "came the answer") || cameFrom(tag) ||
		strings.HasPrefix(tag, "was the reply") || strings.HasPrefix(tag, "was the answer") ||
		strings.HasPrefix(tag, "was called") || strings.HasPrefix(tag, "was shouted") || strings.HasPrefix(tag, "was yelled") ||
		strings.HasPrefix(tag, "followed every") || strings.HasPrefix(tag, "followed each") || // "“Slower, Gerry!” followed every one"
		strings.HasPrefix(tag, "followed them") || strings.HasPrefix(tag, "followed him") || strings.HasPrefix(tag, "followed her") // "“Good riddance!” followed them out"
}

// ownSound are the words before "a cry of" that make it the sentence's
// subject's: "with", "gave", "let out".
var ownSound = wordtable.Words(`with gave gives out and raised uttered give`)

// exclaimed reports whether a quote ends in "!" or "?" inside its marks:
// words called out, not a scare quote.
func exclaimed(text string, q *quotes.Quote) bool {
	inner := strings.TrimRight(text[q.InnerStart:q.InnerEnd], " ,")
	return strings.HasSuffix(inner, "!") || strings.HasSuffix(inner, "?")
}

// afterClause reports whether the writer's words before a quote in its
// sentence end with a clause and a comma, so that the quote opens the
// main clause: "As the public filed out, “...” was shouted from the
// stairs".
func afterClause(before string) bool {
	before = strings.TrimRight(lastSentence(before), " ")
	return strings.HasSuffix(before, ",") || strings.HasSuffix(before, ",\"") || strings.HasSuffix(before, ",”") // `... a banner reading "VELMAR BUILT THIS TOWN," "..." was shouted`
}

// nobody reports whether a source names no speaker: "someone", "a voice".
func nobody(src string) bool {
	if src == "" || src[0] < utf8.RuneSelf && src[0]|0x20 != 's' && src[0]|0x20 != 'a' && src[0]|0x20 != 'o' {
		return false // no phrase below starts there (a sentence at a time: most do not)
	}
	// The longest phrase and " over" are 20 bytes; 64 bytes of src, with
	// its curly apostrophes made straight, are at least 21.
	src = strings.ReplaceAll(src[:min(len(src), 64)], "’", "'") // "a woman’s voice"
	for _, n := range [...]string{"someone", "somebody", "a voice", "one voice", "another voice", "a second voice", "a man's voice", "a woman's voice", "a child's voice", "a shout", "a cry", "one wag", "a wag", "one of them"} {
		if len(src) >= len(n) && strings.EqualFold(src[:len(n)], n) && (len(src) == len(n) || src[len(n)] == ' ' && !strings.HasPrefix(src[len(n):], " over")) {
			return true // "Somebody on the government side muttered"; not "a voice over", an advertisement's narrator
		}
	}
	return false
}

// groupVoice reports whether a source is one of a group the story does not
// name: "one of them said".
func groupVoice(src string) bool {
	return len(src) >= len("one of them") && strings.EqualFold(src[:len("one of them")], "one of them")
}

// groupTag reports whether the tag after quote q is "one of them" of a
// group that spoke in the sentence before (groupSpoke).
func groupTag(d *document.Document, ss *sentences.Result, ar *Result, q *quotes.Quote) bool {
	return groupVoice(strings.TrimLeft(d.Blocks[q.Block].Text[q.End:], " ")) && groupSpoke(d, ss, ar, sentenceAt(ss, q.Block, q.Start))
}

// sentenceAt returns the index of the sentence of block b that holds byte
// offset off.
func sentenceAt(ss *sentences.Result, b, off int) int {
	i := ss.First[b]
	for i+1 < ss.First[b+1] && ss.Sentences[i+1].Start <= off {
		i++
	}
	return i
}

// groupSpoke reports whether the sentence before sentence i, in its
// paragraph, is sourced to a group that told the writer, so that "one of
// them" is one of that group: "Four runners ... told Northline they
// stopped" / "“We'd rather have a slow time than an ambulance,” one of
// them said." Not a crowd that "had muttered", nor a treasurer who said.
func groupSpoke(d *document.Document, ss *sentences.Result, ar *Result, i int) bool {
	if i <= 0 || i >= len(ss.Sentences) || ss.Sentences[i-1].Block != ss.Sentences[i].Block {
		return false
	}
	if countedGroup(d.Blocks[ss.Sentences[i-1].Block].Text[ss.Sentences[i-1].Start:ss.Sentences[i-1].End]) {
		return true // "watched by two boys fishing from the bridge" / "“She’s mad, that one,” one of them said": one of the two
	}
	if !ar.Attributed(i - 1) {
		return false
	}
	at := &ar.Attributions[ar.OfSentence[i-1]]
	if !at.HasSource || at.Kind != Direct || at.Sentence != i-1 {
		return false
	}
	cue := strings.ToLower(spanText(d, at.Cue))
	if cue != "told" && cue != "said" && cue != "according to" {
		return false
	}
	f := strings.Fields(strings.ToLower(spanText(d, at.Source)))
	for _, w := range f {
		if headEnds[w] {
			break // "two people who were in the room", "Four runners from the Kelby Harriers": the head before its clause or phrase
		}
		if groupHeads[w] || len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.ContainsAny(w, "'’") {
			return true
		}
	}
	return false
}

// headEnds end the head of a source: a relative clause or a phrase after it.
var headEnds = wordtable.Words(`who that which whose from with
	in on at near by for`)

// countedGroup reports whether a sentence counts the people it shows, a
// count in words and a plural right after it: "watched by two boys
// fishing from the bridge"; "one of them" is then one of those few.
func countedGroup(sentence string) bool {
	f := strings.Fields(strings.ToLower(sentence))
	for j := 0; j+1 < len(f); j++ {
		if w := strings.Trim(f[j+1], ",.;"); countInWords(f[j]) && (groupHeads[w] || peopleNouns[w] || kindOfPeople(w) || youngPeople[w]) {
			return true
		}
	}
	return false
}

// youngPeople are plurals of people that neither peopleNouns nor
// kindOfPeople's endings hold.
var youngPeople = wordtable.Words(`boys girls teenagers brothers sisters pensioners`)

var groupHeads = wordtable.Words(`people men women children`)

// adjectiveVoice reports whether a tag after a quote opens on an unnamed
// voice with one adjective: "a small voice asked from somewhere near the
// railings", "an older voice was heard saying".
func adjectiveVoice(f []string) bool {
	return len(f) >= 3 && (f[0] == "a" || f[0] == "an" || f[0] == "another" || f[0] == "one") && !isUpper(f[1]) && voiceWords[f[2]]
}

// voiceWords are the heads of an unnamed speaker after "a" and one
// adjective: "a small voice".
var voiceWords = wordtable.Words(`voice voices shout cry`)

// quoteIn reports whether a quote overlaps sentence s.
func quoteIn(qs *quotes.Result, s sentences.Sentence) bool {
	for _, q := range qs.Of(s.Block) {
		if q.End > s.Start && q.Start < s.End {
			return true
		}
	}
	return false
}

// cameQuote reports whether a quote is what "came": "From the bar came
// “...”", "“...” came the reply from somewhere near the bar".
func cameQuote(text string, q *quotes.Quote) bool {
	before := strings.TrimRight(text[:q.Start], " ")
	if strings.HasSuffix(before, " came") || strings.HasSuffix(before, " comes") {
		return true
	}
	after := strings.TrimLeft(text[q.End:], " ")
	return strings.HasPrefix(after, "came the ") || cameFrom(after)
}

// cameFrom reports whether a tag opens on where words came from: "came
// from the back row", "came down from the upper tier".
func cameFrom(tag string) bool {
	return strings.HasPrefix(tag, "came from ") || strings.HasPrefix(tag, "came down from ") || strings.HasPrefix(tag, "came up from ") || strings.HasPrefix(tag, "came back from ")
}

// lastSentence returns what follows the last sentence end in text: after
// ".", "!", "?" or a closing quote, and a space, a capital; not the
// periods of "6 p.m." or "Mr.".
func lastSentence(text string) string {
	for i := len(text) - 2; i > 0; i-- {
		if text[i] == ' ' && i+1 < len(text) && text[i+1] >= 'A' && text[i+1] <= 'Z' {
			switch c := text[i-1]; {
			case c == '!' || c == '?' || c == '"':
				return text[i+1:]
			case c == '.' && !(i >= 4 && (text[i-4:i] == "a.m." || text[i-4:i] == "p.m.")) && !(i >= 3 && (text[i-3:i] == "Mr." || text[i-3:i] == "Dr." || text[i-3:i] == "Ms.")):
				return text[i+1:]
			case i >= 3 && text[i-3:i] == "”":
				return text[i+1:]
			}
		}
	}
	return text
}

// unheard are the words of an intro that say the words after it come from
// no one named: a shout, an answer or a message with no sender, a radio.
// Not words a named speaker has as an object ("delivered a blunt message
// to Trump:", "with a megaphone, and read out the rules:").
// wentToPlace reports whether the words f, from "went", end an intro on
// a place that stands for the people in it: "went to the towpath".
func wentToPlace(f []string) bool {
	return len(f) == 4 && f[1] == "to" && strings.EqualFold(f[2], "the") && placeVoices[strings.ToLower(strings.TrimRight(f[3], ":,"))]
}

// ownedVoice reports whether the words after a cry or a shout make it
// someone's own: "Quell's answer was a cry of his own:".
func ownedVoice(f []string) bool {
	return len(f) >= 3 && strings.EqualFold(f[0], "of") && possessive(strings.ToLower(f[1])) && strings.HasPrefix(strings.ToLower(f[2]), "own")
}

// appositiveName reports whether the words f hold a name set off by a
// comma, the subject of the intro: "Over the tannoy, ..., the fete's
// announcer, Marjorie Fell, filled the gap:".
func appositiveName(f []string) bool {
	for j := 1; j+1 < len(f); j++ {
		if strings.HasSuffix(f[j-1], ",") && isUpper(f[j]) && isUpper(f[j+1]) && !namePlaces[strings.TrimRight(f[j+1], ",")] {
			return true
		}
	}
	return false
}

// placeVoices are places that stand for the unnamed people in them: "The
// last word went to the towpath:".
var placeVoices = wordtable.Words(`towpath crowd floor gallery terraces
	pavement street queue stands quayside audience`)

var unheard = wordtable.Words(`shout shouts cry heckle jeer verdict loudhailer
	radio radios theory loudspeaker tannoy exchange murmur whisper somewhere
	someone somebody unsigned anonymous nameless`)

// namedAfter reports whether the words after an intro's noun name who
// spoke: "a shout from Jane Holt", "was the view of Tom Reid"; not "from
// the far pavement", not "down the stairwell of Aspen Court".
func namedAfter(f []string) bool {
	for i, w := range f {
		if w == "of" && i > 0 && tagNouns[f[i-1]] && i+1 < len(f) && isUpper(f[i+1]) {
			return true // "was the view of Tom Reid"
		}
		if w == "from" || w == "by" {
			// Only the first: "came from the public balcony as the box from
			// Innis Beag was lifted up" names no one. An agent may take an
			// article: "was called by the SVP".
			if w == "by" && i+2 < len(f) && f[i+1] == "the" {
				i++
			}
			return i+1 < len(f) && f[i+1] != "" && f[i+1][0] >= 'A' && f[i+1][0] <= 'Z'
		}
	}
	return false
}

// voiceAfter are the words after "a voice" that make it a voice heard, not
// a kind of work ("a voice coach").
var voiceAfter = wordtable.Words(`somewhere from behind in at on near inside outside across over by
	carries carried called calls shouted rang came
	could was rose cut said says`)

var unnamedVoices = wordtable.Words(`question voice shout cry chant
	heckle heckler someone somebody another reply`)

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
		if w, _, _ := strings.Cut(after, " "); writerClauses[w] {
			continue // "... yelled “Come and live here, then!” before stewards moved": a clause of its own, no tag
		}
		if r, _ := utf8.DecodeRuneInString(after); unicode.IsLetter(r) && unnamedTag(after) == "" &&
			(strings.HasSuffix(inner, ",") || unicode.IsLower(r) || backTag(after)) {
			return true // not a new sentence after "!": "“Bring back Des!” The judge reminded those in the seats ..."
		}
	}
	return false
}

// writerClauses after a quote open a clause of the writer's, not a tag.
var writerClauses = wordtable.Words(`before after as while when until and but`)

// soundOnly reports whether the words after a quote say where it came
// from but not who said it: "came from the back row", "rang out".
func soundOnly(after string) bool {
	for _, p := range []string{"came from ", "came the ", "went the ", "rang out", "went up", "went round", "went along ", "ran along ", "went down ", "rose from ", "drifted ", "came straight back", "echoed ", "could be heard", "can be heard", "came out of ", "came over ", "came down from ", "came up from ", "came back from ", "carried across ", "carried over ", "carried from ", "carried through ", "carried up ", "carried down ", "carried along ", "started up ", "piped up from ", "floated up from ", "floated across ", "floated over ", "came across the ", "called out from ", "rang round ", "rang around ", "rang across ", "rang through ", "went back at ", "went back down ", "went back up ", "went back along "} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// unnamedTag returns the words after a quote that say how it was heard
// and name no one: "was shouted from the gallery", "came from somewhere
// behind him", "followed him down the steps"; "" when there are none or
// they name the speaker ("was shouted by Cllr Reed", "came the reply from
// Moss").
func unnamedTag(after string) string {
	after = strings.TrimLeft(after, " ")
	clause := after
	if i := strings.IndexAny(clause, ",.;:!?"); i >= 0 {
		clause = clause[:i]
	}
	if i := strings.Index(clause, " and "); i >= 0 {
		clause = clause[:i]
	}
	var buf [24]string
	f := appendFields(buf[:0], clause) // on the stack: called for every quote
	if len(f) == 1 && f[0] == "followed" && len(after) > len(clause) && (after[len(clause)] == ',' || after[len(clause)] == '.') {
		return "followed" // "“He hasn't fixed a boiler since 2019!” followed, to cheers."
	}
	if len(f) > 1 && f[0] == "followed" && (f[1] == "a" || f[1] == "every" || f[1] == "each" || f[1] == "soon" || f[1] == "shortly" || f[1] == "moments" || f[1] == "seconds" || f[1] == "at" || f[1] == "immediately" || f[1] == "quickly" || f[1] == "as") && !namedAfter(strings.Fields(after)) {
		return strings.Join(f[:min(len(f), 4)], " ") // "“What about the pensioners?” followed a minute later, from somewhere near the front.", "“Now do the playground!” followed as councillors moved on"
	}
	if len(f) < 2 {
		return ""
	}
	if (shoutedVerbs[f[0]] || f[0] == "added") && (f[0] != "said" || strings.HasSuffix(f[1], "voice") || len(f) > 2 && strings.HasSuffix(f[2], "voice")) && (nobody(strings.Join(f[1:], " ")) || adjectiveVoice(f[1:])) {
		return strings.Join(f[:min(len(f), 4)], " ") // "“And a bucket!” shouted somebody else.", "“And the bridge!” added another voice."
	}
	heard := soundOnly(after) || strings.HasPrefix(after, "came through ") || strings.HasPrefix(after, "came back") || nobody(clause) || adjectiveVoice(f) ||
		f[0] == "followed" && (objectPronouns[f[1]] || f[1] == "the" || f[1] == "from" || f[1] == "their" || f[1] == "his" || f[1] == "her" || // "followed the car out of the lot", "followed from further back", "followed their car out through the gates"
			len(f) > 2 && isUpper(f[1]) && afterFollowed[f[2]] || // "followed Lanyon back to his seat"
			isUpper(f[1]) && (strings.HasSuffix(f[1], "'s") || strings.HasSuffix(f[1], "’s"))) // "followed Brenner's van out through the gate"
	if toldAfter(after) {
		return strings.Join(f[:min(len(f), 4)], " ") // "“...,” the court was told.", "“...,” the jury heard."
	}
	if strings.HasSuffix(f[0], "ed") && containsWord(clause, "somewhere") {
		heard = true // "“How many more of these are there?” floated up the stairwell from somewhere below"
	}
	if len(f) > 4 && f[0] == "was" && f[1] == "how" && (f[4] == "put" || f[4] == "described" || f[4] == "summed") && !namedAfter(f) {
		return strings.Join(f[:5], " ") // "“...,” was how it was put in the members’ tea room."
	}
	if (f[0] == "was" || f[0] == "were") && len(f) > 3 && (f[1] == "still" || f[1] == "being" || f[1] == "also") {
		if f[2] == "being" {
			f = append(f[:1], f[3:]...) // "was still being called down the line"
		} else {
			f = append(f[:1], f[2:]...)
		}
	}
	if (f[0] == "was" || f[0] == "were" || f[0] == "is" || f[0] == "are") && len(f) > 1 && (shoutedVerbs[f[1]] || f[1] == "overheard" || f[1] == "asked" || f[1] == "put" && len(f) > 2 && f[2] == "to") {
		heard = true // "was shouted from the stairs", "was overheard on the stairs", "was asked more than once", "was put to her twice"
	}
	if len(f) > 3 && (f[0] == "a" || f[0] == "an") && !isUpper(f[1]) && (f[2] == "was" || f[2] == "were") && (f[3] == "overheard" || f[3] == "heard") {
		heard = true // "a man was overheard saying as the crowd drifted away": someone no one asked; not "one delegate was overheard", one of a group the story names
	}
	if (f[0] == "was" || f[0] == "were") && f[1] == "added" && (len(f) == 2 || f[2] == "from") {
		heard = true // "“And nought for the tractor!” was added, to cheers", "was added from the doorway"; not "was added to the motion", words put in a text
	}
	if (f[0] == "was" || f[0] == "were") && len(f) > 2 && (f[1] == "picked" && f[2] == "up" || f[1] == "caught" && (f[2] == "on" || f[2] == "by")) {
		heard = true // "was picked up by a microphone somewhere on the government benches", "was caught on a phone camera"
	}
	if len(f) > 2 && (f[0] == "was" || f[0] == "came" || f[0] == "went") && (f[1] == "the" || f[1] == "one" || f[1] == "a") && (tagNouns[f[2]] || len(f) > 3 && tagNouns[f[3]]) && !(len(f) > 4 && f[3] == "thing" && !shoutedVerbs[f[4]] && f[4] != "overheard" && !(len(f) > 5 && subjectPronouns[f[4]] && f[5] == "heard")) {
		heard = true // "was the cry from the bank", "came the shout", "was the last question of the afternoon"
	}
	if !heard {
		return ""
	}
	if namedAfter(f) {
		return "" // "came the reply from Moss", "was shouted by Cllr Reed"; not "from somewhere near the bar of the House"
	}
	if len(f) > 4 {
		f = f[:4]
	}
	return strings.Join(f, " ")
}

// sentenceAfter reports whether a quote closes its sentence with a full
// stop inside its marks and a capitalised word opens the next one:
// "“He's out, they're both out.” A second voice answers:" has no tag.
func sentenceAfter(text string, q *quotes.Quote) bool {
	inner := strings.TrimRight(text[q.InnerStart:q.InnerEnd], " ")
	if !strings.HasSuffix(inner, ".") {
		return false
	}
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(text[q.End:], " "))
	return unicode.IsUpper(r)
}

// joinedTag returns the nameless tag that a quote shares with the quote
// "and" joins to it: "“Shame on you!” and “Shame on the trust!” were
// shouted as Penrose sat down".
func joinedTag(text string, block []quotes.Quote, q *quotes.Quote) string {
	after := text[q.End:]
	if !strings.HasPrefix(after, " and ") {
		return ""
	}
	at := q.End + len(" and ")
	for i := range block {
		if block[i].Start == at && block[i].Closed {
			return unnamedTag(text[block[i].End:])
		}
	}
	return ""
}

// heardSaying returns the last clause of an intro that ends before a
// comma when it is no one named, heard saying something: "someone can be
// heard shouting", "a voice calling"; "" otherwise ("Reed said,").
func heardSaying(intro string) string {
	if i := strings.LastIndex(intro, ", "); i >= 0 {
		intro = intro[i+2:]
	}
	if i := strings.LastIndex(intro, " and "); i >= 0 && nobody(intro[i+len(" and "):]) {
		intro = intro[i+len(" and "):] // "a cheer went up and a voice shouted"
	}
	if !nobody(intro) {
		return ""
	}
	if l := lastWord(strings.TrimRight(intro, " ")); heardParticiples[l] || shoutedVerbs[l] && l != "heard" {
		return intro // "someone can be heard shouting", "a voice shouted"
	}
	return ""
}

// heardParticiples end an intro that hears someone say the quote: "a
// voice can be heard screaming".
var heardParticiples = wordtable.Words(`shouting saying calling yelling screaming
	crying asking singing chanting`)

// shoutedBy returns the last sentence of the text before a quote when it
// opens on no one named and ends on a verb of shouting ("Someone near the
// front called out"), or "".
func shoutedBy(before string) string {
	ls := lastSentence(before)
	if !nobody(ls) {
		return ""
	}
	f := strings.Fields(ls)
	last := f[len(f)-1]
	if last == "out" && len(f) > 1 {
		last = f[len(f)-2]
	}
	if !shoutedVerbs[last] || last == "said" {
		return ""
	}
	return ls
}

// unnamedIntro returns the end of a colon intro before a quote that says
// it was heard from no one named: a sentence that holds a shout, a cry or
// a voice and no name ("A murmur ran along the public benches, and then:",
// "As the engines started, a last shout carried over the noise:"); ""
// otherwise ("From Bush's Facebook post:", "Another user, Roland Z, wrote
// of Ms. Merkel:", "a voice over saying:").
func unnamedIntro(before string) string {
	before = strings.TrimRight(before, " ")
	if c, ok := strings.CutSuffix(before, ","); ok {
		return heardSaying(lastSentence(c)) // "On a second clip, filmed from below, someone can be heard shouting, “...”"
	}
	if heardParticiples[lastWord(before)] {
		return heardSaying(lastSentence(before)) // "A woman's voice can be heard screaming “It's going!”"
	}
	if t := shoutedBy(before); t != "" {
		return t // "Someone near the front called out “Toss a coin for it!”"
	}
	if !strings.HasSuffix(before, ":") {
		return ""
	}
	if i := strings.LastIndex(before, " when, from "); i >= 0 && unnamedVoice(before[:len(before)-1]) {
		return before[i+len(" when, ") : len(before)-1] // "He had barely sat down when, from across the aisle:": the place, no one in it named
	}
	if i := strings.LastIndex(before, ", and "); i >= 0 && nobody(before[i+len(", and "):]) {
		return before[i+len(", and ") : len(before)-1] // "..., and someone can be heard shouting:"
	}
	f := strings.Fields(lastSentence(before[:len(before)-1]))
	heard := false
	for i, w := range f {
		if i > 0 && isUpper(w) && !placeName(f, i) && !weekdayOrMonth(strings.ToLower(strings.Trim(w, ",;."))) {
			return "" // a name in the intro; not "on Sunday night", "over the pavement on Quay Road"
		}
		l := strings.ToLower(strings.Trim(w, ",;"))
		if l == "followed" && i+1 < len(f) && objectPronouns[strings.Trim(f[i+1], ",;")] {
			heard = true // "one last line followed her on to the sidewalk:"
		}
		if l == "voice" && i+1 < len(f) && f[i+1] == "over" {
			return "" // an advertisement's narrator
		}
		if l == "went" && wentToPlace(f[i:]) {
			heard = true // "The last word went to the towpath:"
		}
		if (unheard[l] && l != "verdict" && l != "theory" && l != "exchange" || l == "voice" || l == "remark") && !ownedVoice(f[i+1:]) {
			heard = true // "one remark carried above the rest:"
		}
		if l == "rounds" && i >= 2 && f[i-1] == "the" && (f[i-2] == "doing" || f[i-2] == "making") || l == "asked" && i >= 2 && f[i-1] == "being" && (f[i-2] == "was" || f[i-2] == "were") {
			heard = true // "a new line was doing the rounds of the bars:", "one question was being asked up and down the queue:"
		}
		if subjectPronouns[l] && !(i > 0 && timeClauses[strings.ToLower(strings.Trim(f[i-1], ","))]) {
			return "" // "He was being asked:": someone in view; not "as he gathered up his papers, a voice near the stage:"
		}
	}
	if !heard && !sceneIntro(f) {
		return ""
	}
	if len(f) > 6 {
		f = f[len(f)-6:]
	}
	return strings.Join(f, " ")
}

// timeClauses open a clause whose subject is not who spoke: "as he
// gathered up his papers, a voice:".
var timeClauses = wordtable.Words(`as while when after before`)

// writings after "From" make a colon intro a source: "From the report:".
var writings = wordtable.Words(`report post statement letter transcript
	tweet email speech interview filing memo release
	book memoir memoirs article column blog minutes ruling`)

// sceneIntro reports whether a colon intro only says where or when the
// words were heard, naming no one who could have said them: "Overheard by
// the tea urn:", "Then, from nearer the front:", "As the car pulled away:",
// "From the back of the crowd, as the speeches ended:".
func sceneIntro(f []string) bool {
	if len(f) > 1 && (f[0] == "And" || f[0] == "But") {
		f = f[1:] // "And then, as the car door closed:"
	}
	if len(f) > 2 && f[1] == "later," {
		f = f[1:] // "Moments later, from the back:", read as "Later, from"
	} else if len(f) > 3 && f[2] == "later," && !isUpper(f[1]) {
		f = f[2:] // "A moment later, from the balcony:"
	}
	if len(f) == 0 {
		return false
	}
	lead := strings.ToLower(strings.Trim(f[0], ","))
	clause := 0 // the end of a clause of time after "Then,": who is in it is not who speaks
	switch lead {
	case "overheard", "as":
	case "on", "at":
		// "On the balcony, as the hall emptied:", "At the interval, in the
		// queue for the bar:": a scene of its own, set in two parts; not
		// "At one point:", which leaves the speaker to the quote's context
		// (onlyWhen).
		parts := 0
		for _, w := range f[:len(f)-1] {
			if strings.HasSuffix(w, ",") {
				parts++
			}
		}
		if parts == 0 {
			return false
		}
	case "from", "outside", "near", "behind", "inside", "across", "along":
		// "From the back of the crowd, as the speeches ended:", "Near the
		// taxi rank, as the last of the crowd drifted away, one line
		// carried above the rest:"
	case "then", "later":
		// "Then, from nearer the front:", "Then, as they were led down,
		// from the back of the gallery:"; not "Then, the laugh line:",
		// "Then there was the most obvious change of all:". "Then, after a
		// pause:" is one too, unless the quote before it is attributed
		// (pauseIntro).
		if len(f) < 2 || !placePrepositions[strings.ToLower(f[1])] {
			return false
		}
		if timeClauses[strings.ToLower(f[1])] {
			for j := 2; j+1 < len(f); j++ {
				if strings.HasSuffix(f[j], ",") {
					clause = j + 1 // "Then, as they were led down, from the back of the gallery:"
					break
				}
			}
		}
	default:
		return false
	}
	for i, w := range f {
		if i < clause {
			continue
		}
		l := strings.ToLower(strings.Trim(w, ",;"))
		if objectPronouns[l] && i > 0 && besidePrepositions[strings.ToLower(f[i-1])] {
			continue // "From the front row behind him:": a place, not who spoke
		}
		if i > 0 && isUpper(w) || introPeople[l] || speechBeforeColon[l] || shoutedVerbs[l] || writings[l] || speakingNow[l] {
			return false // "As Reed left, she said:", "Then Mr Lake:", "Outside, one of the press officers was overheard telling a colleague:"
		}
	}
	return true
}

// besidePrepositions before an object pronoun make it a place: "behind
// him".
var besidePrepositions = wordtable.Words(`behind beside near around above
	below opposite past beyond`)

// speakingNow in a colon intro have a subject who speaks the quote.
var speakingNow = wordtable.Words(`telling saying asking explaining adding`)

// pauseIntro reports whether the text before a quote ends on a colon
// intro that says only that its speaker paused: "Then, after a pause:",
// "Then, after a moment's pause:".
func pauseIntro(before string) bool {
	f := strings.Fields(lastSentence(strings.TrimSpace(before)))
	return len(f) >= 3 && len(f) <= 6 && strings.EqualFold(strings.Trim(f[0], ","), "then") && strings.EqualFold(f[1], "after") &&
		strings.HasSuffix(f[len(f)-1], ":") && pauses[strings.ToLower(strings.Trim(f[len(f)-1], ",:"))]
}

// pauses end a pause intro.
var pauses = wordtable.Words(`pause moment beat while`)

// placePrepositions open a place after "Then," or "Later,".
var placePrepositions = wordtable.Words(`after from at on by near behind
	outside inside in across over as while`)

// introPeople in a scene intro may be who spoke: "As the mayor left:".
var introPeople = wordtable.Words(`he she they i we his her
	their him them mayor minister judge chairman chairwoman
	speaker candidate leader spokesman spokeswoman witness captain coach`)

// speechBeforeColon end an intro that names its speaker: "Reddy said:".
var speechBeforeColon = wordtable.Words(`said says told added replied
	wrote asked answered declared explained`)

// tagNouns after "was the" make a tag of a quote: "was the answer", "was
// the last question of the afternoon".
var tagNouns = wordtable.Words(`question voice shout cry chant
	heckle reply answer message response retort verdict
	warning joke call comment suggestion view feeling
	advice thing word shot`)

// afterFollowed are the words after "followed Name" that make the name
// whom the quote followed: "“Shame on you!” followed Lanyon back to his seat".
var afterFollowed = wordtable.Words(`as back down up out to into
	across along off from all`)

// isUpper reports whether a word opens on a capital letter.
func isUpper(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// shoutedVerbs after "was" make a passive tag that may name no one.
var shoutedVerbs = wordtable.Words(`said shouted called yelled cried bellowed
	screamed heard chanted hurled roared jeered heckled
	muttered whispered answered replied asked`)

// objectPronouns after "followed" make the quote what followed someone.
var objectPronouns = wordtable.Words(`him her them us me`)

// creditLine reports whether a paragraph after a quote paragraph is its
// credit: a "— Name" line, or a short "Name, Organisation." line. A
// speaker named in an ordinary sentence of the next paragraph ("The
// council said in a statement ...") is not the quote's: measured on the
// blind labelled rounds, that guard silenced a third of the true orphans.
func creditLine(text string) bool {
	text = strings.TrimSpace(text)
	if credited(text) || strings.HasPrefix(text, "-") && isUpper(strings.TrimLeft(text[1:], " ")) { // "-Clinton.", "- Clinton."
		return true
	}
	r, _ := utf8.DecodeRuneInString(text)
	return strings.Count(text, " ") < 8 && unicode.IsUpper(r) && strings.Contains(text, ",") && !strings.ContainsAny(text, "\"“”")
}

// credited reports whether the text after a quote opens with a "— Name"
// credit.
func credited(after string) bool {
	rest, ok := cutDash(strings.TrimLeft(after, " "))
	if !ok {
		return false
	}
	return isUpper(strings.TrimLeft(rest, " "))
}

// signedLast reports whether a quote's words end in a signature after
// at least one sentence of statement.
func signedLast(inner string) bool {
	last := lastSentence(inner)
	return last != inner && signOff(last)
}

// signOff reports whether a sentence is a statement's signature: a name
// of two to four capitalised words, a comma, then the body it speaks for,
// capitalised ("Charles Chamberlain, Democracy for America."). Not "Yes,
// sir." nor "Thank you, Mr. Ward."
func signOff(sentence string) bool {
	name, body, ok := strings.Cut(strings.TrimRight(sentence, "."), ", ")
	if !ok || !isUpper(body) || strings.Count(body, " ") > 6 || strings.ContainsAny(sentence, "\"“”?!") {
		return false
	}
	n := 0
	for w := range strings.FieldsSeq(name) {
		if n++; n > 4 || !isUpper(w) || honorifics[strings.ToLower(strings.TrimRight(w, "."))] {
			return false
		}
	}
	return n >= 2
}

var honorifics = wordtable.Words(`thank thanks mr mrs ms miss dr sir madam well yes no oh`)

// pausedSpeaker reports whether the quote paragraph b goes on a speaker's
// turn across stage directions: going up, only short paragraphs of
// narration with no quote ("She pauses.", "Pause.") and quote paragraphs
// until one whose quote the analysis ties to a named speaker. A longer
// paragraph of narration breaks the turn.
func pausedSpeaker(d *document.Document, ss *sentences.Result, qs *quotes.Result, ar *Result, b int) bool {
	paused := false
	for j := b - 1; j >= 0 && j >= b-6 && linted(d.Blocks[j].Kind); j-- {
		text := strings.TrimSpace(d.Blocks[j].Text)
		switch {
		case quoteParagraph(text):
			if paused && quotedSpeaker(ss, qs, ar, j) {
				return true
			}
		case stageDirection(text):
			paused = true
		default:
			return false
		}
	}
	return false
}

// stageDirection reports whether a paragraph is a pause in a scene: one
// sentence of at most three words with no quotation marks ("She pauses.",
// "Pause.", "Silence.").
func stageDirection(text string) bool {
	return strings.Count(text, " ") < 3 && strings.HasSuffix(text, ".") && !strings.ContainsAny(text, "\"“”:") && strings.Count(text, ".") == 1
}

// runsOn reports whether a paragraph's first quote is left open at its
// end, to run on into the next paragraph.
func runsOn(qs []quotes.Quote) bool {
	return len(qs) > 0 && !qs[0].Closed
}

// quoteParagraph reports whether a paragraph opens with a quotation mark.
func quoteParagraph(text string) bool {
	return strings.HasPrefix(text, "\"") || strings.HasPrefix(text, "“") || strings.HasPrefix(text, "''")
}

// unnamedVoiceBetween reports whether a quote paragraph opens on a quote
// whose tag names no one ("“He’s in the café!” came from the platform"):
// a speaker above it does not run on through it to the quotes below.
func unnamedVoiceBetween(text string, qs []quotes.Quote) bool {
	if len(qs) == 0 || !qs[0].Closed {
		return false
	}
	after := text[qs[0].End:]
	return unnamedTag(after) != "" || nobody(strings.TrimLeft(after, " "))
}
