package figures

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/corpus"
)

// Inconsistent reports two figures of one document about the same thing
// that disagree.
var Inconsistent = &analysis.Rule{
	ID:       "figures/inconsistent",
	Doc:      "two figures in the same document describe the same thing and disagree",
	Severity: analysis.Warning,
	Requires: []*analysis.Analyzer{Analyzer},
	Run: func(p *analysis.Pass) error {
		figs := p.ResultOf[Analyzer].(*Result).Figures
		day := docDay(p.Doc.Meta.Date)
		// Only figures of one frame key can disagree. Within a key, a figure
		// identical in value and frame to an earlier one adds nothing to
		// compare with, and only the last maxEarlier distinct figures are
		// kept: a news article has far fewer, and a book-length draft stays
		// linear.
		keys := map[frameKey]int{} // index in earlier: one lookup a figure
		var earlier [][]*Figure
		var msg []byte              // reused for every message
		var evidence evidenceChunks // one allocation for many findings
		for j := range figs {
			b := &figs[j]
			if !comparable(b) {
				continue
			}
			k, ok := keys[keyOf(b)]
			if !ok {
				k = len(earlier)
				keys[keyOf(b)] = k
				earlier = append(earlier, nil)
			}
			if a := firstDisagreeing(earlier[k], b, day); a != nil {
				off, n := sentenceSpan(p, a)
				// "%q disagrees with %q earlier in this document"
				msg = strconv.AppendQuote(msg[:0], b.Phrase(p.Doc.Blocks[b.Block].Text))
				msg = append(msg, " disagrees with "...)
				msg = strconv.AppendQuote(msg, a.Phrase(p.Doc.Blocks[a.Block].Text))
				msg = append(msg, " earlier in this document"...)
				p.ReportSpan(b.Block, b.Start, b.spanEnd(), string(msg),
					evidence.one(analysis.Evidence{Path: p.Doc.Path, Title: p.Doc.Meta.Title, Date: p.Doc.Meta.Date, Text: sentenceText(p, a), Offset: off, Length: n})...)
			}
			if e := earlier[k]; !repeats(e, b) {
				if len(e) == maxEarlier {
					e = append(e[:0], e[1:]...)
				}
				earlier[k] = append(e, b)
			}
		}
		return nil
	},
}

// maxEarlier bounds the figures of one frame key that a later figure is
// compared with.
const maxEarlier = 64

// frameKey is the part of a frame that two figures about one thing share
// exactly (see sameFrame).
type frameKey struct{ unit, head, change, role string }

func keyOf(f *Figure) frameKey { return frameKey{f.Unit, f.Head, f.Change, f.Role} }

// firstDisagreeing is the first of the earlier figures of b's frame key that
// b contradicts.
func firstDisagreeing(earlier []*Figure, b *Figure, day int32) *Figure {
	for _, a := range earlier {
		if a.Sentence == b.Sentence || !sameFrame(a, b, day, day) || overlaps(a, b) {
			continue
		}
		// Precision: the later figure must refer back ("the 1,800
		// soldiers") in a sentence sharing two topic words, or both
		// must name the same event in sentences sharing three.
		shared := sharedWords(a.Topic, b.Topic)
		if b.Definite && shared >= 2 || shared >= 3 && a.Event != "" && a.Event == b.Event {
			return a
		}
	}
	return nil
}

// repeats reports whether an earlier figure says exactly what f says, in
// a sentence of the same topic.
func repeats(earlier []*Figure, f *Figure) bool {
	for _, a := range earlier {
		if a.Low == f.Low && a.High == f.High && a.Event == f.Event && a.Place == f.Place &&
			a.Anchor == f.Anchor && slices.Equal(a.Mods, f.Mods) && slices.Equal(a.Topic, f.Topic) {
			return true
		}
	}
	return false
}

// ContradictsCorpus reports a figure the newsroom's own earlier reporting
// gives differently.
var ContradictsCorpus = &analysis.Rule{
	ID:          "figures/contradicts-corpus",
	Doc:         "a figure disagrees with the reference corpus's latest figure for the same thing",
	Severity:    analysis.Error,
	Requires:    []*analysis.Analyzer{Analyzer},
	NeedsCorpus: true,
	Run:         func(p *analysis.Pass) error { return checkCorpus(p, false) },
}

// CorpusDisagrees reports corpus documents of the same date that give
// different figures for what a draft figure is about.
var CorpusDisagrees = &analysis.Rule{
	ID:          "figures/corpus-disagrees",
	Doc:         "reference corpus documents of the same date disagree on a figure the document gives",
	Severity:    analysis.Info,
	Requires:    []*analysis.Analyzer{Analyzer},
	NeedsCorpus: true,
	Run:         func(p *analysis.Pass) error { return checkCorpus(p, true) },
}

func docDay(date string) int32 {
	d := corpus.DayOf(date)
	if d == corpus.NoDate {
		return 0
	}
	return d
}

func sentenceText(p *analysis.Pass, f *Figure) string {
	return sentenceOf(p, f)
}

// candidate is a corpus figure matching a draft figure's frame.
type candidate struct {
	id  int
	fig corpus.Figure // frame only; text() loads the texts
	f   Figure
	doc int
	day int32
}

// minSharedTopic is how many topic words (Bloom bits) a draft sentence
// and a corpus sentence must share to be about the same story.
const minSharedTopic = 3

