package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/attrlint/attrlint/linter"
	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
)

func init() {
	evaluations = append(evaluations, evaluation{"figures and wire: held-out cases (testdata/heldout)", runHeldout})
}

// heldoutCase is one case of a .cases file (testdata/heldout/README.md).
type heldoutCase struct {
	name      string
	publisher string
	corpus    []heldoutFile
	draft     string
	want      []heldoutWant
}

type heldoutFile struct{ name, text string }

type heldoutWant struct{ rule, text string }

// parseCases reads a .cases file.
func parseCases(src string) ([]heldoutCase, error) {
	var out []heldoutCase
	var c *heldoutCase
	var body *strings.Builder
	section := ""
	flush := func() {
		if c == nil || body == nil {
			return
		}
		text := strings.TrimSpace(body.String()) + "\n"
		switch {
		case section == "draft":
			c.draft = text
		case strings.HasPrefix(section, "corpus "):
			c.corpus = append(c.corpus, heldoutFile{strings.TrimPrefix(section, "corpus "), text})
		}
		body = nil
	}
	for n, line := range strings.Split(src, "\n") {
		bad := func(format string, a ...any) error {
			return fmt.Errorf("line %d: %s", n+1, fmt.Sprintf(format, a...))
		}
		switch {
		case strings.HasPrefix(line, "## case "):
			flush()
			out = append(out, heldoutCase{name: strings.TrimSpace(strings.TrimPrefix(line, "## case "))})
			c, section = &out[len(out)-1], ""
		case strings.HasPrefix(line, "# "):
			if c == nil {
				return nil, bad("%q before the first case", line)
			}
			flush()
			section = strings.TrimSpace(strings.TrimPrefix(line, "# "))
			switch {
			case strings.HasPrefix(section, "config publisher:"):
				c.publisher = strings.TrimSpace(strings.TrimPrefix(section, "config publisher:"))
				section = ""
			case section == "draft" || strings.HasPrefix(section, "corpus "):
				body = &strings.Builder{}
			case section == "want":
			default:
				return nil, bad("unknown section %q", section)
			}
		case section == "want":
			if strings.TrimSpace(line) == "" {
				continue
			}
			rule, text, ok := strings.Cut(line, " | ")
			if !ok || rules.Lookup(strings.TrimSpace(rule)) == nil {
				return nil, bad("want %q: not RULE | text with a known rule", line)
			}
			c.want = append(c.want, heldoutWant{strings.TrimSpace(rule), strings.TrimSpace(text)})
		case body != nil:
			body.WriteString(line)
			body.WriteByte('\n')
		case strings.TrimSpace(line) != "":
			return nil, bad("text outside a section: %q", line)
		}
	}
	flush()
	for _, c := range out {
		if strings.TrimSpace(c.draft) == "" {
			return nil, fmt.Errorf("case %s: no draft", c.name)
		}
	}
	return out, nil
}

// heldoutFindings lints a case's draft against its corpus and returns the
// findings of the rules whose IDs start with prefix.
func heldoutFindings(c heldoutCase, prefix string) ([]analysis.Finding, error) {
	cfg := &analysis.Config{Publisher: c.publisher}
	var idx *corpus.Index
	if len(c.corpus) > 0 {
		dir, err := os.MkdirTemp("", "heldout")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
		for _, f := range c.corpus {
			if err := os.WriteFile(filepath.Join(dir, f.name), []byte(f.text), 0o644); err != nil {
				return nil, err
			}
		}
		if idx, err = linter.LoadCorpus(dir); err != nil {
			return nil, fmt.Errorf("case %s: corpus: %w", c.name, err)
		}
	}
	d, err := document.Parse("draft.txt", []byte(c.draft), document.Text)
	if err != nil {
		return nil, fmt.Errorf("case %s: %w", c.name, err)
	}
	fs, err := rules.Lint(d, cfg, idx)
	if err != nil {
		return nil, fmt.Errorf("case %s: %w", c.name, err)
	}
	var out []analysis.Finding
	for _, f := range fs {
		if strings.HasPrefix(f.Rule, prefix) {
			out = append(out, f)
		}
	}
	return out, nil
}

// scoreCase counts, per rule, findings that match a wanted one (true
// positives), findings that match none (false positives) and wanted ones
// no finding matched (misses). A finding matches when it has the wanted
// rule and one of its text and the wanted text contains the other.
func scoreCase(c heldoutCase, fs []analysis.Finding, by map[string]*prf, misses *[]string) {
	get := func(rule string) *prf {
		if by[rule] == nil {
			by[rule] = &prf{}
		}
		return by[rule]
	}
	used := make([]bool, len(fs))
	for _, w := range c.want {
		hit := false
		for i, f := range fs {
			if !used[i] && f.Rule == w.rule && (strings.Contains(f.Text, w.text) || strings.Contains(w.text, f.Text)) {
				used[i], hit = true, true
				break
			}
		}
		if hit {
			get(w.rule).tp++
		} else {
			get(w.rule).fn++
			*misses = append(*misses, fmt.Sprintf("missed  %s: %s %q", c.name, w.rule, w.text))
		}
	}
	for i, f := range fs {
		if !used[i] {
			get(f.Rule).fp++
			*misses = append(*misses, fmt.Sprintf("false   %s: %s %q (%s)", c.name, f.Rule, f.Text, f.Message))
		}
	}
}

func runHeldout(root string) error {
	files, err := filepath.Glob(filepath.Join(root, "testdata", "heldout", "*.cases"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no testdata/heldout/*.cases under %s", root)
	}
	for _, path := range files {
		// figures.cases, figures-2.cases: the rules of the name's first word.
		set := struct{ file, prefix string }{filepath.Base(path), ""}
		set.prefix, _, _ = strings.Cut(strings.TrimSuffix(set.file, ".cases"), "-")
		set.prefix += "/"
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		cases, err := parseCases(string(src))
		if err != nil {
			return fmt.Errorf("%s: %w", set.file, err)
		}
		if len(cases) == 0 {
			return fmt.Errorf("%s: no cases", set.file)
		}
		by := map[string]*prf{}
		var misses []string
		for _, c := range cases {
			fs, err := heldoutFindings(c, set.prefix)
			if err != nil {
				return fmt.Errorf("%s: %w", set.file, err)
			}
			scoreCase(c, fs, by, &misses)
		}
		fmt.Printf("%s: %d cases\n", set.file, len(cases))
		var ids []string
		for id := range by {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		for _, id := range ids {
			s := by[id]
			fmt.Printf("  %-28s precision %s  recall %s\n", id, fraction(s.tp, s.tp+s.fp), fraction(s.tp, s.tp+s.fn))
		}
		for _, m := range misses {
			fmt.Println("   ", m)
		}
	}
	return nil
}

// fraction prints n/d and its value ("-" when d is 0).
func fraction(n, d int) string {
	if d == 0 {
		return "   -  (0/0)"
	}
	return fmt.Sprintf("%.3f (%d/%d)", float64(n)/float64(d), n, d)
}
