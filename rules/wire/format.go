package wire

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/wordtable"
)

// CreditFormat flags misspelled agency names and malformed credit lines.
var CreditFormat = &analysis.Rule{
	ID:       "wire/credit-format",
	Doc:      "a credit line that names a near-miss of a known agency (\"Reuter\", \"Asociated Press\", \"Agence France Presse\") or is malformed for its kind; suggests the correct form",
	Severity: analysis.Warning,
	Requires: []*analysis.Analyzer{Analyzer},
	Run:      runCreditFormat,
}

// notNearMiss are real words one edit from an agency name.
var notNearMiss = wordtable.Words(`kyoto`)

func runCreditFormat(p *analysis.Pass) error {
	r, _ := p.ResultOf[Analyzer].(*Result)
	if r == nil {
		return nil
	}
	seen := map[int]bool{}
	for _, m := range r.Markers {
		if m.Kind != KindCredit || seen[m.Block] {
			continue
		}
		seen[m.Block] = true
		checkCredit(p, m.Block, Agencies(p.Config))
	}
	return nil
}

type tok struct{ s, e int }

func words(t string) []tok {
	var out []tok
	start := -1
	for i, c := range t {
		in := unicode.IsLetter(c) || unicode.IsDigit(c) || (start >= 0 && (c == '-' || c == '\''))
		if in && start < 0 {
			start = i
		} else if !in && start >= 0 {
			out = append(out, tok{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, tok{start, len(t)})
	}
	return out
}

func checkCredit(p *analysis.Pass, b int, as []analysis.Agency) {
	t := p.Doc.Blocks[b].Text
	ws := words(t)
	type cand struct {
		s, e int
		msg  string
	}
	var cands []cand
	for _, a := range as {
		for _, n := range names(a) {
			if len(n) < 5 {
				continue // too short to tell a typo from another word
			}
			nw := len(strings.Fields(n))
			for k := max(1, nw-1); k <= nw+1; k++ {
				for i := 0; i+k <= len(ws); i++ {
					s, e := ws[i].s, ws[i+k-1].e
					got := t[s:e]
					if got == n || !unicode.IsUpper(rune(got[0])) {
						continue
					}
					if lookup(as, got) != "" || notNearMiss[strings.ToLower(got)] {
						continue
					}
					if near(got, n) {
						cands = append(cands, cand{s, e, fmt.Sprintf("%q looks like a misspelling of %q in a credit line; write %q", got, n, a.Name)})
					}
				}
			}
		}
	}
	// keep the longest of overlapping candidates
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].e-cands[i].s > cands[j].e-cands[j].s })
	var keep []cand
	for _, c := range cands {
		ok := true
		for _, k := range keep {
			if c.s < k.e && k.s < c.e {
				ok = false
				break
			}
		}
		if ok {
			keep = append(keep, c)
		}
	}
	sort.Slice(keep, func(i, j int) bool { return keep[i].s < keep[j].s })
	for _, c := range keep {
		p.ReportSpan(b, c.s, c.e, c.msg)
	}
	// malformed Reuters-style credit: "(Reporting by ..." without its ")"
	tr := strings.TrimSpace(t)
	if strings.HasPrefix(tr, "(") && strings.Count(tr, "(") != strings.Count(tr, ")") {
		s := strings.Index(t, "(")
		p.ReportSpan(b, s, len(strings.TrimRight(t, " ")), "credit line opens a parenthesis it does not close; write \"(Reporting by A; Editing by B)\"")
	}
}

// near reports whether got is one edit (or only punctuation/case) from want.
func near(got, want string) bool {
	g, w := strings.ToLower(got), strings.ToLower(want)
	if g == w {
		return false // case differences in "dpa"/"DPA" are fine
	}
	if strip(g) == strip(w) {
		return true // "Agence France Presse"
	}
	return lev1(g, w)
}

func strip(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return r
		}
		return -1
	}, s)
}

// lev1 reports whether a and b are at Levenshtein distance exactly 1.
func lev1(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(rb)-len(ra) > 1 {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		if i == len(ra) {
			return false
		}
		// substitution or adjacent transposition
		if string(ra[i+1:]) == string(rb[i+1:]) {
			return true
		}
		return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
	}
	return string(ra[i:]) == string(rb[i+1:])
}
