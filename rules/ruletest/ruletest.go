// Package ruletest runs rules on small documents for table-driven tests,
// as golang.org/x/tools/go/analysis/analysistest does for analyzers.
package ruletest

import (
	"maps"
	"testing"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
)

// Lint parses src as format f and lints it with only the rules given
// enabled (every rule when none is), against idx when it is not nil. cfg
// may be nil; it is not modified. Every finding must point at non-empty
// bytes of src.
func Lint(t testing.TB, src string, f document.Format, cfg *analysis.Config, idx *corpus.Index, only ...*analysis.Rule) []analysis.Finding {
	t.Helper()
	d, err := document.Parse("t."+string(f), []byte(src), f)
	if err != nil {
		t.Fatal(err)
	}
	c := analysis.Config{}
	if cfg != nil {
		c = *cfg
	}
	if len(only) > 0 {
		enabled := map[*analysis.Rule]bool{}
		for _, r := range only {
			enabled[r] = true
		}
		c.Rules = maps.Clone(c.Rules) // keeps severities; cfg stays as it was
		for _, r := range rules.All() {
			c.Set(r.ID, enabled[r])
		}
	}
	fs, err := rules.Lint(d, &c, idx)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range fs {
		if x.Offset < 0 || x.Length <= 0 || x.Offset+x.Length > len(d.Source) {
			t.Errorf("%s: span [%d,+%d) outside the %d-byte source, for %q", x.Rule, x.Offset, x.Length, len(d.Source), x.Text)
		}
	}
	return fs
}

// Texts is the flagged text of each finding.
func Texts(fs []analysis.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Text)
	}
	return out
}
