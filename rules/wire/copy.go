package wire

import (
	"fmt"
	"sort"
	"strings"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/fingerprint"
)

// UncreditedCopy flags passages copied from other outlets' corpus documents.
var UncreditedCopy = &analysis.Rule{
	ID:          "wire/uncredited-copy",
	Doc:         "a passage of at least ~12 words copied verbatim or lightly edited from a reference-corpus document whose source is not the newsroom's own, with no credit naming that source",
	Severity:    analysis.Error,
	Requires:    []*analysis.Analyzer{Analyzer},
	NeedsCorpus: true,
	Run:         runUncreditedCopy,
}

const (
	// MinCopyWords is the shortest passage reported as a copy.
	MinCopyWords = 12
	minWindows   = 3 // matching windows in a run
	maxGapWords  = 6 // words between matching windows still in one run
	maxPostings  = 16
)

type hit struct {
	print int // index into the draft's prints
	doc   int32
	off   int32 // corpus source offset
	end   int32
}

func runUncreditedCopy(p *analysis.Pass) error {
	x := p.Corpus
	if x == nil || x.Len() == 0 {
		return nil
	}
	r, _ := p.ResultOf[Analyzer].(*Result)
	prints := fingerprint.Of(p.Doc)
	ours := ""
	if p.Config != nil {
		ours = p.Config.Publisher
	}
	var hits []hit
	ownDoc := map[int32]int8{} // 1 ours, 2 not ours
	for i, pr := range prints {
		ps := x.Postings(pr.Hash)
		if len(ps) > maxPostings {
			continue // a stock phrase many documents share is no evidence of copying
		}
		for _, po := range ps {
			if pr.Quoted && po.Quoted {
				continue
			}
			st, ok := ownDoc[po.Doc]
			if !ok {
				st = 2
				if ours != "" && sameSource(x.Doc(int(po.Doc)).Source, ours, p.Config) {
					st = 1
				}
				ownDoc[po.Doc] = st
			}
			if st == 1 {
				continue
			}
			hits = append(hits, hit{i, po.Doc, po.Offset, po.Offset + po.Length})
		}
	}
	sort.Slice(hits, func(a, b int) bool {
		if hits[a].doc != hits[b].doc {
			return hits[a].doc < hits[b].doc
		}
		return hits[a].print < hits[b].print
	})
	reported := map[int]bool{} // draft prints already inside a reported run
	for i := 0; i < len(hits); {
		j := i + 1
		n := 1
		for j < len(hits) && hits[j].doc == hits[i].doc && prints[hits[j].print].Block == prints[hits[j-1].print].Block &&
			prints[hits[j].print].Word-prints[hits[j-1].print].Word <= maxGapWords &&
			hits[j].off-hits[j-1].off < 400 && hits[j].off-hits[j-1].off > -400 {
			if hits[j].print != hits[j-1].print {
				n++
			}
			j++
		}
		first, last := prints[hits[i].print], prints[hits[j-1].print]
		span := int(last.Word) + fingerprint.Window - int(first.Word)
		if n >= minWindows && span >= MinCopyWords && !reported[hits[i].print] {
			report(p, r, x, hits[i:j], prints)
			for _, h := range hits[i:j] {
				reported[h.print] = true
			}
		}
		i = j
	}
	return nil
}

func sameSource(a, b string, cfg *analysis.Config) bool {
	if strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b)) {
		return true
	}
	as := Agencies(cfg)
	la := lookup(as, a)
	return la != "" && la == lookup(as, b)
}

func report(p *analysis.Pass, r *Result, x *corpus.Index, run []hit, prints []fingerprint.Print) {
	doc := run[0].doc
	info := x.Doc(int(doc))
	src := info.Source
	if src == "" {
		src = info.Publisher
	}
	if src != "" && credits(p, r, src) {
		return
	}
	first, last := prints[run[0].print], prints[run[len(run)-1].print]
	lo, hi := run[0].off, run[0].end
	for _, h := range run {
		lo, hi = min(lo, h.off), max(hi, h.end)
	}
	text := x.Passage(int(doc), lo, hi-lo)
	eo, el := int(lo), int(hi-lo)
	if len(text) != el {
		if po, pl, t, ok := x.PassageAround(int(doc), lo, hi-lo); ok {
			text, eo, el = t, int(po), int(pl)
		} else {
			eo = -1
		}
	}
	name := src
	if name == "" {
		name = "a source the corpus does not name"
	}
	title := info.Title
	if title == "" {
		title = info.Path
	}
	p.ReportSpan(int(first.Block), int(first.Start), int(last.End),
		fmt.Sprintf("passage copied from %q (%s) without a credit", title, name),
		analysis.Evidence{Path: info.Path, URL: info.URL, Title: info.Title, Date: info.Date, Text: text, Offset: eo, Length: el})
}

// credits reports whether the draft names source anywhere as a credit,
// byline, dateline or inline attribution.
func credits(p *analysis.Pass, r *Result, source string) bool {
	ag := lookup(Agencies(p.Config), source)
	if r != nil && ag != "" {
		for _, m := range r.Markers {
			if m.Agency == ag && m.Kind != KindPhoto {
				return true
			}
		}
	}
	low := strings.ToLower(source)
	for _, b := range p.Doc.Blocks {
		if strings.Contains(strings.ToLower(b.Text), low) {
			return true
		}
	}
	return false
}
