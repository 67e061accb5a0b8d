package wire_test

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/corpus/synth"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/fingerprint"
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

// TestUncreditedCopyRecall copies passages of synthetic corpus articles
// into a draft: a verbatim run of Winnow+Window-1 words is always found
// (winnowing keeps a window of it, unless that window is a stock phrase
// of many documents), whole, through an indexed and reloaded corpus; a
// longer passage with a word changed every dozen is found from its first
// to its last word. A word next to the copy may be taken in with it when
// its 3-bit pair check agrees by chance (1 in 8), two 1 in 64, three 1 in
// 512.
func TestUncreditedCopyRecall(t *testing.T) {
	g := synth.New(3)
	x := corpus.New()
	var blocks [][]string
	for i := range 300 {
		name, text := g.Article(i, 600)
		d, err := document.Parse(name, []byte(text), document.Text)
		if err != nil {
			t.Fatal(err)
		}
		if err := x.Add(d); err != nil {
			t.Fatal(err)
		}
		for _, b := range d.Blocks {
			if ws := strings.Fields(b.Text); len(ws) >= 40 {
				blocks = append(blocks, ws)
			}
		}
	}
	x, err := corpus.Load(x.Encode())
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(4, 5))
	// within: got is the copied words (all but one at most) with at most
	// three more at each end; extra is how many more.
	within := func(got string, copied []string) (ok bool, extra int) {
		g := strings.Fields(got)
		c := strings.Join(copied, " ")
		for n := 0; n <= 6; n++ {
			for a := max(0, n-3); a <= min(n, 3); a++ {
				z := n - a
				if a+z >= len(g) {
					continue
				}
				in := strings.Trim(strings.Join(g[a:len(g)-z], " "), ".,")
				if strings.Contains(c, in) && len(g)-a-z >= len(copied)-1 {
					return true, n
				}
			}
		}
		return false, 0
	}
	stock := func(ws []string) bool {
		d, _ := document.Parse("s.txt", []byte(strings.Join(ws, " ")), document.Text)
		for _, h := range fingerprint.Grams(fingerprint.Of(d).Blocks[0], nil) {
			if _, ok := x.Postings(h, 16, nil); !ok {
				return true
			}
		}
		return false
	}
	var tried, missed, edited, wide int
	const n = 200
	for range n {
		ws := blocks[r.IntN(len(blocks))]
		L := fingerprint.Winnow + fingerprint.Window - 1
		at := r.IntN(len(ws) - L)
		copied := ws[at : at+L]
		if stock(copied) {
			continue
		}
		tried++
		src := "By Jane Roe\n\nZzyq wuv plof " + strings.Join(copied, " ") + " xoqz vumb ettle."
		got := lint(t, wire.UncreditedCopy, src, &rules.Config{Publisher: "Daily Planet"}, x)
		if len(got) != 1 {
			missed++
			t.Logf("copied %q: got %q", strings.Join(copied, " "), got)
		} else if ok, extra := within(got[0], copied); !ok {
			missed++
			t.Logf("copied %q: got %q", strings.Join(copied, " "), got)
		} else if extra > 1 {
			wide++
		}
		// 36 words, the 12th and 24th changed.
		if len(ws) < 37 {
			continue
		}
		at = r.IntN(len(ws) - 36)
		long := slices.Clone(ws[at : at+36])
		long[11], long[23] = "blorft", "quazzle"
		src = "By Jane Roe\n\nZzyq wuv plof " + strings.Join(long, " ") + " xoqz vumb ettle."
		got = lint(t, wire.UncreditedCopy, src, &rules.Config{Publisher: "Daily Planet"}, x)
		if len(got) != 1 {
			edited++
			t.Logf("edited %q: got %q", strings.Join(long, " "), got)
		} else if ok, _ := within(got[0], long); !ok {
			edited++
			t.Logf("edited %q: got %q", strings.Join(long, " "), got)
		}
	}
	t.Logf("verbatim runs of %d words: %d missed of %d, %d taking in 2 or more words around; edited: %d of %d missed or cut", fingerprint.Winnow+fingerprint.Window-1, missed, tried, wide, edited, n)
	if missed > 0 || edited > n/50 || wide > tried/10 || tried < n/2 {
		t.Errorf("verbatim runs missed or cut: %d of %d (%d taking in 2 or more words around); edited passages missed or cut: %d of %d", missed, tried, wide, edited, n)
	}
}
