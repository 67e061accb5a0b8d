package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLabelledSet holds unattributed-claim to its targets on the held-out
// labelled set.
func TestLabelledSet(t *testing.T) {
	sc, err := scoreLabelled("../../testdata/labelled")
	if err != nil {
		t.Fatal(err)
	}
	if sc.sentences < 150 {
		t.Errorf("labelled set has %d sentences, want >= 150", sc.sentences)
	}
	t.Logf("precision %.3f recall %.3f on %d sentences", sc.precision(), sc.recall(), sc.sentences)
	if sc.precision() < targetPrecision || sc.recall() < targetRecall {
		t.Errorf("precision %.3f (target %.2f), recall %.3f (target %.2f)\nmisses:\n%s\nfalse alarms:\n%s",
			sc.precision(), targetPrecision, sc.recall(), targetRecall, strings.Join(sc.misses, "\n"), strings.Join(sc.alarms, "\n"))
	}
}

func TestParseLabelled(t *testing.T) {
	l, err := parseLabelled("x", []byte("Headline here\n\n[+] One claim. [-] A plain line.\n\n[-] Another."))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, lb := range l.labels {
		mark := "-"
		if lb.flag {
			mark = "+"
		}
		got = append(got, mark+string(l.src[lb.start:lb.end]))
	}
	want := []string{"+One claim.", "-A plain line.", "-Another."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
	if string(l.src) != "Headline here\n\nOne claim. A plain line.\n\nAnother." {
		t.Errorf("src = %q", l.src)
	}
}

func TestWordSpans(t *testing.T) {
	got := wordSpans([]byte("“Hi,” she said — 5 é"))
	if len(got) != 5 {
		t.Errorf("got %d words, want 5: %v", len(got), got)
	}
}
