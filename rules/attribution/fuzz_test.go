package attribution_test

import (
	"testing"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/attribution"
	"github.com/attrlint/attrlint/rules/document"
)

// FuzzAttribution checks that the analysis and the rules never panic and
// that every span stays inside its block and every finding inside the source.
func FuzzAttribution(f *testing.F) {
	for _, s := range []string{
		"“We are ready,” said Brig. Gen. Pat Ryder, a spokesman. “The mission is clear.”",
		"The troops, Ryder said, will stay. He said: “Go.”\n\n“And go on.",
		"Experts say it reportedly cost $5 million — Jane Doe",
		"\"unclosed \" quote\" \"\n\n“",
		"according to\n\nsaid said said , said",
		"Ridership fell 22 percent because of the largest drop since 2019.",
		"''Go,'' Said Okafor, 52, D-Ore., said -- who -- said, adding that:\n\n- Asked whether\n\nIn a Harbor poll, said",
		"Okafor Says Levy Will Pass\n\nOKAFOR: Yes. No.\n\nwho said , who , said Okafor, the",
		"(12 of them.) S.&P. 500 Yes 33% Ward 3, which is planning to\n\nQ: Will it?\n\nA: It will, at least 18.\n\nQ:\n\nA:",
		"How will? whether about doubts whether . the most vivid for the first time in 1996 aimed at",
		"Gov. P. Ilves of Iskby, president of, will take over as. On Tuesday, A, the B, will be holding Aug. 30 will. Perhaps he will be 60 in. Often, will",
		"# Name: ‘x’\n\n“Quote here now.”\n\nWhy was he? “Yes.” the senator's point, that Republican criticism that thanks to a win the Greens' latest cause",
		"“Calling. How are you?” Ana Miller said.\n\nShe pauses.\n\n“Well, thanks.”\n\nPause.\n\n“Done. Maria Lenz, Friends of the River.”\n\nSince 9/11/2001 and 3/15/, Lenz spoke only in slogans, finished third, getting just 14 percent in order to if must. He related that “it was”. if people think; help people",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d, err := document.Parse("f.txt", []byte(src), document.Text)
		if err != nil {
			return
		}
		res, err := rules.Analyze(d, nil, nil, attribution.Analyzer)
		if err != nil {
			t.Fatal(err)
		}
		r := res[attribution.Analyzer].(*attribution.Result)
		check := func(what string, s attribution.Span) {
			if s.Block < 0 || s.Block >= len(d.Blocks) || s.Start < 0 || s.Start > s.End || s.End > len(d.Blocks[s.Block].Text) {
				t.Fatalf("%s span %+v out of bounds", what, s)
			}
		}
		for _, a := range r.Attributions {
			check("cue", a.Cue)
			check("content", a.Content)
			if a.HasSource {
				check("source", a.Source)
			}
		}
		fs, err := rules.Lint(d, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.Offset < 0 || f.Length < 0 || f.Offset+f.Length > len(src) {
				t.Fatalf("finding %+v outside the source (%d bytes)", f, len(src))
			}
		}
	})
}
