// Package fingerprint turns the text of a document into hashed word
// windows, so that copied passages can be found in a reference corpus.
package fingerprint

import (
	"strings"
	"unicode"

	"github.com/attrlint/attrlint/rules/document"
	"github.com/cespare/xxhash/v2"
)

// Window is the number of words hashed together.
const Window = 8

// Print is one hashed window: its hash and the source bytes it covers.
type Print struct {
	Hash   uint64
	Offset int32 // source byte offset of the window's first word
	Length int32 // source bytes up to the end of its last word
	Block  int32
	Quoted bool // the window lies inside quotation marks
}

// Of returns the prints of every block of d (skeleton: every window).
func Of(d *document.Document) []Print {
	var out []Print
	for b := range d.Blocks {
		text := d.Blocks[b].Text
		type w struct{ s, e int }
		var words []w
		start := -1
		for i, r := range text {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				if start < 0 {
					start = i
				}
			} else if start >= 0 {
				words = append(words, w{start, i})
				start = -1
			}
		}
		if start >= 0 {
			words = append(words, w{start, len(text)})
		}
		for i := 0; i+Window <= len(words); i++ {
			var sb strings.Builder
			for _, x := range words[i : i+Window] {
				sb.WriteString(strings.ToLower(text[x.s:x.e]))
				sb.WriteByte(' ')
			}
			off, n := d.Span(b, words[i].s, words[i+Window-1].e)
			out = append(out, Print{Hash: xxhash.Sum64String(sb.String()), Offset: int32(off), Length: int32(n), Block: int32(b)})
		}
	}
	return out
}
