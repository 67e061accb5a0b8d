package figures

import (
	"strings"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/fingerprint"
	"github.com/attrlint/attrlint/rules/sentences"
	"github.com/cespare/xxhash/v2"
)

func init() { corpus.RegisterIndexer(Record) }

// sentenceOf returns the text of the sentence f stands in.
func sentenceOf(p *analysis.Pass, f *Figure) string {
	ss, ok := p.ResultOf[sentences.Analyzer].(*sentences.Result)
	if !ok || f.Sentence >= len(ss.Sentences) {
		return f.Text
	}
	s := ss.Sentences[f.Sentence]
	return p.Doc.Blocks[s.Block].Text[s.Start:s.End]
}

// sentenceSpan is the source span of the sentence f stands in.
func sentenceSpan(p *analysis.Pass, f *Figure) (int, int) {
	ss, ok := p.ResultOf[sentences.Analyzer].(*sentences.Result)
	if !ok || f.Sentence >= len(ss.Sentences) {
		return p.Doc.Span(f.Block, f.Start, f.spanEnd())
	}
	s := ss.Sentences[f.Sentence]
	return p.Doc.Span(s.Block, s.Start, s.End)
}

// SourceOf names where a corpus document's text comes from. It is
// replaced by the wire analysis's DocumentSource when that exists.
var SourceOf = func(d *document.Document) string { return d.Meta.Publisher }

// Record turns a document into what the corpus index keeps of it: its
// metadata, figures with frames and their sentences, fingerprints.
func Record(d *document.Document) (*corpus.Record, error) {
	results := map[*analysis.Analyzer]any{}
	pass := analysis.NewPass(d, &analysis.Config{}, nil, results, nil, nil)
	sr, err := sentences.Analyzer.Run(pass)
	if err != nil {
		return nil, err
	}
	results[sentences.Analyzer] = sr
	ss := sr.(*sentences.Result)
	res := extractTokenizing(d, ss)
	h := xxhash.New()
	for _, b := range d.Blocks {
		// Words only: white space and markup differences do not make a
		// different text.
		for w := range strings.FieldsSeq(b.Text) {
			h.WriteString(w)
			h.WriteString(" ")
		}
		h.WriteString("\n")
	}
	title := d.Meta.Title
	if title == "" {
		// Archives without metadata: the headline is the title.
		for _, b := range d.Blocks {
			if b.Kind == document.Heading {
				title = b.Text
				break
			}
		}
	}
	r := &corpus.Record{
		Path: d.Path, Title: title, Date: d.Meta.Date, Publisher: d.Meta.Publisher, URL: d.Meta.URL,
		Source: SourceOf(d), ContentHash: h.Sum64() | 1,
	}
	fp := fingerprint.Of(d)
	stored := map[int]bool{}
	for i := range res.Figures {
		f := &res.Figures[i]
		if !comparable(f) {
			continue // only figures a draft can be compared with
		}
		s := ss.Sentences[f.Sentence]
		text := d.Blocks[s.Block].Text[s.Start:s.End]
		off, n := d.Span(f.Block, f.Start, f.spanEnd())
		r.Figures = append(r.Figures, corpus.Figure{
			Low: f.Low, High: f.High, Unit: f.Unit, Kind: f.Kind, Head: f.Head, Mods: f.ModKey(),
			Event: f.Event, Change: f.Change, Role: f.Role, Place: f.Place, Anchor: f.Anchor, Topic: topicBits(f.Topic),
			Offset: int32(off), Length: int32(n), Text: f.Phrase(d.Blocks[f.Block].Text), Sentence: text,
		})
		if !stored[f.Sentence] {
			stored[f.Sentence] = true
			so, sn := d.Span(s.Block, s.Start, s.End)
			w, n := sentenceWords(fp, s.Block, s.Start, s.End)
			r.Passages = append(r.Passages, corpus.Passage{Offset: int32(so), Length: int32(sn), Word: w, Words: n, Text: text})
		}
	}
	prints := fp.Prints()
	r.Prints = make([]corpus.Print, len(prints))
	for i, p := range prints {
		r.Prints[i] = corpus.Print{Hash: p.Hash, Word: p.Word}
	}
	r.Checks = fp.Checks()
	r.Quotes = fp.Quotes()
	return r, nil
}

// sentenceWords returns the document-wide index of the first word of
// block b's text [start, end) and the number of its words.
func sentenceWords(fp *fingerprint.Doc, b, start, end int) (first, n int32) {
	ws := fp.Blocks[b]
	i := 0
	for i < len(ws) && int(ws[i].Start) < start {
		i++
	}
	j := i
	for j < len(ws) && int(ws[j].End) <= end {
		j++
	}
	return fp.Base[b] + int32(i), int32(j - i)
}
