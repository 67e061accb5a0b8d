package rules

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/attribution"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/sentences"
)

// wordRule reports every occurrence of word, counting how often the
// sentences analysis ran so tests can check it ran once.
func wordRule(id, word string, sev analysis.Severity) *Rule {
	return &Rule{
		ID: id, Doc: "test rule", Severity: sev,
		Requires: []*analysis.Analyzer{sentences.Analyzer},
		Run: func(p *analysis.Pass) error {
			ss := p.ResultOf[sentences.Analyzer].(*sentences.Result)
			for _, s := range ss.Sentences {
				text := p.Doc.Blocks[s.Block].Text
				for i := s.Start; ; {
					j := strings.Index(text[i:s.End], word)
					if j < 0 {
						break
					}
					p.ReportSpan(s.Block, i+j, i+j+len(word), "found "+word)
					i += j + len(word)
				}
			}
			return nil
		},
	}
}

func withRules(t *testing.T, rs ...*Rule) {
	old := builtin
	builtin = rs
	t.Cleanup(func() { builtin = old })
}

type hit struct {
	Rule, Severity, Text string
	Offset               int
}

func hits(fs []Finding) []hit {
	var out []hit
	for _, f := range fs {
		out = append(out, hit{f.Rule, f.Severity.String(), f.Text, f.Offset})
	}
	return out
}

func TestLintConfigAndSuppression(t *testing.T) {
	withRules(t, wordRule("test/alpha", "alpha", analysis.Warning), wordRule("test/beta", "beta", analysis.Info))
	off := false
	tests := []struct {
		name string
		src  string
		cfg  Config
		dirs []document.Directive
		want []hit
	}{
		{"defaults", "alpha beta.\n\nbeta alpha.", Config{}, nil, []hit{
			{"test/alpha", "warning", "alpha", 0}, {"test/beta", "info", "beta", 6},
			{"test/beta", "info", "beta", 13}, {"test/alpha", "warning", "alpha", 18},
		}},
		{"disabled rule", "alpha beta.", Config{Rules: map[string]analysis.RuleConfig{"test/beta": {Enabled: &off}}}, nil, []hit{
			{"test/alpha", "warning", "alpha", 0},
		}},
		{"severity override", "alpha.", Config{Rules: map[string]analysis.RuleConfig{"test/alpha": {Severity: analysis.Error}}}, nil, []hit{
			{"test/alpha", "error", "alpha", 0},
		}},
		{"min severity", "alpha beta.", Config{MinSeverity: analysis.Warning}, nil, []hit{
			{"test/alpha", "warning", "alpha", 0},
		}},
		{"disable then enable", "alpha.\n\nalpha.\n\nalpha.", Config{}, []document.Directive{
			{Kind: document.Disable, Rules: []string{"test/alpha"}, Offset: 7},
			{Kind: document.Enable, Offset: 14},
		}, []hit{{"test/alpha", "warning", "alpha", 0}, {"test/alpha", "warning", "alpha", 16}}},
		{"disable next block", "alpha.\n\nalpha beta.", Config{}, []document.Directive{
			{Kind: document.DisableNextLine, Offset: 7, NextBlock: 1},
		}, []hit{{"test/alpha", "warning", "alpha", 0}}},
		{"reader mode ignores comments", "alpha.", Config{ReaderMode: true}, []document.Directive{
			{Kind: document.Disable},
		}, []hit{{"test/alpha", "warning", "alpha", 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := document.Parse("t.txt", []byte(tt.src), document.Text)
			if err != nil {
				t.Fatal(err)
			}
			d.Directives = tt.dirs
			fs, err := Lint(d, &tt.cfg, nil)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, hits(fs)); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLintRecoversFromPanickingRule(t *testing.T) {
	withRules(t, &Rule{ID: "test/boom", Run: func(*analysis.Pass) error { panic("boom") }})
	d, _ := document.Parse("t.txt", []byte("text."), document.Text)
	if _, err := Lint(d, nil, nil); err == nil || !strings.Contains(err.Error(), "test/boom") {
		t.Fatalf("Lint error = %v, want one naming the rule", err)
	}
}

func TestSharedAnalysisRunsOnce(t *testing.T) {
	runs := 0
	a := &analysis.Analyzer{Name: "count", Run: func(*analysis.Pass) (any, error) { runs++; return nil, nil }}
	r := func(id string) *Rule {
		return &Rule{ID: id, Requires: []*analysis.Analyzer{a}, Run: func(*analysis.Pass) error { return nil }}
	}
	withRules(t, r("test/a"), r("test/b"), r("test/c"))
	d, _ := document.Parse("t.txt", []byte("text."), document.Text)
	if _, err := Lint(d, nil, nil); err != nil {
		t.Fatal(err)
	}
	if runs != 1 {
		t.Errorf("shared analysis ran %d times, want 1", runs)
	}
}

func TestValidateNamesUnknownRule(t *testing.T) {
	withRules(t, wordRule("test/alpha", "alpha", analysis.Warning))
	err := Validate(&Config{Rules: map[string]analysis.RuleConfig{"test/nope": {}}})
	if err == nil || !strings.Contains(err.Error(), "test/nope") {
		t.Fatalf("Validate = %v, want an error naming test/nope", err)
	}
	if err := Validate(&Config{Rules: map[string]analysis.RuleConfig{"test/alpha": {}}}); err != nil {
		t.Fatalf("Validate(known) = %v", err)
	}
}

func TestValidateClaims(t *testing.T) {
	tests := []struct {
		name   string
		id     string
		claims []string
		err    string // part of the error; "" for none
	}{
		{"kinds of claim", attribution.UnattributedClaim.ID, []string{"statistic", "comparison"}, ""},
		{"every kind", attribution.UnattributedClaim.ID, attribution.UnattributedClaim.Claims, ""},
		{"an unknown kind", attribution.UnattributedClaim.ID, []string{"statistic", "statistics"}, `unknown kind of claim "statistics" (want statistic, prediction`},
		{"another rule", attribution.VagueSource.ID, []string{"statistic"}, `rule "attribution/vague-source" takes no claims`},
		{"another rule, no claims", attribution.VagueSource.ID, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Validate(&Config{Rules: map[string]analysis.RuleConfig{tt.id: {Claims: tt.claims}}})
			if tt.err == "" && err != nil || tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)) {
				t.Fatalf("Validate = %v, want %q", err, tt.err)
			}
		})
	}
}

func TestRuleIDsAreNamespacedAndUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range All() {
		if !strings.Contains(r.ID, "/") || r.Doc == "" || r.Severity == 0 {
			t.Errorf("rule %q: want a namespaced ID, a doc and a default severity", r.ID)
		}
		if seen[r.ID] {
			t.Errorf("duplicate rule ID %q", r.ID)
		}
		seen[r.ID] = true
	}
}
