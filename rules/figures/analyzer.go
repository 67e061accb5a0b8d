package figures

import (
	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/sentences"
)

// Result is every figure of a document, in order.
type Result struct {
	Figures []Figure
}

// Analyzer extracts the figures of a document with their frames.
var Analyzer = &analysis.Analyzer{
	Name:     "figures",
	Doc:      "extract figures (counts, money, percent, ranges, dates, durations, rates) as intervals with frames",
	Requires: []*analysis.Analyzer{sentences.Analyzer},
	Run: func(p *analysis.Pass) (any, error) {
		ss := p.ResultOf[sentences.Analyzer].(*sentences.Result)
		return extract(p.Doc.Blocks, p.Doc.Meta.Date, ss), nil
	},
}

// extract runs over every sentence.
func extract(blocks []document.Block, date string, ss *sentences.Result) *Result {
	r := &Result{}
	day := corpus.DayOf(date)
	if day == corpus.NoDate {
		day = 0
	}
	for i, s := range ss.Sentences {
		text := blocks[s.Block].Text
		c := &sentenceCtx{text: text, toks: tokenize(text, s.Start, s.End), docDay: day, block: s.Block, sIndex: i}
		r.Figures = append(r.Figures, extractSentence(c)...)
	}
	return r
}
