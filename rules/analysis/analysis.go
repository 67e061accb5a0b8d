// Package analysis defines the rule API, modelled on
// golang.org/x/tools/go/analysis: shared analyses (sentences, quotes,
// attributions, figures) declare what they require and run once per
// document; rules declare their ID, doc, default severity and the analyses
// they need, and report findings.
package analysis

import (
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
)

// Analyzer is a shared analysis: it computes a result once per document
// that rules and other analyses read through Pass.ResultOf.
type Analyzer struct {
	Name     string
	Doc      string
	Requires []*Analyzer
	Run      func(*Pass) (any, error)
}

// Rule is a check that reports findings.
type Rule struct {
	ID       string // stable, namespaced: "attribution/orphan-quote"
	Doc      string
	Severity Severity // default severity
	Requires []*Analyzer
	// NeedsCorpus marks rules that only run with a reference corpus.
	NeedsCorpus bool
	// Claims lists the values its claims setting (RuleConfig.Claims) may
	// take; none: the rule takes no claims setting.
	Claims []string
	Run    func(*Pass) error
}

// Pass is what an analysis or a rule sees of one document.
type Pass struct {
	Doc    *document.Document
	Config *Config
	// Corpus is the reference corpus, or nil when none was given.
	Corpus *corpus.Index
	// ResultOf holds the results of the required analyses.
	ResultOf map[*Analyzer]any

	rule   *Rule
	report func(Finding)
}

// NewPass is used by the engine.
func NewPass(d *document.Document, cfg *Config, idx *corpus.Index, results map[*Analyzer]any, r *Rule, report func(Finding)) *Pass {
	return &Pass{Doc: d, Config: cfg, Corpus: idx, ResultOf: results, rule: r, report: report}
}

// Settings returns what the config sets for the rule being run.
func (p *Pass) Settings() RuleConfig {
	if p.Config == nil || p.rule == nil {
		return RuleConfig{}
	}
	return p.Config.Rules[p.rule.ID]
}

// Report records a finding. Rule and severity are filled in when empty.
func (p *Pass) Report(f Finding) {
	if p.report == nil {
		return
	}
	if f.Rule == "" && p.rule != nil {
		f.Rule = p.rule.ID
	}
	if f.Evidence == nil {
		f.Evidence = []Evidence{}
	}
	p.report(f)
}

// ReportSpan reports a finding on text[start:end] of block b.
func (p *Pass) ReportSpan(b, start, end int, msg string, ev ...Evidence) {
	off, n := p.Doc.Span(b, start, end)
	p.Report(Finding{Message: msg, Offset: off, Length: n, Text: p.Doc.Blocks[b].Text[start:end], Block: b, Evidence: ev})
}
