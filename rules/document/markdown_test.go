package document

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMarkdownBlocks(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []gotBlock // Locator unused
	}{
		{"heading kinds", "# ATX\n\nSetext\n======\n\nBody.\n", []gotBlock{
			{Heading, "ATX", "", "ATX"}, {Heading, "Setext", "", "Setext"}, {Paragraph, "Body.", "", "Body."}}},
		{"soft break is one space", "one\ntwo  \n   three\n", []gotBlock{
			{Paragraph, "one two three", "", "one\ntwo  \n   three"}}},
		{"markup removed", "A *b* **c** _d_ [e](http://x) `f*g` ~h~.\n", []gotBlock{
			{Paragraph, "A b c d e f*g ~h~.", "", "A *b* **c** _d_ [e](http://x) `f*g` ~h~."}}},
		{"escapes and entities", `\*not em\* &amp; &copy; &#8212; &#x2019; &ampx; &#; 5 \< 6` + "\n", []gotBlock{
			{Paragraph, "*not em* & © — ’ &ampx; &#; 5 < 6", "", `\*not em\* &amp; &copy; &#8212; &#x2019; &ampx; &#; 5 \< 6`}}},
		{"no entities in code", "`&amp;` \\`x\\`\n", []gotBlock{
			{Paragraph, "&amp; `x`", "", "&amp;` \\`x\\`"}}},
		{"curly quotes, dash, emoji", "“Quoted,” she said — 🙂 done.\n", []gotBlock{
			{Paragraph, "“Quoted,” she said — 🙂 done.", "", "“Quoted,” she said — 🙂 done."}}},
		{"lists and quotes", "- a\n- b\n\n1. c\n\n   d\n\n> q1\n> q2\n>\n> - qi\n", []gotBlock{
			{ListItem, "a", "", "a"}, {ListItem, "b", "", "b"}, {ListItem, "c", "", "c"}, {ListItem, "d", "", "d"},
			{Blockquote, "q1 q2", "", "q1\n> q2"}, {Blockquote, "qi", "", "qi"}}},
		{"code and html ignored", "```\nfenced\n```\n\n    indented\n\n<div>\nhtml\n</div>\n\n---\n\nText.\n", []gotBlock{
			{Paragraph, "Text.", "", "Text."}}},
		{"image alt and autolink left out", "See ![alt text](i.png) <https://x.example> now.\n", []gotBlock{
			{Paragraph, "See now.", "", "See ![alt text](i.png) <https://x.example> now."}}},
		{"inline html left out", "a <span>b</span> c\n", []gotBlock{
			{Paragraph, "a b c", "", "a <span>b</span> c"}}},
		{"inline br is a space", "one<br>two<BR/>three <br> four<bra>\n", []gotBlock{
			{Paragraph, "one two three four", "", "one<br>two<BR/>three <br> four"}}},
		{"thematic break is not front matter", "---\n\nText.\n", []gotBlock{
			{Paragraph, "Text.", "", "Text."}}},
		{"backslash hard break", "one\\\ntwo\n", []gotBlock{
			{Paragraph, "one two", "", "one\\\ntwo"}}},
		{"pipe table left out", "| a | b |\n| --- | :-: |\n| 1 | 2 |\n\nText | with pipe\n|---|\n\nA | b\nc | d\n", []gotBlock{
			{Paragraph, "A | b c | d", "", "A | b\nc | d"}}},
		{"crlf", "one\r\ntwo\r\n\r\nthree\r\n", []gotBlock{
			{Paragraph, "one two", "", "one\r\ntwo"}, {Paragraph, "three", "", "three"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, "t.md", tt.src, Markdown)
			checkBounds(t, d)
			checkDecodes(t, d)
			if diff := cmp.Diff(tt.want, blocksOf(d)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestMarkdownFrontMatter(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		want  Meta
		first string // text of the first block
	}{
		{"full", "---\ntitle: T\ndate: 2023-05-02\nsource: Pub\nurl: https://x.example\nlang: en\nsection: Opinion\n---\nBody.\n",
			Meta{Title: "T", Date: "2023-05-02", Publisher: "Pub", URL: "https://x.example", Lang: "en", Section: "Opinion", Opinion: true}, "Body."},
		{"timestamp", "---\ndate: 2023-05-02T10:11:12Z\n---\nBody.\n", Meta{Date: "2023-05-02"}, "Body."},
		{"quoted date", "---\ndate: \"2023-05-02 10:11\"\n...\nBody.\n", Meta{Date: "2023-05-02"}, "Body."},
		{"bad date", "---\ndate: someday\n---\nBody.\n", Meta{}, "Body."},
		{"publisher key", "---\npublisher: P\nopinion: true\n---\nBody.\n", Meta{Publisher: "P", Opinion: true}, "Body."},
		{"crlf", "---\r\ntitle: T\r\n---\r\nBody.\r\n", Meta{Title: "T"}, "Body."},
		{"not at start", "Intro.\n\n---\ntitle: T\n---\n", Meta{}, "Intro."},
		{"single quotes, comment, nested list", "---\n# a draft\ntitle: 'It''s late' # kept\ntags:\n  - a\n  - b\nlang: en\n---\nBody.\n", Meta{Title: "It's late", Lang: "en"}, "Body."},
		{"quoted opinion is a string", "---\nopinion: \"true\"\nsection: News\n---\nBody.\n", Meta{Section: "News"}, "Body."},
		{"flow list value", "---\nauthors: [A, B]\ntitle: T\n---\nBody.\n", Meta{Title: "T"}, "Body."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, "t.md", tt.src, Markdown)
			if diff := cmp.Diff(tt.want, d.Meta); diff != "" {
				t.Errorf("meta (-want +got):\n%s", diff)
			}
			if len(d.Blocks) == 0 || d.Blocks[0].Text != tt.first {
				t.Errorf("first block = %+v, want %q", d.Blocks, tt.first)
			}
			for _, b := range d.Blocks {
				if strings.Contains(b.Text, "title:") && tt.name != "not at start" {
					t.Errorf("front matter linted: %q", b.Text)
				}
			}
		})
	}
	for _, bad := range []string{"title: [unclosed", "title: \"open", "title: T\nnot a key line", "title: 'open"} {
		_, err := Parse("t.md", []byte("---\n"+bad+"\n---\nBody.\n"), Markdown)
		var de *Error
		if !errors.As(err, &de) || !strings.Contains(de.Msg, "front matter is not valid YAML") {
			t.Errorf("invalid YAML %q: err = %v", bad, err)
		}
	}
	// Valid YAML that is no mapping is a thematic break, not front matter.
	for _, src := range []string{"---\nJust a line.\n---\nBody.\n", "---\n- a\n- b\n---\nBody.\n"} {
		if _, err := Parse("t.md", []byte(src), Markdown); err != nil {
			t.Errorf("%q: %v", src, err)
		}
	}
}

func TestMarkdownDirectives(t *testing.T) {
	src := "<!-- attrlint-disable -->\n\nOne.\n\nTwo <!-- attrlint-enable a/b c/d --> more.\n\n<!-- attrlint-disable-next-line wire/missing-credit -->\nThree.\n\n<!-- not a directive -->\n\n```\n<!-- attrlint-disable in code -->\n```\n\nFour.\n"
	d := mustParse(t, "t.md", src, Markdown)
	at := func(c string) (int, int) { return strings.Index(src, c), len(c) }
	o1, l1 := at("<!-- attrlint-disable -->")
	o2, l2 := at("<!-- attrlint-enable a/b c/d -->")
	o3, l3 := at("<!-- attrlint-disable-next-line wire/missing-credit -->")
	want := []Directive{
		{Kind: Disable, Offset: o1, Length: l1, NextBlock: 0},
		{Kind: Enable, Rules: []string{"a/b", "c/d"}, Offset: o2, Length: l2, NextBlock: 2},
		{Kind: DisableNextLine, Rules: []string{"wire/missing-credit"}, Offset: o3, Length: l3, NextBlock: 2},
	}
	if diff := cmp.Diff(want, d.Directives); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if got := len(d.Blocks); got != 4 {
		t.Errorf("%d blocks, want 4", got)
	}
}

func TestParseDirective(t *testing.T) {
	tests := []struct {
		in   string
		ok   bool
		kind DirectiveKind
		want []string
	}{
		{"<!-- attrlint-disable -->", true, Disable, nil},
		{"<!--attrlint-enable-->", true, Enable, nil},
		{"<!-- attrlint-disable-next-line a/b, c/d  e/f -->", true, DisableNextLine, []string{"a/b", "c/d", "e/f"}},
		{"<!--\n  attrlint-disable x/y\n-->", true, Disable, []string{"x/y"}},
		{"<!-- attrlint-disabled -->", false, 0, nil},
		{"<!-- attrlint-disable-all -->", false, 0, nil},
		{"<!-- please attrlint-disable -->", false, 0, nil},
		{"<!-- comment -->", false, 0, nil},
	}
	for _, tt := range tests {
		d, ok := parseDirective(tt.in, 7)
		if ok != tt.ok {
			t.Errorf("%q: ok = %v", tt.in, ok)
			continue
		}
		if ok && (d.Kind != tt.kind || !cmp.Equal(d.Rules, tt.want) || d.Offset != 7 || d.Length != len(tt.in)) {
			t.Errorf("%q: got %+v", tt.in, d)
		}
	}
}

// TestMarkdownHostile: nesting that would make goldmark slow is refused
// with a clear error at the offending line; ordinary nesting is fine.
func TestMarkdownHostile(t *testing.T) {
	var indented strings.Builder
	for i := range 1000 {
		indented.WriteString(strings.Repeat(" ", 2*i) + "- item\n")
	}
	refused := []struct {
		name, src string
		off       int
	}{
		{"block quotes", "Intro.\n\n" + strings.Repeat(">", 10000) + " text\n", 8},
		{"list markers", strings.Repeat("- ", 10000) + "text\n", 0},
		{"mixed markers", strings.Repeat("> 1. ", 200) + "text\n", 0},
		{"indented lists", indented.String(), strings.Index(indented.String(), "\n"+strings.Repeat(" ", 400)+"- ") + 1},
	}
	for _, tt := range refused {
		_, err := Parse("t.md", []byte(tt.src), Markdown)
		var de *Error
		if !errors.As(err, &de) || de.Offset != tt.off || !strings.Contains(de.Msg, "nested deeper than") {
			t.Errorf("%s: err = %v, want a nesting error at byte %d", tt.name, err, tt.off)
		}
	}
	ok := []string{
		"> > > - 1. deep but fine\n",
		strings.Repeat("-", 100000) + "\n",
		strings.Repeat("*", 50000) + "x" + strings.Repeat("*", 50000),
		"2024. A year in review.\n\n-5 degrees\n",
	}
	for _, src := range ok {
		d := mustParse(t, "t.md", src, Markdown)
		checkBounds(t, d)
	}
}
