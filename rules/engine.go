// Package rules is the attrlint engine: it decodes nothing from disk and
// writes nothing anywhere, so the same code runs in the CLI and in WASM.
// Lint runs the enabled rules on one document, computing every shared
// analysis once.
package rules

import (
	"fmt"
	"slices"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
)

type (
	Config   = analysis.Config
	Finding  = analysis.Finding
	Evidence = analysis.Evidence
	Severity = analysis.Severity
	Rule     = analysis.Rule
)

// Lint checks one document. idx may be nil (no reference corpus).
func Lint(d *document.Document, cfg *Config, idx *corpus.Index) ([]Finding, error) {
	if cfg == nil {
		cfg = &Config{}
	}
	var run []*Rule
	for _, r := range All() {
		if cfg.Enabled(r.ID) && (!r.NeedsCorpus || idx != nil) {
			run = append(run, r)
		}
	}
	// An analysis's result is dropped after the last rule that needs it, so
	// that a long document never holds every analysis at once.
	lastUse := map[*analysis.Analyzer]int{}
	for i, r := range run {
		for _, a := range r.Requires {
			markUse(a, i, lastUse)
		}
	}
	results := map[*analysis.Analyzer]any{}
	var findings findingChunks
	for i, r := range run {
		for _, a := range r.Requires {
			if err := compute(a, d, cfg, idx, results); err != nil {
				return nil, err
			}
		}
		sev := cfg.SeverityOf(r)
		pass := analysis.NewPass(d, cfg, idx, results, r, func(f Finding) {
			f.Severity = sev
			findings.add(f)
		})
		if err := safeRun(r, pass); err != nil {
			return nil, err
		}
		for a, last := range lastUse {
			if last == i {
				delete(results, a)
			}
		}
	}
	return filter(d, cfg, findings.all()), nil
}

// markUse records that rule i needs a and everything a requires.
func markUse(a *analysis.Analyzer, i int, lastUse map[*analysis.Analyzer]int) {
	lastUse[a] = i
	for _, req := range a.Requires {
		markUse(req, i, lastUse)
	}
}

// Analyze computes the given analyses (and what they require) without
// running rules; attrlint inspect uses it.
func Analyze(d *document.Document, cfg *Config, idx *corpus.Index, as ...*analysis.Analyzer) (map[*analysis.Analyzer]any, error) {
	results := map[*analysis.Analyzer]any{}
	for _, a := range as {
		if err := compute(a, d, cfg, idx, results); err != nil {
			return nil, err
		}
	}
	return results, nil
}

func compute(a *analysis.Analyzer, d *document.Document, cfg *Config, idx *corpus.Index, results map[*analysis.Analyzer]any) error {
	if _, ok := results[a]; ok {
		return nil
	}
	for _, req := range a.Requires {
		if err := compute(req, d, cfg, idx, results); err != nil {
			return err
		}
	}
	pass := analysis.NewPass(d, cfg, idx, results, nil, nil)
	res, err := safeAnalyze(a, pass)
	if err != nil {
		return fmt.Errorf("analysis %s: %w", a.Name, err)
	}
	results[a] = res
	return nil
}

// safeRun turns a panic in a rule into an error naming the rule: a bug in
// one rule must surface, not crash a browser tab or a CI job silently.
func safeRun(r *Rule, p *analysis.Pass) (err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("internal error in rule %s: %v", r.ID, v)
		}
	}()
	return r.Run(p)
}

func safeAnalyze(a *analysis.Analyzer, p *analysis.Pass) (res any, err error) {
	defer func() {
		if v := recover(); v != nil {
			err = fmt.Errorf("internal error: %v", v)
		}
	}()
	return a.Run(p)
}

// filter applies inline suppressions and the minimum severity, then sorts
// findings by position and rule and drops exact duplicates.
func filter(d *document.Document, cfg *Config, fs []Finding) []Finding {
	out := fs[:0]
	for _, f := range fs {
		if f.Severity < cfg.MinSeverity {
			continue
		}
		if !cfg.ReaderMode && suppressed(d, f) {
			continue
		}
		out = append(out, f)
	}
	sortFindings(out)
	return slices.CompactFunc(out, func(a, b Finding) bool {
		return a.Rule == b.Rule && a.Offset == b.Offset && a.Length == b.Length && a.Message == b.Message
	})
}

// suppressed applies attrlint-disable / -enable / -disable-next-line
// comments: disable..enable covers the source bytes between them; next-line
// covers the block that follows the comment.
func suppressed(d *document.Document, f Finding) bool {
	off := false
	for _, dir := range d.Directives {
		names := len(dir.Rules) == 0 || slices.Contains(dir.Rules, f.Rule)
		if !names {
			continue
		}
		switch dir.Kind {
		case document.DisableNextLine:
			if dir.NextBlock == f.Block && dir.Offset < f.Offset {
				return true
			}
		case document.Disable:
			if dir.Offset < f.Offset {
				off = true
			}
		case document.Enable:
			if dir.Offset < f.Offset {
				off = false
			}
		}
	}
	return off
}
