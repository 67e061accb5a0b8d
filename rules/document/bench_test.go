package document

import (
	"fmt"
	"strings"
	"testing"
)

var benchWords = strings.Fields(`the council said on Tuesday that ferry schedule would change after
a vote officials according to report residents “we will not” — numbers rose 40 percent in
March harbor operator statement plan unworkable late county engineers bridge deck`)

// genDraft writes about n words of a news draft in the given format, with
// the markup each format uses: emphasis, links, entities, lists, quotes.
func genDraft(n int, f Format) []byte {
	var sb strings.Builder
	switch f {
	case Markdown:
		sb.WriteString("---\ntitle: Generated\ndate: 2024-06-11\n---\n\n# Generated draft\n\n")
	case HTML:
		sb.WriteString("<!doctype html><html lang=en><head><title>Generated</title></head><body><nav><a href=/>Home</a></nav><article><h1>Generated draft</h1>\n")
	}
	w := 0
	for p := 0; w < n; p++ {
		words := make([]string, 0, 60)
		for i := 0; i < 40+p%20; i++ {
			words = append(words, benchWords[(p*7+i*13)%len(benchWords)])
		}
		w += len(words)
		switch f {
		case Markdown:
			words[3] = "*" + words[3] + "*"
			words[9] = "[" + words[9] + "](https://x.example/" + fmt.Sprint(p) + ")"
			words[15] = "&amp;"
			text := strings.Join(words[:25], " ") + ".\n" + strings.Join(words[25:], " ") + "."
			switch p % 10 {
			case 7:
				sb.WriteString("> " + strings.ReplaceAll(text, "\n", "\n> ") + "\n\n")
			case 8:
				sb.WriteString("- " + strings.ReplaceAll(text, "\n", "\n  ") + "\n\n")
			default:
				sb.WriteString(text + "\n\n")
			}
		case HTML:
			words[3] = "<em>" + words[3] + "</em>"
			words[9] = `<a href="https://x.example/">` + words[9] + "</a>"
			words[15] = "&amp;&#8217;"
			sb.WriteString("<p>" + strings.Join(words[:25], " ") + ".\n" + strings.Join(words[25:], " ") + ".</p>\n")
		default:
			sb.WriteString(strings.Join(words[:25], " ") + ".\n" + strings.Join(words[25:], " ") + ".\n\n")
		}
	}
	if f == HTML {
		sb.WriteString("</article><footer>f</footer></body></html>\n")
	}
	return []byte(sb.String())
}

func benchParse(b *testing.B, f Format) {
	src := genDraft(100_000, f)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse("bench", src, f); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkParseMarkdown decodes a generated 100,000-word Markdown draft.
// The whole engine must do 10 MB/s, so this should be far above it.
func BenchmarkParseMarkdown(b *testing.B) { benchParse(b, Markdown) }
func BenchmarkParseHTML(b *testing.B)     { benchParse(b, HTML) }
func BenchmarkParseText(b *testing.B)     { benchParse(b, Text) }

// TestGenDraft keeps the benchmark inputs honest: they decode to about the
// number of words asked for, with their markup removed.
func TestGenDraft(t *testing.T) {
	for _, f := range []Format{Text, Markdown, HTML} {
		d := mustParse(t, "g", string(genDraft(2000, f)), f)
		words := 0
		for _, b := range d.Blocks {
			words += len(strings.Fields(b.Text))
			if strings.ContainsAny(b.Text, "*[]<>") {
				t.Fatalf("%s: markup left in %q", f, b.Text)
			}
		}
		if words < 1900 || words > 2200 {
			t.Errorf("%s: %d words, want about 2000", f, words)
		}
		checkBounds(t, d)
	}
}
