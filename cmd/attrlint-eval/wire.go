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
	for _, id := range []string{wire.MissingCredit.ID, wire.CreditFormat.ID, wire.UncreditedCopy.ID} {
		fmt.Printf("  %-22s %d findings\n", id, perRule[id])
	}
	return nil
}

func wireRatio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}
