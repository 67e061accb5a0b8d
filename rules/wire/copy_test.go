package wire_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/wire"
)

// Invented corpus passages (never real article text).
const (
	wireGraf = "The harbor authority closed the northern pier on Tuesday after inspectors found cracks in three of its concrete pilings."
	ownGraf  = "The depot opened in 1962 and once housed forty buses, making it the largest garage the city ever ran."
)

func index(t testing.TB) *corpus.Index {
	t.Helper()
	x := corpus.New()
	for _, c := range []struct{ name, src string }{
		{"wire.md", "---\ntitle: Pier closed\npublisher: Reuters\ndate: 2024-03-05\n---\n\n" + wireGraf + "\n\nOfficials said the pier would reopen in \"no less than six long weeks of careful repair work by crews.\"\n"},
		{"ours.md", "---\ntitle: Depot history\npublisher: Daily Planet\n---\n\n" + ownGraf + "\n"},
	} {
		d, err := document.Parse(c.name, []byte(c.src), document.Markdown)
		if err != nil {
			t.Fatal(err)
		}
		if err := x.Add(d); err != nil {
			t.Fatal(err)
		}
	}
	return x
}

func TestUncreditedCopy(t *testing.T) {
	x := index(t)
	tests := []struct {
		name, src string
		want      []string
	}{
		{"verbatim", "By Jane Roe\n\n" + wireGraf, []string{wireGraf[:len(wireGraf)-1]}},
		{"lightly edited", "By Jane Roe\n\nThe harbor authority shut the northern pier on Tuesday after inspectors found cracks in three of its concrete pilings.",
			[]string{"the northern pier on Tuesday after inspectors found cracks in three of its concrete pilings"}},
		// silent
		{"credited", "By Jane Roe\n\n" + wireGraf + "\n\nReuters contributed to this report.", nil},
		{"inline attribution", "By Jane Roe\n\n" + wireGraf + " Reuters reported the closure first.", nil},
		{"our own background", "By Jane Roe\n\n" + ownGraf, nil},
		{"same quote in both", "By Jane Roe\n\nThe mayor said the pier would reopen in \"no less than six long weeks of careful repair work by crews.\"", nil},
		{"short overlap", "By Jane Roe\n\nInspectors found cracks in three of its concrete pilings, the mayor said.", nil},
	}
	cfg := func() *rules.Config { return &rules.Config{Publisher: "Daily Planet"} }
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lint(t, wire.UncreditedCopy, tt.src, cfg(), x)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func FuzzWire(f *testing.F) {
	for _, s := range []string{"WASHINGTON (AP) — x", "By A\n\nMACAU (Reuters) - y", "(Reporting by A; Editing by B", "x (AP Photo/B) (C/D via AFP)", "Agence France Presse contributed.", "“quoted” \"text\" here"} {
		f.Add(s)
	}
	x := index(f)
	f.Fuzz(func(t *testing.T, s string) {
		d, err := document.Parse("f.txt", []byte(s), document.Text)
		if err != nil {
			return
		}
		fs, err := rules.Lint(d, &rules.Config{}, x)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range fs {
			if f.Offset < 0 || f.Offset+f.Length > len(d.Source) {
				t.Fatalf("span %d+%d out of %d", f.Offset, f.Length, len(d.Source))
			}
		}
		wire.DocumentSource(d, nil)
	})
}
