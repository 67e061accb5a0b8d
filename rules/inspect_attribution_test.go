package rules

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/attrlint/attrlint/rules/document"
)

// TestInspectAttributions checks the JSON shape of the attributions and
// quotes inspectors and that their spans are bytes of the original file.
func TestInspectAttributions(t *testing.T) {
	src := "The *troops*, Ryder said, will stay.\n\nThe move **reportedly** angered Mexico.\n\n“We are ready,” she said.\n"
	d, err := document.Parse("t.md", []byte(src), document.Markdown)
	if err != nil {
		t.Fatal(err)
	}
	in, err := Inspect(d, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out struct {
		Attributions []struct {
			Source  *Span `json:"source"`
			Cue     Span  `json:"cue"`
			Content Span  `json:"content"`
		} `json:"attributions"`
		Quotes []Span `json:"quotes"`
	}
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	type row struct{ Source, Cue, Content string }
	var got []row
	for _, a := range out.Attributions {
		for _, s := range []Span{a.Cue, a.Content} {
			if s.Offset < 0 || s.Offset+s.Length > len(src) {
				t.Fatalf("span %+v outside the source", s)
			}
		}
		r := row{"null", src[a.Cue.Offset : a.Cue.Offset+a.Cue.Length], src[a.Content.Offset : a.Content.Offset+a.Content.Length]}
		if a.Source != nil {
			r.Source = src[a.Source.Offset : a.Source.Offset+a.Source.Length]
		}
		got = append(got, r)
	}
	want := []row{
		{"Ryder", "said", "The *troops*, Ryder said, will stay"},
		{"null", "reportedly", "The move **reportedly** angered Mexico"},
		{"she", "said", "“We are ready,”"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("attributions (-want +got):\n%s", diff)
	}
	if len(out.Quotes) != 1 || out.Quotes[0].Text != "“We are ready,”" {
		t.Errorf("quotes = %+v", out.Quotes)
	}
}
