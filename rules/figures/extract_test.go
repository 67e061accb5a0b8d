package figures

import (
	"math"
	"testing"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/sentences"
	"github.com/attrlint/attrlint/rules/tokens"
	"github.com/google/go-cmp/cmp"
)

type got struct {
	Text      string
	Low, High float64
	Unit      string
	Head      string
	Mods      []string
	Change    string
	Event     string
	Role      string
}

func figuresOf(t testing.TB, date, text string) []Figure {
	src := text
	if date != "" {
		src = "date " + date + "\n" + text
	}
	d, err := document.Parse("t.txt", []byte(src), document.Text)
	if err != nil {
		t.Fatal(err)
	}
	ss := &sentences.Result{First: make([]int, len(d.Blocks)+1)}
	for b := range d.Blocks {
		ss.First[b] = len(ss.Sentences)
		for _, s := range sentences.Split(d.Blocks[b].Text) {
			ss.Sentences = append(ss.Sentences, sentences.Sentence{Block: b, Start: s[0], End: s[1]})
		}
	}
	ss.First[len(d.Blocks)] = len(ss.Sentences)
	return extractTokenizing(d, ss).Figures
}

func TestExtract(t *testing.T) {
	inf := math.Inf(1)
	tests := []struct {
		text string
		want []got
	}{
		{"The Pentagon sent 1,500 active-duty troops to the border.", []got{{"1,500", 1470, 1530, "count", "troops", []string{"active duty"}, "", "deploy", ""}}},
		{"Roughly fifteen hundred soldiers arrived.", []got{{"Roughly fifteen hundred", 1323, 1683, "count", "troops", nil, "", "", ""}}},
		{"It will cost $50 million.", []got{{"$50 million", 49e6, 51e6, "usd", "", nil, "", "cost", ""}}},
		{"Turnout rose 40 percent.", []got{{"40 percent", 40, 40, "percent", "", nil, "change", "vote", ""}}},
		{"The new Hollis Street bridge cost $48 million to build.", []got{{"$48 million", 47040000, 48960000, "usd", "bridge", nil, "", "cost", ""}}},
		{"Turnout in the March primary was 38 percent.", []got{{"38 percent", 38, 38, "percent", "turnout", nil, "", "vote", ""}}},
		{"The Toledo plant's 1,200 workers were sent home.", []got{{"1,200", 1176, 1224, "count", "worker", []string{"toledo plant"}, "", "deploy", ""}}},
		{"He said it was 38 percent.", []got{{"38 percent", 38, 38, "percent", "", nil, "", "", ""}}},
		{"The nurses' union won 12 percent raises.", []got{{"12 percent", 12, 12, "percent", "raise", nil, "", "", ""}}},
		{"At least 12 people died.", []got{{"At least 12", 12, inf, "count", "deaths", nil, "", "die", ""}}},
		{"Up to 300 homes flooded.", []got{{"Up to 300", 0, 306, "count", "homes", nil, "", "destroy", ""}}},
		{"Between 1,100 and 1,300 troops were sent.", []got{{"1,100 and 1,300", 1078, 1326, "count", "troops", nil, "", "deploy", ""}}},
		{"Austin must decide within 90 days.", []got{{"90 days", 90, 90, "days", "duration", nil, "", "decide", "deadline"}}},
		{"Troops will deploy for three months.", []got{{"three months", 84, 93, "days", "duration", nil, "", "deploy", "length"}}},
		{"An additional 500 troops will follow.", []got{{"500", 490, 510, "count", "troops", nil, "increment", "", ""}}},
		{"Dozens of troops left.", []got{{"Dozens", 24, 144, "count", "", nil, "", "", ""}}},
		{"Two dozen soldiers left. It paid 1.5 million dollars.", []got{{"Two dozen", 24, 24, "count", "troops", nil, "", "", ""}, {"1.5 million dollars", 1.45e6, 1.55e6, "usd", "", nil, "", "cost", ""}}},
		{"Officials counted 40 a day.", []got{{"40 a day", 40, 40, "count/day", "", nil, "", "", ""}}},
		{"The 52-year-old man met Title 10 officials in 2023.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var out []got
			for _, f := range figuresOf(t, "", tt.text) {
				if f.Kind == "date" {
					continue
				}
				out = append(out, got{f.Text, f.Low, f.High, f.Unit, f.Head, f.Mods, f.Change, f.Event, f.Role})
			}
			if diff := cmp.Diff(tt.want, out, cmp.Comparer(func(a, b float64) bool { return a == b || math.Abs(a-b) < 1e-6*math.Max(1, math.Abs(a)) })); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestDates(t *testing.T) {
	figs := figuresOf(t, "2023-05-10", "Troops arrived on Monday, May 11th and 3 June 2022.")
	var dates []string
	for _, f := range figs {
		dates = append(dates, f.Date)
	}
	if diff := cmp.Diff([]string{"2023-05-08", "2023-05-11", "2022-06-03"}, dates); diff != "" {
		t.Error(diff)
	}
}

func FuzzFigures(f *testing.F) {
	for _, s := range []string{"The Pentagon sent 1,500 troops.", "between 1-2 and $3.5 billion, 40% a day", "tens of thousands of hundreds", "May 11th, 2023 Monday 90-day", "a a hundred thousand dozen"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := document.Parse("f.txt", []byte(s), document.Text)
		if err != nil {
			return
		}
		figs := figuresOf(t, "2023-01-01", s)
		for _, f := range figs {
			if f.Start < 0 || f.End < f.Start || f.End > len(d.Blocks[f.Block].Text) {
				t.Fatalf("figure span %d-%d out of block", f.Start, f.End)
			}
		}
		// Index the text and check it against itself and its own index.
		d.Meta.Date = "2023-01-01"
		rec, err := Record(d)
		if err != nil {
			t.Fatal(err)
		}
		idx := corpus.New()
		idx.AddRecord(rec)
		idx2, err := corpus.Load(idx.Encode())
		if err != nil {
			t.Fatalf("load: %v", err)
		}
		results := map[*analysis.Analyzer]any{}
		p := analysis.NewPass(d, &analysis.Config{}, idx2, results, nil, nil)
		sr, _ := sentences.Analyzer.Run(p)
		results[sentences.Analyzer] = sr
		tr, _ := tokens.Analyzer.Run(p)
		results[tokens.Analyzer] = tr
		fr, _ := Analyzer.Run(p)
		results[Analyzer] = fr
		for _, r := range []*analysis.Rule{Inconsistent, ContradictsCorpus, CorpusDisagrees} {
			if err := r.Run(analysis.NewPass(d, &analysis.Config{}, idx2, results, r, func(analysis.Finding) {})); err != nil {
				t.Fatal(err)
			}
		}
	})
}

func TestExtractMore(t *testing.T) {
	inf := math.Inf(1)
	type fv struct {
		Text      string
		Low, High float64
		Unit      string
		Kind      string
	}
	tests := []struct {
		text string
		want []fv
	}{
		{"A thousand people came.", []fv{{"A thousand", 980, 1020, "count", "count"}}},
		{"Twenty-five soldiers and tens of thousands of fans.", []fv{{"Twenty-five", 25, 25, "count", "count"}, {"tens of thousands", 10000, 100000, "count", "vague"}}},
		{"Hundreds of thousands fled.", []fv{{"Hundreds of thousands", 2e5, 1e6, "count", "vague"}}},
		{"Turnout was 40% and fewer than 300 voted.", []fv{{"40%", 40, 40, "percent", "percent"}, {"fewer than 300", 0, 300 * 1.02, "count", "count"}}},
		{"As many as 1,100 to 1,300 troops.", []fv{{"As many as 1,100 to 1,300", 0, 1326, "count", "range"}}},
		{"The plant costs $2.5 billion.", []fv{{"$2.5 billion", 2.45e9, 2.55e9, "usd", "money"}}},
		{"It lasted two years and nearly 40 percent left.", []fv{{"two years", 730, 732, "days", "duration"}, {"nearly 40 percent", 36, 40, "percent", "percent"}}},
		{"Over 1,000 a day crossed.", []fv{{"Over 1,000 a day", 980, inf, "count/day", "count"}}},
		{"It rose 5 percentage points.", []fv{{"5 percentage points", 5, 5, "points", "percent"}}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			var out []fv
			for _, f := range figuresOf(t, "", tt.text) {
				out = append(out, fv{f.Text, f.Low, f.High, f.Unit, f.Kind})
			}
			if diff := cmp.Diff(tt.want, out, cmp.Comparer(func(a, b float64) bool { return a == b || math.Abs(a-b) < 1e-6*math.Max(1, math.Abs(a)) })); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestFrames(t *testing.T) {
	tests := []struct {
		text string
		want Frame
	}{
		{"The state keeps 2,500 National Guard members at the border.", Frame{Noun: "national guard members", Head: "troops", Mods: []string{"national guard"}, Place: "border"}},
		{"Some 700 troops already there will stay.", Frame{Noun: "troops", Head: "troops", Change: "standing"}},
		{"The Pentagon will send 500 more troops.", Frame{Noun: "troops", Head: "troops", Change: "increment", Event: "deploy"}},
		{"The death toll rose to 41.", Frame{Noun: "toll", Head: "deaths", Event: "die"}},
		{"Austin must decide within 90 days.", Frame{Head: "duration", Event: "decide", Role: "deadline"}},
		{"It begins a 90-day deployment.", Frame{Head: "duration", Event: "deploy", Role: "length"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			figs := figuresOf(t, "", tt.text)
			if len(figs) != 1 {
				t.Fatalf("%d figures: %v", len(figs), figs)
			}
			got := figs[0].Frame
			got.Entities, got.Topic, got.Definite, got.Anchor = nil, nil, false, 0
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}
