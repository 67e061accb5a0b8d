package linter

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode"
)

// normalise makes flagged text comparable across edits that do not touch
// it: case, runs of space and curly quotes do not matter.
func normalise(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(straightQuotes.Replace(s)), unicode.IsSpace), " ")
}

var straightQuotes = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'")

// fingerprint hashes rule + normalised text + occurrence index: it survives
// edits elsewhere in the file (offsets and lines are not part of it).
func fingerprint(key string, occurrence int) string {
	h := sha256.Sum256([]byte(key + "\x00" + strconv.Itoa(occurrence)))
	return hex.EncodeToString(h[:12])
}

// baselineKey identifies an accepted finding: rule, normalised text, path.
func baselineKey(path string, f Finding) string {
	h := sha256.Sum256([]byte(f.Rule + "\x00" + normalise(f.Text) + "\x00" + filepath.ToSlash(filepath.Clean(path))))
	return hex.EncodeToString(h[:12])
}

// Baseline is the file `attrlint baseline` writes.
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`
}

// BaselineEntry is one accepted finding (rule and text kept for humans).
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Path        string `json:"path"`
	Rule        string `json:"rule"`
	Text        string `json:"text"`
}

func writeBaseline(p string, rs []lintResult) error {
	b := Baseline{Version: 1, Findings: []BaselineEntry{}}
	for _, r := range rs {
		for _, f := range r.Findings {
			b.Findings = append(b.Findings, BaselineEntry{baselineKey(r.Path, f), filepath.ToSlash(r.Path), f.Rule, f.Text})
		}
	}
	out, _ := json.MarshalIndent(b, "", "  ")
	return os.WriteFile(p, append(out, '\n'), 0o644)
}

func readBaseline(p string) (map[string]int, error) {
	raw, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	var b Baseline
	if err := json.Unmarshal(raw, &b); err != nil {
		return nil, fmt.Errorf("baseline %s: %v", p, err)
	}
	if b.Version != 1 {
		return nil, fmt.Errorf("baseline %s: unsupported version %d", p, b.Version)
	}
	m := map[string]int{}
	for _, e := range b.Findings {
		m[e.Fingerprint]++
	}
	return m, nil
}

// applyBaseline drops accepted findings; each entry accepts one occurrence.
func applyBaseline(rs []lintResult, accepted map[string]int) {
	for i := range rs {
		out := rs[i].Findings[:0]
		for _, f := range rs[i].Findings {
			k := baselineKey(rs[i].Path, f)
			if accepted[k] > 0 {
				accepted[k]--
				continue
			}
			out = append(out, f)
		}
		rs[i].Findings = out
	}
}
