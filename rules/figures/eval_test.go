package figures_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
)

// TestEvalPolNeAR runs the figures rules on real published news (PolNeAR,
// ../shared/data/polnear; evaluation only, never copied into the repo):
// every article is checked on its own (figures/inconsistent) and against
// the training articles as a corpus. Published news is almost always
// consistent, so nearly every finding here is a false alarm. Run with
// ATTRLINT_EVAL=1; skipped when the data is absent.
func TestEvalPolNeAR(t *testing.T) {
	root := os.Getenv("ATTRLINT_POLNEAR")
	if root == "" {
		root = "../../../shared/data/polnear"
	}
	if os.Getenv("ATTRLINT_EVAL") == "" {
		t.Skip("set ATTRLINT_EVAL=1 to evaluate on PolNeAR")
	}
	if _, err := os.Stat(root); err != nil {
		t.Skip("PolNeAR not available:", err)
	}
	dateRE := regexp.MustCompile(`_(\d{4}-\d{2}-\d{2})_`)
	load := func(p string) *document.Document {
		src, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		d, err := document.Parse(filepath.Base(p), src, document.Text)
		if err != nil {
			return nil
		}
		if m := dateRE.FindStringSubmatch(p); m != nil {
			d.Meta.Date = m[1]
		}
		return d
	}
	idx := corpus.New()
	train, _ := filepath.Glob(filepath.Join(root, "train/text/*"))
	for _, p := range train {
		if d := load(p); d != nil {
			idx.Add(d)
		}
	}
	t.Logf("corpus index bytes by part: %v for %d articles", idx.Sizes(), idx.Len())
	cfg := &analysis.Config{}
	for _, r := range rules.All() {
		if !strings.HasPrefix(r.ID, "figures/") {
			cfg.Set(r.ID, false)
		}
	}
	all, _ := filepath.Glob(filepath.Join(root, "*/text/*"))
	docs, flagged := 0, 0
	byRule := map[string]int{}
	for _, p := range all {
		d := load(p)
		if d == nil {
			continue
		}
		docs++
		fs, err := rules.Lint(d, cfg, idx)
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) > 0 {
			flagged++
		}
		for _, f := range fs {
			byRule[f.Rule]++
			ev := ""
			if len(f.Evidence) > 0 {
				ev = f.Evidence[0].Text
			}
			t.Logf("%s: %s: %s\n    evidence: %s", d.Path, f.Rule, f.Message, ev)
		}
	}
	t.Logf("%d articles, corpus of %d with %d figures: %d articles flagged %v", docs, idx.Len(), idx.NumFigures(), flagged, byRule)
	if flagged*100 > docs {
		t.Errorf("%d of %d published articles flagged: above 1%%", flagged, docs)
	}
}
