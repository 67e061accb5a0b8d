package attribution

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/quotes"
	"github.com/attrlint/attrlint/rules/sentences"
	"github.com/attrlint/attrlint/rules/tokens"
	"github.com/attrlint/attrlint/rules/wordtable"
)

var requires = []*analysis.Analyzer{sentences.Analyzer, tokens.Analyzer, quotes.Analyzer, Analyzer}

// UnattributedClaim flags a checkable claim that nothing attributes.
var UnattributedClaim = &analysis.Rule{
	ID: "attribution/unattributed-claim",
	Doc: "A sentence makes a checkable claim (a statistic or count, a prediction, a statement of intent or " +
		"motive, an allegation, a causal claim, a comparison or record) and neither it nor its paragraph or " +
		"quote context says who says so. The reporter's plain description is left alone: a count seen at a " +
		"scene, public record, a schedule, a person's or a company's record. Its claims setting keeps it to " +
		"some kinds: statistic, prediction, intent, allegation, causal, comparison (default: all).",
	Severity: analysis.Warning,
	Requires: requires,
	Claims:   claimIDs[1:],
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
	Doc:      "The source is unnamed and generic (\"experts say\", \"critics argue\", \"reportedly\", \"sources say\"); anonymous but specific sources are fine; a headline's shorthand is left to its story. Extra phrases: vague_sources in the configuration.",
	Severity: analysis.Info,
	Requires: requires,
	Run:      runVague,
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
	var last Span       // the last span reported
	var lastTalk Span   // the content of the last sourceless attribution reported
	var lastSource Span // the source of the last attribution reported
	for _, at := range ar.Attributions {
		if at.Kind != Direct && at.Kind != Sourceless {
			continue // carried: reported where it was made; an intent ("Some residents want to keep the ferry") tells what a group wants, not who says so
		}
		if p.Doc.Blocks[at.Cue.Block].Kind == document.Heading {
			continue // "... as buyers fear online bidding": a headline's shorthand; the story's body names them or is checked
		}
		if at.Kind == Sourceless && (inside(at.Cue, last) || inside(at.Cue, lastTalk)) {
			continue // "Some residents reportedly said", "rumours had spread around the town that": one finding
		}
		if at.Kind == Sourceless && ar.namedContent(at, p.Doc.Blocks[at.Cue.Block].Text) {
			continue // "The Guide has said that a list of restaurants supposedly promoted is not ours": the Guide's word
		}
		if at.Vague && at.HasSource && ar.insideNamed(at, p.Doc.Blocks[at.Cue.Block].Text) {
			continue // "Its founder, Ruth Canning, said many people believed": her words about what people believe
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
		if !vague || at.Kind == Direct && request(text[at.Cue.Start:at.Cue.End], text[at.Content.Start:at.Content.End]) {
			continue // "several dioceses have asked churches to stop using it": a request made, no claim
		}
		if crowdNoise(text[at.Cue.Start:at.Cue.End]) {
			continue // "Some chanted “Out! Out!”": a crowd's slogan, no one to name
		}
		if at.HasSource && at.Source == lastSource {
			continue // "Analysts said ..., citing ...": one source, one finding
		}
		if at.HasSource && embeddedSource(text[:at.Source.Start], text[at.Source.Start:at.Source.End]) {
			continue // "if people think", "to help people understand": a clause about them, nothing said by them
		}
		last = span
		if at.HasSource {
			lastSource = at.Source
		}
		if at.Kind == Sourceless {
			lastTalk = at.Content
		}
		if at.HasSource {
			p.ReportSpan(span.Block, span.Start, span.End, "vague source \""+phrase+"\": name who says so, or say why the source cannot be named and how it knows")
		} else {
			p.ReportSpan(span.Block, span.Start, span.End, "\""+phrase+"\" names no source: say who reports or believes it")
		}
	}
	return nil
}

// crowdNoise reports whether a cue is a crowd's slogan or noise, whose
// speakers no reader expects named: "chanted", "booed".
func crowdNoise(cue string) bool {
	for _, w := range [...]string{"chanted", "chanting", "chants", "chant", "booed", "cheered"} {
		if strings.EqualFold(cue, w) {
			return true
		}
	}
	return false
}

// embeddedSource reports whether a source, after before (its block's
// text up to the source), is the subject of a condition or the
// object of a verb ("if people think the issues will be addressed", "to
// help people understand the ballot"): the writer's words about them, not
// theirs. Not "what dealers described as", "than many investors had
// feared": there the view is still theirs.
func embeddedSource(before, source string) bool {
	prev := lastWord(strings.TrimRight(before, " "))
	first, _, _ := strings.Cut(source, " ")
	return foldIn(prev, conditions) || foldIn(prev, helpForms) || foldIn(first, helpForms) // the analysis can take the verb into the source: "help people"
}

// foldIn reports whether w is one of words, in any case, without
// lowercasing it (a source's first word is most often capitalised).
func foldIn(w string, words []string) bool {
	for _, x := range words {
		if strings.EqualFold(w, x) {
			return true
		}
	}
	return false
}

var (
	conditions = []string{"if", "whether", "unless"}
	helpForms  = []string{"help", "helps", "helped", "helping"}
)

// request reports whether a cue ending in a verb of asking and its
// content ("churches to stop using it") make a request: someone asked to
// do something within the content's first four words, not told whether
// or that something is so.
func request(cue, content string) bool {
	f := strings.Fields(cue)
	if len(f) == 0 || !requestVerbs[strings.ToLower(f[len(f)-1])] {
		return false
	}
	w := strings.Fields(content)
	for i := 1; i < len(w) && i <= 3; i++ {
		if w[i] == "to" {
			return true
		}
	}
	return false
}

var requestVerbs = wordtable.Words(`asked ask asks urged urge urges`)

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

// cutDash returns s after the dash it opens with ("—", "–", "―", "--").
func cutDash(s string) (string, bool) {
	for _, d := range []string{"—", "–", "―", "--"} {
		if rest, ok := strings.CutPrefix(s, d); ok {
			return rest, true
		}
	}
	return s, false
}

// namedContent reports whether a sourceless marker ("supposedly", "were
// thought to") stands in what a named source says after its cue of saying
// in the same sentence: the marker is that source's word, not the
// writer's ("The Guide has said that a list of restaurants supposedly
// promoted to its top rating is not ours").
func (r *Result) namedContent(at Attribution, text string) bool {
	ats := r.madeIn(at.Sentence)
	for i := range ats {
		o := &ats[i]
		if o.Kind == Direct && o.HasSource && !o.Vague && o.Cue.End <= at.Cue.Start && inside(at.Cue, o.Content) && sayings[lastWord(strings.ToLower(text[o.Cue.Start:o.Cue.End]))] {
			return true // not "Trump defended his campaign manager, charged with battery for allegedly grabbing a reporter"
		}
	}
	return false
}

// insideNamed reports whether a vague source and its cue both sit in the
// content of an earlier attribution in the sentence whose source carries
// a name, the vague source before its own cue: "Its founder, Ruth
// Canning, said many people believed ..."; not "John Kasich said he
// would have fired him, according to press reports", which sources it all.
func (r *Result) insideNamed(at Attribution, text string) bool {
	ats := r.madeIn(at.Sentence)
	for i := range ats {
		o := &ats[i]
		if o.Kind == Direct && o.HasSource && !o.Vague && o.Cue.End <= at.Source.Start && at.Source.End <= at.Cue.Start && inside(at.Source, o.Content) && inside(at.Cue, o.Content) &&
			sayings[lastWord(strings.ToLower(text[o.Cue.Start:o.Cue.End]))] && hasName(text[o.Source.Start:o.Source.End]) {
			return true
		}
	}
	return false
}

// hasName reports whether a source's words hold a capitalised word after
// its first: "Its founder, Ruth Canning", "Mayor Ames"; not "He", "Others".
func hasName(src string) bool {
	f := strings.Fields(src)
	for _, w := range f[min(1, len(f)):] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// sayings are the cues whose content is the source's own words.
var sayings = wordtable.Words(`said says say told stated wrote
	added claimed insisted argued announced`)

// lastWord returns the last space-separated word of s: "has said" -> "said".
func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}
