package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/wire"
)

func init() {
	evaluations = append(evaluations, evaluation{"wire: PolNeAR wire detection and findings", evalWire})
}

// wireAgency maps metadata.tsv's wire column to canonical agency names.
var wireAgency = map[string]string{"AP": "The Associated Press", "UPI": "United Press International", "AFP": "Agence France-Presse", "Reuters": "Reuters"}

// readWireColumn returns filename -> wire column ("None" when not wire).
func readWireColumn(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	out := map[string]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	col, name := -1, -1
	for sc.Scan() {
		fs := strings.Split(sc.Text(), "\t")
		if col < 0 {
			for i, h := range fs {
				switch h {
				case "wire":
					col = i
				case "filename":
					name = i
				}
			}
			if col < 0 || name < 0 {
				return nil, errors.New("metadata.tsv has no filename/wire column")
			}
			continue
		}
		if len(fs) > col {
			out[fs[name]] = fs[col]
		}
	}
	return out, sc.Err()
}

func evalWire(root string) error {
	base := filepath.Join(root, "..", "shared", "data", "polnear")
	meta, err := readWireColumn(filepath.Join(base, "metadata.tsv"))
	if errors.Is(err, fs.ErrNotExist) {
		fmt.Println("skipped: no PolNeAR data at", base)
		return nil
	} else if err != nil {
		return err
	}
	var files []string
	for _, split := range []string{"train", "dev"} {
		m, _ := filepath.Glob(filepath.Join(base, split, "text", "*.txt"))
		files = append(files, m...)
	}
	sort.Strings(files)
	var wireN, found, wrongAgency, plainN, falseDet, docsWithFindings int
	perRule := map[string]int{}
	cfg := &rules.Config{}
	for _, r := range rules.All() {
		cfg.Set(r.ID, strings.HasPrefix(r.ID, "wire/"))
	}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		d, err := document.Parse(path, src, document.Text)
		if err != nil {
			continue
		}
		d.Meta.Publisher = "" // judge the text, not its metadata
		got := wire.DocumentSource(d, nil)
		w := meta[strings.TrimSuffix(filepath.Base(path), ".txt")]
		if want, ok := wireAgency[w]; ok {
			wireN++
			switch got {
			case want:
				found++
			case "":
			default:
				wrongAgency++
			}
		} else {
			plainN++
			if got != "" {
				falseDet++
			}
		}
		fsd, err := rules.Lint(d, cfg, nil)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		if len(fsd) > 0 {
			docsWithFindings++
		}
		for _, f := range fsd {
			perRule[f.Rule]++
		}
	}
	if wireN+plainN == 0 {
		return errors.New("no PolNeAR texts found")
	}
	fmt.Printf("articles: %d (wire copy per metadata: %d)\n", wireN+plainN, wireN)
	fmt.Printf("wire detection recall: %d/%d = %.2f (other agency named: %d)\n", found, wireN, wireRatio(found, wireN), wrongAgency)
	fmt.Printf("false detections on non-wire articles: %d/%d = %.3f\n", falseDet, plainN, wireRatio(falseDet, plainN))
	fmt.Printf("articles with any wire finding: %d/%d = %.3f\n", docsWithFindings, wireN+plainN, wireRatio(docsWithFindings, wireN+plainN))
	for _, id := range []string{wire.MissingCredit.ID, wire.CreditFormat.ID} {
		fmt.Printf("  %-22s %d findings\n", id, perRule[id])
	}
	return evalCopy(base)
}

// evalCopy runs wire/uncredited-copy on the dev articles against the train
// articles as a reference corpus. Each article's publisher is its outlet
// (the file name's prefix) and each draft is linted as its outlet, so an
// outlet reusing its own copy is not counted; what remains is text shared
// across outlets without a credit (both running one agency story, say),
// printed for judging by eye.
func evalCopy(base string) error {
	outlet := func(p string) string { o, _, _ := strings.Cut(filepath.Base(p), "_"); return o }
	load := func(p string) (*document.Document, error) {
		src, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		d, err := document.Parse(filepath.Base(p), src, document.Text)
		if err != nil {
			return nil, err
		}
		d.Meta.Publisher = outlet(p)
		return d, nil
	}
	idx := corpus.New()
	train, _ := filepath.Glob(filepath.Join(base, "train", "text", "*.txt"))
	for _, p := range train {
		if d, err := load(p); err == nil {
			idx.Add(d)
		}
	}
	dev, _ := filepath.Glob(filepath.Join(base, "dev", "text", "*.txt"))
	if idx.Len() == 0 || len(dev) == 0 {
		return errors.New("no PolNeAR train or dev texts for the copy check")
	}
	// The check must be able to fire here: a train article linted as
	// another outlet's draft is all copy (one that does not name its own
	// outlet, which would count as a credit).
	var probe *document.Document
	for _, p := range train {
		src, _ := os.ReadFile(p)
		if !strings.Contains(strings.ToLower(string(src)), outlet(p)) {
			d, err := load(p)
			if err != nil {
				return err
			}
			probe = d
			break
		}
	}
	if probe == nil {
		return errors.New("no train article to probe the copy check with")
	}
	probe.Path = "probe-" + probe.Path // not the corpus document itself
	if fsd, err := rules.Lint(probe, copyOnly("another outlet"), idx); err != nil || len(fsd) == 0 {
		return fmt.Errorf("the copy check finds nothing in %s linted as another outlet's draft (%v)", probe.Path, err)
	}
	n, docs := 0, 0
	var shown []string
	for _, p := range dev {
		d, err := load(p)
		if err != nil {
			continue
		}
		fsd, err := rules.Lint(d, copyOnly(outlet(p)), idx)
		if err != nil {
			return fmt.Errorf("%s: %w", p, err)
		}
		if len(fsd) > 0 {
			docs++
		}
		for _, f := range fsd {
			n++
			if len(shown) < 8 && len(f.Evidence) > 0 {
				shown = append(shown, fmt.Sprintf("%s <- %s: %.70q", filepath.Base(p), f.Evidence[0].Path, f.Text))
			}
		}
	}
	fmt.Printf("  %-22s %d findings in %d of %d dev articles, against the %d train articles as a corpus (own outlet's copy excluded)\n", wire.UncreditedCopy.ID, n, docs, len(dev), idx.Len())
	for _, s := range shown {
		fmt.Println("    ", s)
	}
	return nil
}

// copyOnly is a config with wire/uncredited-copy alone on, for a newsroom
// called publisher.
func copyOnly(publisher string) *rules.Config {
	cfg := &rules.Config{Publisher: publisher}
	for _, r := range rules.All() {
		cfg.Set(r.ID, r == wire.UncreditedCopy)
	}
	return cfg
}

func wireRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
