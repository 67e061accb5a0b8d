package figures

import (
	"strings"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/sentences"
	"github.com/attrlint/attrlint/rules/slab"
	"github.com/attrlint/attrlint/rules/tokens"
)

// Result is every figure of a document, in order.
type Result struct {
	Figures []Figure
}

// Analyzer extracts the figures of a document with their frames.
var Analyzer = &analysis.Analyzer{
	Name:     "figures",
	Doc:      "extract figures (counts, money, percent, ranges, dates, durations, rates) as intervals with frames",
	Requires: []*analysis.Analyzer{sentences.Analyzer, tokens.Analyzer},
	Run: func(p *analysis.Pass) (any, error) {
		ss := p.ResultOf[sentences.Analyzer].(*sentences.Result)
		ts := p.ResultOf[tokens.Analyzer].(*tokens.Result)
		return extract(p.Doc.Blocks, p.Doc.Meta.Date, ss, func(i int, _ []tokens.Token) []tokens.Token { return ts.Of(i) }), nil
	},
}

// tokensOf returns the tokens of sentence i (buf may be reused for them).
type tokensOf func(i int, buf []tokens.Token) []tokens.Token

// extractTokenizing is extract without the tokens analysis: only the
// sentences that may hold a figure are tokenized (the corpus indexer).
func extractTokenizing(d *document.Document, ss *sentences.Result) *Result {
	return extract(d.Blocks, d.Meta.Date, ss, func(i int, buf []tokens.Token) []tokens.Token {
		s := ss.Sentences[i]
		return tokens.Append(buf, d.Blocks[s.Block].Text, s.Start, s.End)
	})
}

// extract runs over every sentence.
func extract(blocks []document.Block, date string, ss *sentences.Result, tokensOf tokensOf) *Result {
	r := &Result{}
	day := corpus.DayOf(date)
	if day == corpus.NoDate {
		day = 0
	}
	// Figures are large: size the slice once, from the sentences that may
	// hold one, rather than copying it as it grows.
	var candidates []int
	for i, s := range ss.Sentences {
		if mayHoldFigure(blocks[s.Block].Text[s.Start:s.End]) {
			candidates = append(candidates, i)
		}
	}
	r.Figures = make([]Figure, 0, len(candidates)+len(candidates)/2)
	// One context for every sentence: its buffers are reused, and figures
	// keep none of them (their topics and entities are copied to arena).
	var ts []tokens.Token
	c := &sentenceCtx{docDay: day, arena: &slab.Slab[string]{Chunk: arenaChunk}, low: &lowerArena{}}
	for _, i := range candidates {
		s := ss.Sentences[i]
		ts = tokensOf(i, ts[:0])
		c.reset(blocks[s.Block].Text, s.Block, i, ts)
		r.Figures = extractSentence(c, r.Figures)
	}
	return r
}

// mayHoldFigure is a quick scan: does the sentence have a digit, a
// currency sign, or a word that can start a figure or a date?
func mayHoldFigure(s string) bool {
	var buf [12]byte
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c >= '0' && c <= '9' || c == '$':
			return true
		case c >= 0x80:
			if strings.HasPrefix(s[i:], "€") || strings.HasPrefix(s[i:], "£") {
				return true
			}
			i++
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			j := i
			for j < len(s) && s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z' {
				j++
			}
			if n := j - i; n >= 3 && n <= len(buf) {
				for k := 0; k < n; k++ {
					buf[k] = s[i+k] | 0x20
				}
				if startsFigure(buf[:n]) {
					return true
				}
			}
			i = j
		default:
			i++
		}
	}
	return false
}

// starters is every word that can start a figure or a date.
var starters = func() map[string]bool {
	m := map[string]bool{"tens": true}
	for w := range smallNumbers {
		m[w] = true
	}
	for w := range scales {
		m[w] = true
	}
	for w := range vagueAmounts {
		m[w] = true
	}
	for w := range months {
		m[w] = true
	}
	for w := range weekdays {
		m[w] = true
	}
	return m
}()

// starterShapes stops most words that start nothing before the lookup.
var starterShapes = func() *shapeFilter {
	var f shapeFilter
	for w := range starters {
		f.add(w)
	}
	return &f
}()

// startsFigure looks w up without allocating (m[string(b)] does not copy).
func startsFigure(w []byte) bool {
	return starterShapes.mayHoldBytes(w) && starters[string(w)]
}
