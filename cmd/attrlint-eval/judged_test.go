package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/attrlint/attrlint/rules"
)

func writeJudged(t *testing.T, body string) string {
	t.Helper()
	root := t.TempDir()
	dir := filepath.Join(root, "testdata", "polnear-judged")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "dev.tsv"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return root
}

func TestJudgedCounts(t *testing.T) {
	root := writeJudged(t, "# article\tbyte_offset\tverdict\tcategory\topinion\n"+
		"a\t10\tTP\t-\tno\na\t50\tFP\tplain\tno\nb\t0\tFP\theadline-or-furniture\tno\nb\t90\tTP\t-\tyes\n")
	j, err := readJudged(root, "dev", "unattributed-claim")
	if err != nil {
		t.Fatal(err)
	}
	// The run reports a:10 (right), a:50 (a false alarm), b:7 (never
	// judged); b:0 and b:90 are gone.
	for _, f := range []judgedKey{{"a", 10}, {"a", 50}, {"b", 7}} {
		j.add(f.article, f.offset)
	}
	got := []int{j.tp, j.fp, j.unknown}
	if diff := cmp.Diff([]int{1, 1, 1}, got); diff != "" {
		t.Errorf("tp, fp, unknown (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(map[string]int{"plain": 1}, j.fpBy); diff != "" {
		t.Errorf("false alarms by category (-want +got):\n%s", diff)
	}
}

func TestJudgedAbsentAndBad(t *testing.T) {
	if j, err := readJudged(t.TempDir(), "dev", "unattributed-claim"); j != nil || err != nil {
		t.Errorf("no file: got %v, %v; want nil, nil", j, err)
	}
	for _, body := range []string{"a\tten\tTP\t-\n", "a\t1\tmaybe\t-\n", "a\t1\n"} {
		if _, err := readJudged(writeJudged(t, body), "dev", "unattributed-claim"); err == nil {
			t.Errorf("%q: no error", body)
		}
	}
}

// TestJudgedNilCountsNothing: a rule with no verdicts file reads as nil,
// and the run's findings and report pass it by.
func TestJudgedNilCountsNothing(t *testing.T) {
	j, err := readJudged(t.TempDir(), "vague-source-dev", "vague-source")
	if err != nil || j != nil {
		t.Fatalf("no file: got %v, %v; want nil, nil", j, err)
	}
	j.add("a", 1)
	j.report()
}

func TestListed(t *testing.T) {
	root := writeJudged(t, "a\t10\tFP\tplain\tno\n")
	j, err := readJudged(root, "dev", "unattributed-claim")
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, off := range []int{10, 20} {
		listed(&b, j, "a", rules.Finding{Rule: "attribution/unattributed-claim", Offset: off, Message: "m", Text: "line one\nline\ttwo"})
	}
	want := "polnear\tattribution/unattributed-claim\ta\t10\tFP\tplain\tm\tline one line two\n" +
		"polnear\tattribution/unattributed-claim\ta\t20\t?\t?\tm\tline one line two\n"
	if diff := cmp.Diff(want, b.String()); diff != "" {
		t.Errorf("listed (-want +got):\n%s", diff)
	}
}

// TestJudgedFilesRead holds every verdict file kept in the repository to
// the format make eval reads: a malformed line fails here, not only when
// the PolNeAR data is there to evaluate.
func TestJudgedFilesRead(t *testing.T) {
	root := filepath.Join("..", "..")
	files, err := filepath.Glob(filepath.Join(root, "testdata", "polnear-judged", "*.tsv"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no verdict files: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".tsv")
		j, err := readJudged(root, name, "any")
		if err != nil {
			t.Errorf("%s: %v", name, err)
		} else if j == nil || len(j.labels) == 0 {
			t.Errorf("%s: no verdicts", name)
		}
	}
}
