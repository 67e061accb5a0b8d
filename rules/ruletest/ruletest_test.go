package ruletest_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/attribution"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/ruletest"
	"github.com/attrlint/attrlint/rules/wire"
)

const src = "By Jane Roe\n\nWASHINGTON (AP) — The council met on Monday.\n\nExperts say the plan will fail.\n"

func rulesOf(fs []analysis.Finding) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.Rule+" "+f.Severity.String())
	}
	return out
}

func TestLintOnly(t *testing.T) {
	cfg := &analysis.Config{Rules: map[string]analysis.RuleConfig{wire.MissingCredit.ID: {Severity: analysis.Warning}}}
	before := cfg.Rules[wire.MissingCredit.ID]
	tests := []struct {
		name string
		only []*analysis.Rule
		want []string
	}{
		{"one rule, configured severity kept", []*analysis.Rule{wire.MissingCredit}, []string{"wire/missing-credit warning"}},
		{"another rule", []*analysis.Rule{attribution.VagueSource}, []string{"attribution/vague-source info"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := rulesOf(ruletest.Lint(t, src, document.Text, cfg, nil, tt.only...))
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
	if diff := cmp.Diff(before, cfg.Rules[wire.MissingCredit.ID]); diff != "" || len(cfg.Rules) != 1 {
		t.Errorf("cfg was modified: %v", cfg.Rules)
	}
}
