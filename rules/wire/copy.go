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
	// MinCopyWords is the shortest passage reported as a copy: words
	// matched (not counting words quoted in both texts).
	MinCopyWords = 12
	maxPostings  = 16 // a window kept by more documents is a stock phrase
)

// run is a passage of a draft block matched word by word with a corpus
// document: draft words [dlo, dhi] with corpus words [clo, chi].
type run struct {
	doc      int32
	dlo, dhi int
	clo, chi int
	words    int // matched words, not counting words quoted in both
}

// Lightly edited copies: where the words stop matching, one word changed
// (1, 1), added to the draft (1, 0) or left out of it (0, 1), if a whole
// window matches after it.
var edits = [][2]int{{1, 1}, {1, 0}, {0, 1}}

func runUncreditedCopy(p *analysis.Pass) error {
	x := p.Corpus
	if x == nil || x.Len() == 0 {
		return nil
	}
	r, _ := p.ResultOf[Analyzer].(*Result)
	fd := fingerprint.Of(p.Doc)
	ours := ""
	if p.Config != nil {
		ours = p.Config.Publisher
	}
	ownDoc := map[int32]int8{} // 1 ours, 2 not ours
	var grams []uint32
	var ps []corpus.Posting
	for b, ws := range fd.Blocks {
		grams = fingerprint.Grams(ws, grams)
		var runs []run
		for i, h := range grams {
			if h == 0 {
				continue
			}
			ps = x.Postings(h, ps[:0])
			if len(ps) > maxPostings {
				continue // a stock phrase many documents share is no evidence of copying
			}
		postings:
			for _, po := range ps {
				for _, rn := range runs {
					if rn.doc == po.Doc && rn.dlo <= i && i <= rn.dhi {
						continue postings // already matched from an earlier window
					}
				}
				// The hash may collide: confirm the window word by word.
				for k := range fingerprint.Window {
					if x.Check(int(po.Doc), int(po.Word)+k) != int(ws[i+k].Check()) {
						continue postings
					}
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
				runs = append(runs, extend(x, ws, int(po.Doc), i, int(po.Word)))
			}
		}
		sort.SliceStable(runs, func(i, j int) bool { return runs[i].doc < runs[j].doc })
		var reported [][2]int
	next:
		for _, rn := range runs {
			if rn.words < MinCopyWords {
				continue
			}
			for _, q := range reported {
				if q[0] <= rn.dlo && rn.dlo <= q[1] {
					continue next
				}
			}
			report(p, r, x, b, ws, rn)
			reported = append(reported, [2]int{rn.dlo, rn.dhi})
		}
	}
	return nil
}

// extend grows a confirmed window (draft word i, corpus word c of doc)
// both ways while the words' checks agree, through light edits.
func extend(x *corpus.Index, ws []fingerprint.Word, doc, i, c int) run {
	nw := x.Words(doc)
	match := func(d, k int) bool {
		return d >= 0 && d < len(ws) && k >= 0 && k < nw && x.Check(doc, k) == int(ws[d].Check())
	}
	rn := run{doc: int32(doc), dlo: i, dhi: i + fingerprint.Window - 1, clo: c, chi: c + fingerprint.Window - 1}
	count := func(d, k int) {
		if !ws[d].Quoted || !x.Quoted(doc, k) {
			rn.words++
		}
	}
	for k := range fingerprint.Window {
		count(i+k, c+k)
	}
	for _, dir := range []int{1, -1} {
		d, k := rn.dhi+1, rn.chi+1
		if dir < 0 {
			d, k = rn.dlo-1, rn.clo-1
		}
	grow:
		for {
			if match(d, k) {
				count(d, k)
				if dir > 0 {
					rn.dhi, rn.chi = d, k
				} else {
					rn.dlo, rn.clo = d, k
				}
				d, k = d+dir, k+dir
				continue
			}
			for _, e := range edits {
				d2, k2 := d+dir*e[0], k+dir*e[1]
				ok := true
				for j := range fingerprint.Window {
					if !match(d2+dir*j, k2+dir*j) {
						ok = false
						break
					}
				}
				if ok {
					d, k = d2, k2
					continue grow
				}
			}
			break
		}
	}
	return rn
}

func sameSource(a, b string, cfg *analysis.Config) bool {
	if strings.EqualFold(strings.TrimSpace(a), strings.TrimSpace(b)) {
		return true
	}
	as := Agencies(cfg)
	la := lookup(as, a)
	return la != "" && la == lookup(as, b)
}

func report(p *analysis.Pass, r *Result, x *corpus.Index, block int, ws []fingerprint.Word, rn run) {
	doc := int(rn.doc)
	info := x.Doc(doc)
	src := info.Source
	if src == "" {
		src = info.Publisher
	}
	if src != "" && credits(p, r, src) {
		return
	}
	ev := analysis.Evidence{Path: info.Path, URL: info.URL, Title: info.Title, Date: info.Date, Offset: -1}
	if ps, ok := x.PassageWords(doc, rn.clo, rn.chi-rn.clo+1); ok {
		ev.Text, ev.Offset, ev.Length = ps.Text, int(ps.Offset), int(ps.Length)
		// Cut to the copied words when the passage maps byte for byte.
		pw := fingerprint.Words(ps.Text)
		a, z := rn.clo-int(ps.Word), rn.chi-int(ps.Word)
		if int(ps.Length) == len(ps.Text) && len(pw) == int(ps.Words) && a >= 0 && z < len(pw) {
			s, e := int(pw[a].Start), int(pw[z].End)
			ev.Text, ev.Offset, ev.Length = ps.Text[s:e], int(ps.Offset)+s, e-s
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
	p.ReportSpan(block, int(ws[rn.dlo].Start), int(ws[rn.dhi].End),
		fmt.Sprintf("passage copied from %q (%s) without a credit", title, name), ev)
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
