package document

import (
	"bytes"
	"errors"
	"html"
	"math/rand"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
)

// gotBlock is a block as the tests compare it.
type gotBlock struct {
	Kind    Kind
	Text    string
	Locator string
	Source  string // the source bytes the whole text maps to
}

func blocksOf(d *Document) []gotBlock {
	var out []gotBlock
	for _, b := range d.Blocks {
		o, l := b.Span(0, len(b.Text))
		out = append(out, gotBlock{b.Kind, b.Text, b.Locator, string(d.Source[o : o+l])})
	}
	return out
}

func mustParse(t testing.TB, name, src string, f Format) *Document {
	t.Helper()
	d, err := Parse(name, []byte(src), f)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return d
}

// checkBounds asserts what must hold for any input: spans inside the
// source, offsets monotonic in the text, directives inside the source.
func checkBounds(t testing.TB, d *Document) {
	t.Helper()
	n := len(d.Source)
	for bi, b := range d.Blocks {
		prev := -1
		for i := 0; i <= len(b.Text); i++ {
			s := b.SourceOffset(i, false)
			if s < 0 || s > n {
				t.Fatalf("block %d: text offset %d maps to %d, outside [0,%d]", bi, i, s, n)
			}
			if s < prev {
				t.Fatalf("block %d: text offset %d maps to %d, before %d", bi, i, s, prev)
			}
			prev = s
		}
		o, l := b.Span(0, len(b.Text))
		if o < 0 || l < 0 || o+l > n {
			t.Fatalf("block %d: span %d+%d outside the source (%d bytes)", bi, o, l, n)
		}
	}
	for _, dir := range d.Directives {
		if dir.Offset < 0 || dir.Offset+dir.Length > n || dir.NextBlock < 0 || dir.NextBlock > len(d.Blocks) {
			t.Fatalf("directive out of bounds: %+v", dir)
		}
	}
}

// decodeSource reads source bytes as a reader sees them, for the format.
func decodeSource(f Format, b []byte) string {
	switch f {
	case HTML:
		var sb strings.Builder
		z := xhtml.NewTokenizer(bytes.NewReader(b))
		for {
			tt := z.Next()
			if tt == xhtml.ErrorToken {
				break
			}
			switch tt {
			case xhtml.TextToken:
				sb.Write(z.Text())
			case xhtml.StartTagToken, xhtml.SelfClosingTagToken, xhtml.EndTagToken:
				if name, _ := z.TagName(); string(name) == "br" {
					sb.WriteByte(' ')
				}
			}
		}
		return collapseSpaces(sb.String(), true)
	case Markdown:
		var sb strings.Builder
		for i := 0; i < len(b); i++ {
			if b[i] == '\\' && i+1 < len(b) && isASCIIPunct(b[i+1]) {
				continue
			}
			sb.WriteByte(b[i])
		}
		return collapseSpaces(html.UnescapeString(mdBr.ReplaceAllString(sb.String(), " ")), false)
	}
	return collapseSpaces(string(b), false)
}

var mdBr = regexp.MustCompile(`(?i)<br\s*/?>`)

func collapseSpaces(s string, formFeed bool) string {
	var sb strings.Builder
	space := false
	for _, r := range s {
		if r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || !formFeed && r == '\v' {
			space = true
			continue
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		sb.WriteRune(r)
	}
	if space {
		sb.WriteByte(' ')
	}
	return sb.String()
}

// checkDecodes asserts the source map is exact: every rune of every block
// maps to source bytes that decode to (a run containing) it, and, for plain
// text and HTML, random sub-spans map to bytes that decode to exactly the
// sub-span.
func checkDecodes(t *testing.T, d *Document) {
	t.Helper()
	rng := rand.New(rand.NewSource(1))
	for bi, b := range d.Blocks {
		for i := 0; i < len(b.Text); {
			_, size := utf8.DecodeRuneInString(b.Text[i:])
			o, l := b.Span(i, i+size)
			got := decodeSource(d.Format, d.Source[o:o+l])
			if want := collapseSpaces(b.Text[i:i+size], d.Format == HTML); !strings.Contains(got, want) {
				t.Errorf("block %d %q: rune %q at %d maps to source %q (decodes to %q)", bi, b.Text, want, i, d.Source[o:o+l], got)
			}
			i += size
		}
		if d.Format == Markdown {
			continue
		}
		bounds := []int{}
		for i := range b.Text {
			bounds = append(bounds, i)
		}
		bounds = append(bounds, len(b.Text))
		for k := 0; k < 50; k++ {
			x, y := bounds[rng.Intn(len(bounds))], bounds[rng.Intn(len(bounds))]
			if x > y {
				x, y = y, x
			}
			o, l := b.Span(x, y)
			got := strings.TrimSpace(decodeSource(d.Format, d.Source[o:o+l]))
			if want := strings.TrimSpace(collapseSpaces(b.Text[x:y], d.Format == HTML)); got != want {
				t.Errorf("block %d: text[%d:%d] = %q but source %q decodes to %q", bi, x, y, want, d.Source[o:o+l], got)
			}
		}
	}
}

func TestCheck(t *testing.T) {
	tests := []struct {
		name string
		src  string
		off  int
		msg  string
	}{
		{"empty", "", -1, "empty file"},
		{"blank", " \n\t\n", -1, "empty file"},
		{"binary", "abc\x00def", 3, "binary data"},
		{"invalid utf8", "caf\xc3 au lait", 3, "invalid UTF-8 (byte 0xc3)"},
		{"truncated rune at end", "ok \xe2\x80", 3, "invalid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, f := range []Format{Text, Markdown, HTML} {
				_, err := Parse("x", []byte(tt.src), f)
				var de *Error
				if !errors.As(err, &de) {
					t.Fatalf("%s: err = %v, want *Error", f, err)
				}
				if de.Offset != tt.off || !strings.Contains(de.Msg, tt.msg) {
					t.Errorf("%s: got offset %d %q, want %d %q", f, de.Offset, de.Msg, tt.off, tt.msg)
				}
			}
		})
	}
	if err := Check([]byte("fine “text” — 🙂")); err != nil {
		t.Errorf("valid text refused: %v", err)
	}
	if _, err := Parse("x", []byte("text"), Format("pdf")); err == nil {
		t.Error("unknown format accepted")
	}
}
