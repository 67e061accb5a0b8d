package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/attribution"
	"github.com/attrlint/attrlint/rules/document"
)

// TestAttributionShapes holds the analysis, on every labelled text, to
// shapes no attribution may have: a content that is one preposition ("At"
// before "least three clubs", "In" before "a ruling published on
// Monday"), or a source that is one preposition ("At" before "about
// seven, Neil Prothero arrived and told"), a sentence's opener or a
// day. Each was a misreading that
// carried or hid claims; this keeps them from coming back. (A pronoun
// content can be right: "would not discuss them".)
func TestAttributionShapes(t *testing.T) {
	empty := map[string]bool{"in": true, "on": true, "at": true, "for": true, "of": true, "from": true,
		"over": true, "across": true, "along": true, "around": true, "since": true, "with": true, "to": true}
	lonePrep := map[string]bool{"in": true, "on": true, "at": true, "of": true, "from": true, "for": true}
	// A sentence's opener, a day or a time is no source: "When" in "When
	// he returned he began by saying", "Saturday" in "Sten (D-Kess.) on
	// Saturday criticized", "And" in "And then Varga went on the attack,
	// saying".
	opener := map[string]bool{"when": true, "after": true, "before": true, "while": true, "having": true, "speaking": true,
		"with": true, "hours": true, "later": true, "earlier": true, "then": true, "and": true, "but": true, "there": true,
		"likewise": true, "by": true, "as": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true,
		"friday": true, "saturday": true, "sunday": true, "last week": true, "this week": true}
	dirs, err := filepath.Glob("../../testdata/labelled*")
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no labelled sets (%v)", err)
	}
	checked := 0
	for _, dir := range dirs {
		paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		for _, p := range paths {
			raw, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			l, err := parseLabelled(filepath.Base(p), raw)
			if err != nil {
				t.Fatal(err)
			}
			d, err := document.Parse(l.name, l.src, document.Text)
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			res, err := rules.Analyze(d, nil, nil, attribution.Analyzer)
			if err != nil {
				t.Fatalf("%s: %v", p, err)
			}
			text := func(s attribution.Span) string {
				return strings.ToLower(strings.TrimSpace(d.Blocks[s.Block].Text[s.Start:s.End]))
			}
			for _, a := range res[attribution.Analyzer].(*attribution.Result).Attributions {
				checked++
				if a.Kind == attribution.Direct && empty[text(a.Content)] {
					t.Errorf("%s: %q %q has the content %q", p, text(a.Source), text(a.Cue), text(a.Content))
				}
				if a.HasSource && (lonePrep[text(a.Source)] || opener[text(a.Source)]) {
					t.Errorf("%s: the source of %q is %q", p, text(a.Cue), text(a.Source))
				}
			}
		}
	}
	if checked < 10000 {
		t.Errorf("checked %d attributions, want the labelled sets' tens of thousands", checked)
	}
}
