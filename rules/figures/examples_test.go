package figures_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/figures"
)

func parseFile(t testing.TB, path, name string) *document.Document {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	d, err := document.Parse(name, src, document.FormatOf(path))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// exampleCorpus indexes examples/corpus.
func exampleCorpus(t testing.TB) *corpus.Index {
	t.Helper()
	idx := corpus.New()
	root := "../../examples/corpus"
	err := filepath.WalkDir(root, func(p string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if err := idx.Add(parseFile(t, p, filepath.ToSlash(rel))); err != nil && err != corpus.ErrDuplicate {
			t.Fatal(err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return idx
}

type finding struct{ Rule, Text, Evidence string }

func lintFigures(t testing.TB, path string, idx *corpus.Index) []finding {
	d := parseFile(t, path, filepath.Base(path))
	fs, err := rules.Lint(d, nil, idx)
	if err != nil {
		t.Fatal(err)
	}
	var out []finding
	for _, f := range fs {
		if !strings.HasPrefix(f.Rule, "figures/") {
			continue
		}
		var ev []string
		for _, e := range f.Evidence {
			ev = append(ev, e.Path+": "+e.Text)
		}
		out = append(out, finding{f.Rule, f.Text, strings.Join(ev, " | ")})
	}
	return out
}

func TestExamples(t *testing.T) {
	idx := exampleCorpus(t)
	if idx.Duplicates != 1 {
		t.Errorf("duplicates = %d, want 1", idx.Duplicates)
	}
	tests := []struct {
		draft string
		want  []finding
	}{
		{"contradiction.txt", []finding{{"figures/contradicts-corpus", "2,000 active-duty troops", "border/2023-05-09-troops-arrive.txt: The first of the 1,500 active-duty troops arrived at the southern border on Monday, a Pentagon spokesman said."}}},
		{"storm-contradiction.txt", []finding{{"figures/contradicts-corpus", "39", "storm/2023-09-14-storm-toll-copy.txt: The death toll from the storm climbed to 41 on Thursday, the state emergency agency said."}}},
		{"same-date-disagree.txt", []finding{{"figures/corpus-disagrees", "45", "storm/2023-09-15-county-count.txt: The death toll from the storm stood at 44, county officials said Friday. | storm/2023-09-15-state-count.txt: The death toll from the storm stood at 46, the state emergency agency said Friday."}}},
		{"inconsistent.txt", []finding{{"figures/inconsistent", "1,800 soldiers", "inconsistent.txt: The Pentagon sent 1,500 soldiers to the southern border on Monday, officials said."}}},
		{"consistent.txt", nil},
		{"traps.txt", nil},
	}
	for _, tt := range tests {
		t.Run(tt.draft, func(t *testing.T) {
			got := lintFigures(t, "../../examples/drafts/"+tt.draft, idx)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
		})
	}
	// Without a corpus only figures/inconsistent runs.
	if got := lintFigures(t, "../../examples/drafts/contradiction.txt", nil); len(got) != 0 {
		t.Errorf("without corpus: %v", got)
	}
	// Round trip through bytes gives the same findings.
	idx2, err := corpus.Load(idx.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(lintFigures(t, "../../examples/drafts/contradiction.txt", idx), lintFigures(t, "../../examples/drafts/contradiction.txt", idx2)); diff != "" {
		t.Errorf("after encode/load: %s", diff)
	}
}

var update = flag.Bool("update", false, "rewrite golden files")

// TestExamplesGolden pins every finding on the example drafts, with
// messages and evidence, in testdata/examples.golden.json.
func TestExamplesGolden(t *testing.T) {
	idx := exampleCorpus(t)
	drafts, _ := filepath.Glob("../../examples/drafts/*")
	out := map[string][]rules.Finding{}
	for _, p := range drafts {
		d := parseFile(t, p, filepath.Base(p))
		fs, err := rules.Lint(d, nil, idx)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(p)] = []rules.Finding{}
		for _, f := range fs {
			if !strings.HasPrefix(f.Rule, "figures/") {
				continue
			}
			out[filepath.Base(p)] = append(out[filepath.Base(p)], f)
			// Offsets are bytes of the original files.
			if got := string(d.Source[f.Offset : f.Offset+f.Length]); got != f.Text {
				t.Errorf("%s: finding bytes %q, text %q", p, got, f.Text)
			}
			for _, e := range f.Evidence {
				file := filepath.Join("../../examples/corpus", e.Path)
				if e.Path == d.Path {
					file = p
				}
				src, err := os.ReadFile(file)
				if err != nil || e.Offset < 0 || e.Offset+e.Length > len(src) {
					t.Errorf("%s: evidence %s [%d,+%d]: %v", p, file, e.Offset, e.Length, err)
					continue
				}
				if got := string(src[e.Offset : e.Offset+e.Length]); got != e.Text {
					t.Errorf("%s: evidence bytes %q, text %q", p, got, e.Text)
				}
			}
		}
	}
	got, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden := "testdata/examples.golden.json"
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(strings.TrimSpace(string(want)), strings.TrimSpace(string(got))); diff != "" {
		t.Errorf("golden mismatch (go test -update to accept):\n%s", diff)
	}
}

func TestDebugExamples(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("debug listing: run with -v")
	}
	idx := exampleCorpus(t)
	t.Logf("docs %d figs %d dup %d", idx.Len(), idx.NumFigures(), idx.Duplicates)
	for i := 0; i < idx.NumFigures(); i++ {
		f, doc := idx.Figure(i)
		t.Logf("corpus %s: %q %v-%v %s head=%s mods=%s ev=%s ch=%s role=%s place=%s anchor=%d", idx.Doc(doc).Path, f.Text, f.Low, f.High, f.Unit, f.Head, f.Mods, f.Event, f.Change, f.Role, f.Place, f.Anchor)
	}
	ds, _ := filepath.Glob("../../examples/drafts/*")
	for _, p := range ds {
		d := parseFile(t, p, filepath.Base(p))
		res, _ := rules.Analyze(d, nil, nil, figures.Analyzer)
		for _, f := range res[figures.Analyzer].(*figures.Result).Figures {
			t.Logf("draft %s: %s mods=%v ev=%s ch=%s role=%s place=%s anchor=%d", filepath.Base(p), f.String(), f.Mods, f.Event, f.Change, f.Role, f.Place, f.Anchor)
		}
		for _, f := range lintFigures(t, p, idx) {
			t.Logf("FINDING %s: %+v", filepath.Base(p), f)
		}
	}
}
