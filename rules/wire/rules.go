package wire

import (
	"fmt"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/document"
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
	whole := map[string]bool{}    // agencies the story as a whole is credited to
	credited := map[string]bool{} // agencies a credit line or a byline names
	for _, m := range r.Markers {
		if m.Kind == KindDateline && m.Agency != "" && opening(p, m.Block) && !r.StaffByline {
			whole[m.Agency] = true
		}
		if m.Kind == KindCredit || m.Kind == KindByline {
			credited[m.Agency] = true
		}
	}
	for _, m := range r.Markers {
		if m.Kind != KindDateline || m.Agency == "" || whole[m.Agency] {
			continue
		}
		if p.Doc.Meta.Publisher != "" && lookup(Agencies(p.Config), p.Doc.Meta.Publisher) == m.Agency {
			continue
		}
		if credited[m.Agency] {
			continue
		}
		switch {
		case opening(p, m.Block):
			p.ReportSpan(m.Block, m.Start, m.End, fmt.Sprintf("%s dateline under a staff byline, and no credit line names %s", m.Agency, m.Agency))
		default:
			p.ReportSpan(m.Block, m.Start, m.End, fmt.Sprintf("%s dateline in the middle of the story (pasted wire copy?) and no credit line names %s", m.Agency, m.Agency))
		}
	}
	return nil
}

// opening reports whether block b opens the story: only headings, bylines
// and a short headline-like paragraph come before it.
func opening(p *analysis.Pass, b int) bool {
	n := 0
	for i := 0; i < b && n < 200; i++ {
		blk := &p.Doc.Blocks[i]
		if blk.Kind == document.Paragraph || blk.Kind == document.Blockquote || blk.Kind == document.ListItem {
			n += len(blk.Text)
		}
	}
	return n < 200
}