// load fills in the candidate's text and sentence.
func (c *candidate) load(idx *corpus.Index) { c.fig, _ = idx.Figure(c.id) }

// matches returns the corpus figures about the same thing as f.
func matches(idx *corpus.Index, f *Figure, day int32) []candidate {
	var out []candidate
	topic := topicBits(f.Topic)
	from, to := int32(corpus.NoDate), int32(math.MaxInt32)
	if day != 0 {
		from, to = day-maxEventGap-1, day
	}
	// Candidates share topic words with the figure's sentence.
	for _, id := range idx.Candidates(f.Unit, f.Head, from, to, topic, minSharedTopic) {
		cf, doc := idx.Frame(id)
		// And something that names the same occasion: the same event, the
		// same place, an identifying modifier, or the same named day
		// ("on Tuesday" in both, resolved to one date).
		if !(f.Event != "" && f.Event == cf.Event || f.Place != "" && f.Place == cf.Place || len(f.Mods) > 0 || f.Anchor > 0 && f.Anchor == cf.Anchor) {
			continue
		}
		cday := idx.Day(doc)
		if cday == corpus.NoDate {
			cday = 0
		}
		if day != 0 && (cday == 0 || cday > day) {
			continue // the draft is compared with what was known by its date
		}
		g := fromRecord(cf)
		if !comparable(&g) || !sameFrame(f, &g, day, cday) {
			continue
		}
		out = append(out, candidate{id, cf, g, doc, cday})
	}
	return out
}

func checkCorpus(p *analysis.Pass, disagreements bool) error {
	idx := p.Corpus
	if idx == nil || idx.Len() == 0 {
		return nil
	}
	figs := p.ResultOf[Analyzer].(*Result).Figures
	day := docDay(p.Doc.Meta.Date)
	for i := range figs {
		f := &figs[i]
		if !comparable(f) {
			continue
		}
		cs := matches(idx, f, day)
		if len(cs) == 0 {
			continue
		}
		latest := int32(math.MinInt32)
		for _, c := range cs {
			latest = max(latest, c.day)
		}
		var group []candidate
		for _, c := range cs {
			if c.day == latest {
				group = append(group, c)
			}
		}
		sort.SliceStable(group, func(a, b int) bool { return group[a].doc < group[b].doc })
		// Does the corpus disagree with itself on that date?
		var da, db *candidate
		for a := range group {
			for b := a + 1; b < len(group) && da == nil; b++ {
				if group[a].doc != group[b].doc && !overlaps(&group[a].f, &group[b].f) {
					da, db = &group[a], &group[b]
				}
			}
		}
		if disagreements {
			if da != nil && latest != 0 {
				da.load(idx)
				db.load(idx)
				p.ReportSpan(f.Block, f.Start, f.spanEnd(),
					fmt.Sprintf("corpus documents of %s disagree about %q: %q says %q, %q says %q", idx.Doc(da.doc).Date, f.Phrase(p.Doc.Blocks[f.Block].Text), source(idx, da.doc), da.fig.Text, source(idx, db.doc), db.fig.Text),
					evidence(idx, *da), evidence(idx, *db))
			}
			continue
		}
		if da != nil && latest != 0 {
			continue // reported as corpus-disagrees, not a contradiction
		}
		pool := group
		if day == 0 {
			pool = cs // an undated draft is compared with all
		}
		agree := false
		for k := range pool {
			if overlaps(f, &pool[k].f) {
				agree = true
				break
			}
		}
		if agree {
			continue
		}
		for k := range group {
			group[k].load(idx)
		}
		c := group[len(group)-1]
		when := idx.Doc(c.doc).Date
		if when == "" {
			when = "undated"
		}
		ev := make([]analysis.Evidence, 0, len(group))
		for _, g := range group {
			ev = append(ev, evidence(idx, g))
		}
		p.ReportSpan(f.Block, f.Start, f.spanEnd(),
			fmt.Sprintf("%q contradicts the corpus: %q (%s) says %q", f.Phrase(p.Doc.Blocks[f.Block].Text), source(idx, c.doc), when, c.fig.Text),
			ev...)
	}
	return nil
}

func source(idx *corpus.Index, doc int) string {
	d := idx.Doc(doc)
	switch {
	case d.Title != "":
		return strings.TrimSpace(d.Title)
	case d.Publisher != "":
		return d.Publisher
	}
	return d.Path
}

func evidence(idx *corpus.Index, c candidate) analysis.Evidence {
	d := idx.Doc(c.doc)
	ev := analysis.Evidence{Path: d.Path, URL: d.URL, Title: d.Title, Date: d.Date, Text: c.fig.Sentence, Offset: -1}
	if off, n, _, ok := idx.PassageAround(c.doc, c.fig.Offset, c.fig.Length); ok {
		ev.Offset, ev.Length = int(off), int(n)
	}
	return ev
}

// fromRecord turns a corpus figure into a Figure for comparison.
func fromRecord(r corpus.Figure) Figure {
	f := Figure{Text: r.Text, Low: r.Low, High: r.High, Unit: r.Unit, Kind: r.Kind}
	f.Head, f.Event, f.Change, f.Role, f.Place, f.Anchor = r.Head, r.Event, r.Change, r.Role, r.Place, r.Anchor
	if r.Mods != "" {
		f.Mods = strings.Split(r.Mods, "|")
	}
	return f
}
