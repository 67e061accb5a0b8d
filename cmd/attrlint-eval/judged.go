package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
)

// judgedKey names one unattributed-claim finding on a PolNeAR article: the
// article's name (its file name without .txt) and the finding's byte offset.
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

// judged holds the verdicts of testdata/polnear-judged/SPLIT.tsv and
// counts the findings of a run against them.
type judged struct {
	labels          map[judgedKey]judgement
	tp, fp, unknown int
	seen            map[judgedKey]bool
	fpBy            map[string]int
}

// readJudged reads testdata/polnear-judged/SPLIT.tsv under root; nil when
// there is none.
func readJudged(root, split string) (*judged, error) {
	path := filepath.Join(root, "testdata", "polnear-judged", split+".tsv")
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	defer f.Close()
	j := &judged{labels: map[judgedKey]judgement{}, seen: map[judgedKey]bool{}, fpBy: map[string]int{}}
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

// add counts one finding of the run.
func (j *judged) add(article string, offset int) {
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
func (j *judged) report(split string) {
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
	fmt.Printf("  unattributed-claim judged by a blind reader (testdata/polnear-judged/%s.tsv, %d findings): precision %.3f (%d/%d) on the judged findings still reported; no longer reported: %d right, %d false alarms; not judged: %d\n",
		split, len(j.labels), ratio(j.tp, j.tp+j.fp), j.tp, j.tp+j.fp, goneTP, goneFP, j.unknown)
	if *verbose {
		printTop("judged false alarms still reported, by why", j.fpBy)
	}
}
