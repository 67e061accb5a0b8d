package document

import (
	"errors"
	"testing"
)

// fuzzParse asserts, for any input: no panic, an error is a *Error with an
// offset inside the input, and a document has spans inside the source,
// monotonic in the text, that decode to the block text (checkDecodes).
func fuzzParse(t *testing.T, src string, f Format) {
	d, err := Parse("fuzz", []byte(src), f)
	if err != nil {
		var de *Error
		if !errors.As(err, &de) {
			t.Fatalf("error %v is not a *Error", err)
		}
		if de.Offset < -1 || de.Offset > len(src) {
			t.Fatalf("error offset %d outside the input (%d bytes)", de.Offset, len(src))
		}
		return
	}
	checkBounds(t, d)
	checkDecodes(t, d)
	for _, b := range d.Blocks {
		if b.Text == "" {
			t.Fatalf("empty block %+v", b)
		}
	}
}

var fuzzSeeds = []string{
	"Plain paragraph.\n\nAnother “one” — 🙂.\n",
	"date 2023-05-02\nHeadline here\nBody text.\n",
	"---\ntitle: T\ndate: 2023-05-02\n---\n# Head\n\nText *em* &amp; \\* `code`\nsoft\n\n> q\n\n- li\n",
	"<!-- attrlint-disable a/b -->\ntext <!-- attrlint-enable --> more\n",
	"<html><body><article><h1>H &amp; h</h1><p>P<br>q &#8217; &nbsp;</p><figcaption>c</figcaption></article></body></html>",
	"<p>unclosed <b>bold <i>x</b> y</i><table><tr><td>c</td></tr>foster</table>",
	"<script type=\"application/ld+json\">{\"@type\":\"OpinionNewsArticle\"}</script><p>x</p>",
	"\r\n\r\n  text\r\n",
	"&amp;&#x;&#;&;\\",
	"<pre>\nx</pre><textarea>\ny</textarea>",
	// Regressions found by fuzzing.
	"`0\n0`", "0\r0", "000</Br>0", "0\t0  0", "0\n\v",
	"<p>unclosed <b>bold <i>x</b> y</i><table><tr><td>c</td></tr>foster</table>",
}

func FuzzParseText(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) { fuzzParse(t, src, Text) })
}

func FuzzParseMarkdown(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) { fuzzParse(t, src, Markdown) })
}

func FuzzParseHTML(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) { fuzzParse(t, src, HTML) })
}
