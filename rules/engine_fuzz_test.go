package rules

import (
	"testing"

	"github.com/attrlint/attrlint/rules/document"
)

// FuzzLint runs every built-in rule on arbitrary input in every format:
// no panic, no error beyond decoding errors, and every finding inside the
// source with its text non-empty.
func FuzzLint(f *testing.F) {
	for _, s := range []string{
		"date 2024-05-02\nTroops arrive\n\nThe Pentagon will send 1,500 troops, officials said.",
		"\"We are ready,\" she said. \"It is time.\"\n\nExperts say 40% of voters agree.",
		"# Title\n\nWASHINGTON (AP) — The Senate voted 51-49 on Tuesday.\n\n<!-- attrlint-disable -->\n\n“Quote” — Jane Doe",
		"<html><body><article><h1>T</h1><p>About 2,000 troops &amp; “more” arrived.</p></article></body></html>",
	} {
		for _, fm := range []string{"txt", "md", "html"} {
			f.Add(s, fm)
		}
	}
	f.Fuzz(func(t *testing.T, src, format string) {
		fm, err := document.ParseFormat(format)
		if err != nil {
			return
		}
		d, err := document.Parse("fuzz", []byte(src), fm)
		if err != nil {
			return
		}
		fs, err := Lint(d, nil, nil)
		if err != nil {
			t.Fatalf("Lint: %v", err)
		}
		for _, x := range fs {
			if x.Offset < 0 || x.Length < 0 || x.Offset+x.Length > len(src) {
				t.Fatalf("finding %s out of bounds: %d+%d of %d", x.Rule, x.Offset, x.Length, len(src))
			}
		}
	})
}
