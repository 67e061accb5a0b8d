package main

import (
	"fmt"
	"os"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/attribution"
	"github.com/attrlint/attrlint/rules/document"
)

// showFile prints what the attribution analysis and the rules see in one
// file: the tool for tuning by hand.
func showFile(path string) error {
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	f := document.FormatOf(path)
	if f == "" {
		f = document.Text
	}
	d, err := document.Parse(path, src, f)
	if err != nil {
		return err
	}
	res, err := rules.Analyze(d, nil, nil, attribution.Analyzer)
	if err != nil {
		return err
	}
	text := func(s attribution.Span) string { return d.Blocks[s.Block].Text[s.Start:s.End] }
	for _, a := range res[attribution.Analyzer].(*attribution.Result).Attributions {
		source := "-"
		if a.HasSource {
			source = text(a.Source)
		}
		fmt.Printf("%-10s vague=%-5v source=%q cue=%q content=%q\n", a.Kind, a.Vague, source, text(a.Cue), text(a.Content))
	}
	fs, err := rules.Lint(d, nil, nil)
	if err != nil {
		return err
	}
	for _, f := range fs {
		fmt.Printf("%s %s: %s\n    %q\n", f.Severity, f.Rule, f.Message, f.Text)
	}
	return nil
}
