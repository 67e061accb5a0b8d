package rules

import (
	"bytes"
	"encoding/json"
	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/attribution"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/figures"
	"github.com/attrlint/attrlint/rules/quotes"
	"github.com/attrlint/attrlint/rules/sentences"
	"github.com/attrlint/attrlint/rules/wire"
)

// Span is a byte span of the original source with the text a reader sees.
type Span struct {
	Offset int    `json:"offset"`
	Length int    `json:"length"`
	Text   string `json:"text"`
}

// SpanOf returns the Span of text[start:end] of block b.
func SpanOf(d *document.Document, b, start, end int) Span {
	off, n := d.Span(b, start, end)
	return Span{off, n, d.Blocks[b].Text[start:end]}
}

// inspector names an analysis that `attrlint inspect` shows and turns its
// result into JSON-ready values with source spans.
type inspector struct {
	Name     string
	Analyzer *analysis.Analyzer
	View     func(d *document.Document, result any) any
}

// inspectors lists what inspect shows, in order. Add an analysis here to
// make it visible.
var inspectors = []inspector{
	{"sentences", sentences.Analyzer, func(d *document.Document, r any) any {
		ss := r.(*sentences.Result).Sentences
		out := make([]Span, len(ss))
		for i, s := range ss {
			out[i] = SpanOf(d, s.Block, s.Start, s.End)
		}
		return out
	}},
	{"quotes", quotes.Analyzer, func(d *document.Document, r any) any {
		qs := r.(*quotes.Result).Quotes
		out := make([]QuoteView, len(qs))
		for i, q := range qs {
			out[i] = QuoteView{SpanOf(d, q.Block, q.Start, q.End), q.Closed, q.Continues, q.Scare}
		}
		return out
	}},
	{"attributions", attribution.Analyzer, func(d *document.Document, r any) any {
		as := r.(*attribution.Result).Attributions
		out := make([]AttributionView, len(as))
		for i, a := range as {
			v := AttributionView{Cue: spanOfSpan(d, a.Cue), Content: spanOfSpan(d, a.Content), Kind: a.Kind.String(), Vague: a.Vague}
			if a.HasSource {
				s := spanOfSpan(d, a.Source)
				v.Source = &s
			}
			if a.Resolved {
				r := spanOfSpan(d, a.Refers)
				v.Refers = &r
			}
			out[i] = v
		}
		return out
	}},
	{"figures", figures.Analyzer, figures.Views},
	{"wire", wire.Analyzer, func(d *document.Document, r any) any {
		ms := r.(*wire.Result).Markers
		out := make([]WireView, len(ms))
		for i, m := range ms {
			out[i] = WireView{SpanOf(d, m.Block, m.Start, m.End), m.Kind, m.Agency}
		}
		return out
	}},
}

// WireView is how inspect shows a wire marker (dateline, byline, credit
// line, photo credit, agency mention).
type WireView struct {
	Span
	Kind   string `json:"kind"`
	Agency string `json:"agency,omitempty"`
}

// QuoteView is how inspect shows a quotation.
type QuoteView struct {
	Span
	Closed    bool `json:"closed"`
	Continues bool `json:"continues,omitempty"`
	Scare     bool `json:"scare,omitempty"`
}

// AttributionView is how inspect shows an attribution; Source is null for
// sourceless attributions ("reportedly").
type AttributionView struct {
	Source  *Span  `json:"source"`
	Cue     Span   `json:"cue"`
	Content Span   `json:"content"`
	Kind    string `json:"kind"`
	Vague   bool   `json:"vague,omitempty"`
	// Refers is the earlier named source a pronoun source stands for.
	Refers *Span `json:"refers,omitempty"`
}

func spanOfSpan(d *document.Document, s attribution.Span) Span {
	return SpanOf(d, s.Block, s.Start, s.End)
}

// BlockView is how inspect shows a block.
type BlockView struct {
	Kind    document.Kind `json:"kind"`
	Locator string        `json:"locator,omitempty"`
	Span
}

// Inspection is the output of `attrlint inspect`: the document's metadata,
// blocks and every shared analysis, with byte spans into the source.
type Inspection struct {
	Meta     document.Meta  `json:"meta"`
	Blocks   []BlockView    `json:"blocks"`
	Analyses map[string]any `json:"-"`
	Order    []string       `json:"-"`
}

// Inspect runs every inspectable analysis on d.
func Inspect(d *document.Document, cfg *Config, idx *corpus.Index) (*Inspection, error) {
	in := &Inspection{Meta: d.Meta, Analyses: map[string]any{}}
	for b, bl := range d.Blocks {
		in.Blocks = append(in.Blocks, BlockView{bl.Kind, bl.Locator, SpanOf(d, b, 0, len(bl.Text))})
	}
	as := make([]*analysis.Analyzer, len(inspectors))
	for i, x := range inspectors {
		as[i] = x.Analyzer
	}
	res, err := Analyze(d, cfg, idx, as...)
	if err != nil {
		return nil, err
	}
	for _, x := range inspectors {
		in.Analyses[x.Name] = x.View(d, res[x.Analyzer])
		in.Order = append(in.Order, x.Name)
	}
	return in, nil
}

// MarshalJSON writes meta, blocks, then each analysis under its name.
func (in *Inspection) MarshalJSON() ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("{")
	write := func(k string, v any) error {
		if buf.Len() > 1 {
			buf.WriteString(",")
		}
		kb, _ := json.Marshal(k)
		vb, err := json.Marshal(v)
		if err != nil {
			return err
		}
		buf.Write(kb)
		buf.WriteString(":")
		buf.Write(vb)
		return nil
	}
	if err := write("meta", in.Meta); err != nil {
		return nil, err
	}
	if err := write("blocks", in.Blocks); err != nil {
		return nil, err
	}
	for _, k := range in.Order {
		if err := write(k, in.Analyses[k]); err != nil {
			return nil, err
		}
	}
	buf.WriteString("}")
	return buf.Bytes(), nil
}
