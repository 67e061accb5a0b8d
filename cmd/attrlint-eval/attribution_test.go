package main

import (
	"os"
	"strings"
	"testing"

	"github.com/attrlint/attrlint/rules/attribution"
	"github.com/google/go-cmp/cmp"
)

// TestLabelledSet holds unattributed-claim to its targets on the held-out
// labelled set.
func TestLabelledSet(t *testing.T) {
	sc, err := scoreLabelled("../../testdata/labelled", attribution.UnattributedClaim)
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

func TestReadAnn(t *testing.T) {
	text := []byte("“Go,” Kim said. It is expected to rain.")
	ann := "T1\tContent 0 5\t“Go,”\nT2\tCue 10 14\tsaid\nT3\tSource 6 9\tKim\n" +
		"E1\tAttribution:T2 Content:T1 Cue:T2 Source:T3\n" +
		"T4\tCue 19 30\tis expected\nT5\tContent 31 38\tto rain\nE2\tAttribution-no-source:T4 Content:T5 Cue:T4\n"
	path := t.TempDir() + "/x_a.ann"
	if err := os.WriteFile(path, []byte(ann), 0o644); err != nil {
		t.Fatal(err)
	}
	gold, rels, err := readAnn(path, text)
	if err != nil {
		t.Fatal(err)
	}
	var cues []string
	for _, c := range gold["Cue"] {
		cues = append(cues, string(text[c.s:c.e]))
	}
	if diff := cmp.Diff([]string{"said", "is expected"}, cues); diff != "" {
		t.Errorf("cues (-want +got):\n%s", diff)
	}
	if len(rels) != 2 || !rels[0].sourced || rels[1].sourced {
		t.Fatalf("relations = %+v, want one sourced and one sourceless", rels)
	}
	if c := rels[1].content[0]; string(text[c.s:c.e]) != "to rain" {
		t.Errorf("sourceless content = %q", text[c.s:c.e])
	}
}
