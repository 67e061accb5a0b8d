package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/attribution"
)

// judgedKey names one finding on a PolNeAR article: the article's name
// (its file name without .txt) and the finding's byte offset.
type judgedKey struct {
	article string
	offset  int
}

// judgement is a blind judge's verdict on one finding
// (testdata/polnear-judged/README.md).
type judgement struct {
	verdict  string // TP or FP
	category string // why a false alarm is one; "-" for TP
}

// judged holds the verdicts on one rule's findings in a file of
// testdata/polnear-judged and counts the findings of a run against them.
type judged struct {
	file, rule      string // the file's name, the rule's short name
	labels          map[judgedKey]judgement
	tp, fp, unknown int
	seen            map[judgedKey]bool
	fpBy            map[string]int
}

// readJudged reads the verdicts on rule's findings in
// testdata/polnear-judged/NAME.tsv under root; nil when there is none.
func readJudged(root, name, rule string) (*judged, error) {
	path := filepath.Join(root, "testdata", "polnear-judged", name+".tsv")
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	j := &judged{file: name + ".tsv", rule: rule, labels: map[judgedKey]judgement{}, seen: map[judgedKey]bool{}, fpBy: map[string]int{}}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		col := strings.Split(line, "\t")
		if len(col) < 4 {
			return nil, fmt.Errorf("%s:%d: want article, offset, verdict, category", path, n)
		}
		off, err := strconv.Atoi(col[1])
		if err != nil || (col[2] != "TP" && col[2] != "FP") {
			return nil, fmt.Errorf("%s:%d: bad offset or verdict", path, n)
		}
		j.labels[judgedKey{col[0], off}] = judgement{col[2], col[3]}
	}
	return j, sc.Err()
}

// add counts one finding of the run; a nil judged counts nothing.
func (j *judged) add(article string, offset int) {
	if j == nil {
		return
	}
	k := judgedKey{article, offset}
	l, ok := j.labels[k]
	switch {
	case !ok:
		j.unknown++
		return
	case l.verdict == "TP":
		j.tp++
	default:
		j.fp++
		j.fpBy[l.category]++
	}
	j.seen[k] = true
}

// report prints the judged precision of the run and what changed since
// the judging: judged findings no longer reported, findings not judged.
func (j *judged) report() {
	if j == nil {
		return
	}
	goneTP, goneFP := 0, 0
	for k, l := range j.labels {
		if !j.seen[k] {
			if l.verdict == "TP" {
				goneTP++
			} else {
				goneFP++
			}
		}
	}
	fmt.Printf("  %s judged by a blind reader (testdata/polnear-judged/%s, %d findings): precision %.3f (%d/%d) on the judged findings still reported; no longer reported: %d right, %d false alarms; not judged: %d\n",
		j.rule, j.file, len(j.labels), ratio(j.tp, j.tp+j.fp), j.tp, j.tp+j.fp, goneTP, goneFP, j.unknown)
	if *verbose && len(j.fpBy) > 0 {
		printTop(j.rule+" judged false alarms still reported, by why", j.fpBy)
	}
}

// judgeOf returns the verdicts on a rule's findings among the three the
// PolNeAR evaluation reads.
func judgeOf(rule string, claim, vague, orphan *judged) *judged {
	switch rule {
	case attribution.VagueSource.ID:
		return vague
	case attribution.OrphanQuote.ID:
		return orphan
	}
	return claim
}

// listed prints one PolNeAR finding for -list: "polnear", the rule, the
// article, the offset, the blind verdict and its category ("?" when not
// judged), the message and the flagged text.
func listed(w io.Writer, j *judged, article string, f rules.Finding) {
	l := judgement{"?", "?"}
	if j != nil {
		if v, ok := j.labels[judgedKey{article, f.Offset}]; ok {
			l = v
		}
	}
	fmt.Fprintf(w, "polnear\t%s\t%s\t%d\t%s\t%s\t%s\t%s\n", f.Rule, article, f.Offset, l.verdict, l.category, f.Message, oneLine(f.Text))
}

// oneLine puts text on one line of a -list row.
func oneLine(text string) string { return strings.NewReplacer("\n", " ", "\t", " ").Replace(text) }
