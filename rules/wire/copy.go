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
// (2, 2: two word pairs differ), added to the draft (2, 1) or left out of
// it (1, 2), if editWords words match after it (by chance one time in
// 8^(editWords-1)).
var edits = [][2]int{{2, 2}, {2, 1}, {1, 2}}

const editWords = 5

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
			var ok bool
			if ps, ok = x.Postings(h, maxPostings, ps[:0]); !ok {
				continue // a stock phrase many documents share is no evidence of copying
			}
		postings:
			for _, po := range ps {
				for _, rn := range runs {
					if rn.doc == po.Doc && rn.dlo <= i && i <= rn.dhi && rn.clo <= int(po.Word) && int(po.Word) <= rn.chi {
						continue postings // already matched from an earlier window
					}
				}
				// The hash may collide: confirm the window word by word.
				for k := range fingerprint.Window - 1 {
					if x.Check(int(po.Doc), int(po.Word)+k) != int(fingerprint.PairCheck(ws[i+k].Hash, ws[i+k+1].Hash)) {
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
		// The longest match first; a passage is reported once, from one
		// document.
		sort.SliceStable(runs, func(i, j int) bool {
			if runs[i].words != runs[j].words {
				return runs[i].words > runs[j].words
			}
			return runs[i].doc < runs[j].doc
		})
		var reported [][2]int
	next:
		for _, rn := range runs {
			if rn.words < MinCopyWords {
				continue
			}
			for _, q := range reported {
				if rn.dlo <= q[1] && q[0] <= rn.dhi {
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
// both ways while the checks of word pairs agree, through light edits.
func extend(x *corpus.Index, ws []fingerprint.Word, doc, i, c int) run {
	nw := x.Words(doc)
	// pair: the pair of words d, d+1 of the draft and k, k+1 of the corpus.
	pair := func(d, k int) bool {
		return d >= 0 && d+1 < len(ws) && k >= 0 && k+1 < nw &&
			x.Check(doc, k) == int(fingerprint.PairCheck(ws[d].Hash, ws[d+1].Hash))
	}
	// window: editWords-1 pairs from (d, k) in direction dir (the pair at
	// d-1 going left) agree.
	window := func(d, k, dir int) bool {
		if dir < 0 {
			d, k = d-1, k-1
		}
		for j := range editWords - 1 {
			if !pair(d+dir*j, k+dir*j) {
				return false
			}
		}
		return true
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
	// Right: the pair (dhi, dhi+1) brings in word dhi+1.
	for {
		if pair(rn.dhi, rn.chi) {
			rn.dhi, rn.chi = rn.dhi+1, rn.chi+1
			count(rn.dhi, rn.chi)
			continue
		}
		ok := false
		for _, e := range edits {
			if d, k := rn.dhi+e[0], rn.chi+e[1]; window(d, k, 1) {
				rn.dhi, rn.chi, ok = d, k, true
				count(d, k)
				break
			}
		}
		if !ok {
			break
		}
	}
	// Left: the pair (dlo-1, dlo) brings in word dlo-1.
	for {
		if pair(rn.dlo-1, rn.clo-1) {
			rn.dlo, rn.clo = rn.dlo-1, rn.clo-1
			count(rn.dlo, rn.clo)
			continue
		}
		ok := false
		for _, e := range edits {
			if d, k := rn.dlo-e[0], rn.clo-e[1]; window(d, k, -1) {
				rn.dlo, rn.clo, ok = d, k, true
				count(d, k)
				break
			}
		}
		if !ok {
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
