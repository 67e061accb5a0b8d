package wire

import (
	"fmt"

	"github.com/attrlint/attrlint/rules/analysis"
)

// MissingCredit flags agency datelines in copy that does not credit the agency.
var MissingCredit = &analysis.Rule{
	ID:       "wire/missing-credit",
	Doc:      "agency material (an agency dateline) in a story that does not credit the agency: under a staff byline with no credit line naming it, or pasted in the middle of a story",
	Severity: analysis.Error,
	Requires: []*analysis.Analyzer{Analyzer},
	Run:      runMissingCredit,
}

func runMissingCredit(p *analysis.Pass) error {
	r, _ := p.ResultOf[Analyzer].(*Result)
	if r == nil {
		return nil
	}
	for _, m := range r.Markers {
		if m.Kind != KindDateline || m.Agency == "" {
			continue
		}
		if p.Doc.Meta.Publisher != "" && lookup(Agencies(p.Config), p.Doc.Meta.Publisher) == m.Agency {
			continue
		}
		if creditedBy(r, m.Agency) {
			continue
		}
		opening := m.Block == r.FirstBody
		switch {
		case opening && !r.StaffByline:
			continue // the whole story is the agency's
		case opening:
			p.ReportSpan(m.Block, m.Start, m.End, fmt.Sprintf("%s dateline under a staff byline, and no credit line names %s", m.Agency, m.Agency))
		default:
			p.ReportSpan(m.Block, m.Start, m.End, fmt.Sprintf("%s dateline in the middle of the story (pasted wire copy?) and no credit line names %s", m.Agency, m.Agency))
		}
	}
	return nil
}

// creditedBy: a credit line or a byline names the agency.
func creditedBy(r *Result, agency string) bool {
	for _, m := range r.Markers {
		if m.Agency == agency && (m.Kind == KindCredit || m.Kind == KindByline) {
			return true
		}
	}
	return false
}
