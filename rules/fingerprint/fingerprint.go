// Package fingerprint turns the text of a document into hashed word
// windows, so that copied passages can be found in a reference corpus.
//
// Every window of Window normalised words (lower case, letters and digits
// only) is hashed with xxhash. Windows are short so that a lightly edited
// copy (a word changed every dozen or so) still shares several windows with
// its original; the copy check asks for a run of matching windows, not one.
// Windows made only of stock words ("said in a statement on the") are
// skipped, and windows inside quotation marks are marked Quoted.
package fingerprint

import (
	"unicode"
	"unicode/utf8"

	"github.com/attrlint/attrlint/rules/document"
	"github.com/cespare/xxhash/v2"
)

// Window is the number of words hashed together.
const Window = 5

// Print is one hashed window: its hash and the source bytes it covers.
type Print struct {
	Hash   uint64
	Offset int32 // source byte offset of the window's first word
	Length int32 // source bytes up to the end of its last word
	Block  int32
	Quoted bool  // the window lies inside quotation marks
	Word   int32 // index of the window's first word in its block
	// Start and End are the window's text offsets in its block.
	Start, End int32
}

type word struct {
	s, e   int
	quoted bool
	stock  bool
	h      uint64
}

// Of returns the prints of every block of d.
func Of(d *document.Document) []Print {
	var out []Print
	var words []word
	var buf []byte
	for b := range d.Blocks {
		text := d.Blocks[b].Text
		words = words[:0]
		start := -1
		quoted := false
		flush := func(i int) {
			if start < 0 {
				return
			}
			buf = buf[:0]
			for _, r := range text[start:i] {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					buf = utf8.AppendRune(buf, unicode.ToLower(r))
				}
			}
			words = append(words, word{s: start, e: i, quoted: quoted, stock: stock[string(buf)], h: xxhash.Sum64(buf)})
			start = -1
		}
		for i, r := range text {
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				if start < 0 {
					start = i
				}
			case r == '\'' || r == '’' || r == '.' || r == ',' || r == '-':
				// inside a word (don't, U.S., 1,500, well-known) keep going
				if start >= 0 && i+utf8.RuneLen(r) < len(text) {
					next, _ := utf8.DecodeRuneInString(text[i+utf8.RuneLen(r):])
					if unicode.IsLetter(next) || unicode.IsDigit(next) {
						continue
					}
				}
				flush(i)
			default:
				flush(i)
				switch r {
				case '“', '”', '"':
					if r == '“' {
						quoted = true
					} else if r == '”' {
						quoted = false
					} else {
						quoted = !quoted
					}
				}
			}
		}
		flush(len(text))
		for i := 0; i+Window <= len(words); i++ {
			w := words[i : i+Window]
			allStock, q := true, false
			h := uint64(Window)
			for _, x := range w {
				allStock = allStock && x.stock
				q = q || x.quoted
				h = h*0x9E3779B97F4A7C15 ^ x.h
			}
			if allStock {
				continue
			}
			off, n := d.Span(b, w[0].s, w[Window-1].e)
			out = append(out, Print{Hash: xxhash.Sum64(appendU64(buf[:0], h)), Offset: int32(off), Length: int32(n), Block: int32(b),
				Quoted: q, Word: int32(i), Start: int32(w[0].s), End: int32(w[Window-1].e)})
		}
	}
	return out
}

func appendU64(b []byte, v uint64) []byte {
	for i := 0; i < 8; i++ {
		b = append(b, byte(v>>(8*i)))
	}
	return b
}

// stock words: windows made only of them carry no evidence of copying.
var stock = map[string]bool{}

func init() {
	for _, w := range []string{"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is", "was", "are", "were", "be", "been", "it", "its", "that", "this", "he", "she", "they", "his", "her", "their", "said", "says", "say", "told", "statement", "according", "not", "have", "has", "had", "will", "would", "who", "which", "we", "i", "you", "there", "than", "more", "about", "also", "after", "last", "week", "year", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "reporters", "news", "conference", "told", "an", "interview"} {
		stock[w] = true
	}
}
