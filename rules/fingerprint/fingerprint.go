// Package fingerprint turns the text of a document into word hashes and
// hashed word windows (k-grams), so that copied passages can be found in a
// reference corpus.
//
// Words are normalised (lower case, letters and digits only) and hashed
// with xxhash. Every window of Window consecutive words of a block is a
// k-gram with a 32-bit hash; windows made only of stock words ("said in a
// statement on the") have hash 0 and are never stored.
//
// A corpus document keeps only the k-grams that winnowing selects (Select:
// the smallest hash of every Winnow consecutive windows), so that any run
// of at least Winnow+Window-1 words shared with a draft shares at least one
// stored k-gram, and a 3-bit check of every word with the next
// (PairCheck): once a stored k-gram matches a draft, the checks confirm it
// and extend the match word by word to the whole copied passage, through
// light edits, without the corpus keeping the text.
package fingerprint

import (
	"unicode"
	"unicode/utf8"

	"github.com/attrlint/attrlint/rules/document"
	"github.com/cespare/xxhash/v2"
)

// Window is the number of words hashed together.
const Window = 4

// Winnow is the winnowing window: one k-gram of every Winnow consecutive
// ones is kept, so a shared run of Winnow+Window-1 words always shares a
// kept k-gram (density about 2/(Winnow+1)).
const Winnow = 12

// Word is a word of a block.
type Word struct {
	Start, End int32  // bytes of the block's text
	Hash       uint64 // hash of the normalised word
	Quoted     bool   // inside quotation marks
	Stock      bool   // a stock word ("the", "said")
}

// CheckBits is the size of a word's check.
const CheckBits = 3

// PairCheck is the check a corpus keeps for every word: a hash of the word
// (a) and the one after it (b; 0 after the last word of a document). Two
// different pairs have the same check one time in 2^CheckBits, however
// common their words: a copied passage is extended past its end by chance
// one time in 8, whatever word follows it.
func PairCheck(a, b uint64) byte {
	h := a*0x9E3779B97F4A7C15 ^ b
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	return byte(h >> (64 - CheckBits))
}

// Print is a kept k-gram of a document: its hash and the document-wide
// index of its first word.
type Print struct {
	Hash   uint32
	Word   int32
	Quoted bool // some word of the window lies inside quotation marks
}

// Doc is the words of a document, block by block.
type Doc struct {
	Blocks [][]Word
	// Base is the document-wide index of each block's first word; words
	// are numbered across blocks in order.
	Base []int32
	N    int // words in all
}

// Of splits every block of d into words.
func Of(d *document.Document) *Doc {
	x := &Doc{Blocks: make([][]Word, len(d.Blocks)), Base: make([]int32, len(d.Blocks))}
	var buf []byte
	for b := range d.Blocks {
		x.Base[b] = int32(x.N)
		x.Blocks[b], buf = words(d.Blocks[b].Text, buf)
		x.N += len(x.Blocks[b])
	}
	return x
}

// Words splits one text into words.
func Words(text string) []Word {
	w, _ := words(text, nil)
	return w
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func words(text string, buf []byte) ([]Word, []byte) {
	var out []Word
	start := -1
	quoted := false
	flush := func(i int) {
		if start < 0 {
			return
		}
		buf = buf[:0]
		for _, r := range text[start:i] {
			switch {
			case 'a' <= r && r <= 'z' || '0' <= r && r <= '9':
				buf = append(buf, byte(r))
			case 'A' <= r && r <= 'Z':
				buf = append(buf, byte(r+'a'-'A'))
			case r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
				buf = utf8.AppendRune(buf, unicode.ToLower(r))
			}
		}
		out = append(out, Word{Start: int32(start), End: int32(i), Hash: xxhash.Sum64(buf), Quoted: quoted, Stock: stock[string(buf)]})
		start = -1
	}
	for i, r := range text {
		switch {
		case isWordRune(r):
			if start < 0 {
				start = i
			}
		case r == '\'' || r == '’' || r == '.' || r == ',' || r == '-':
			// inside a word (don't, U.S., 1,500, well-known) keep going
			if start >= 0 && i+utf8.RuneLen(r) < len(text) {
				next, _ := utf8.DecodeRuneInString(text[i+utf8.RuneLen(r):])
				if isWordRune(next) {
					continue
				}
			}
			flush(i)
		default:
			flush(i)
			switch r {
			case '“':
				quoted = true
			case '”':
				quoted = false
			case '"':
				quoted = !quoted
			}
		}
	}
	flush(len(text))
	return out, buf
}

// Grams returns the hash of the window starting at each word of a block
// (len(words)-Window+1 of them; none for a shorter block), 0 for windows
// made only of stock words.
func Grams(words []Word, out []uint32) []uint32 {
	out = out[:0]
	for i := 0; i+Window <= len(words); i++ {
		out = append(out, Gram(words[i:i+Window]))
	}
	return out
}

// Gram hashes one window of Window words (0 when they are all stock).
func Gram(w []Word) uint32 {
	allStock := true
	h := uint64(Window)
	for _, x := range w {
		allStock = allStock && x.Stock
		h = h*0x9E3779B97F4A7C15 ^ x.Hash
	}
	if allStock {
		return 0
	}
	// fmix64 (MurmurHash3's finaliser), upper half.
	h ^= h >> 33
	h *= 0xff51afd7ed558ccd
	h ^= h >> 33
	h *= 0xc4ceb9fe1a85ec53
	h ^= h >> 33
	if v := uint32(h >> 32); v != 0 {
		return v
	}
	return 1
}

// Select appends to out the positions winnowing keeps among grams: in
// every run of w consecutive windows, the one with the smallest hash (the
// rightmost on ties), each position once. Windows with hash 0 are never
// kept; a block with fewer than w windows keeps its smallest.
func Select(grams []uint32, w int, out []int32) []int32 {
	if len(grams) == 0 {
		return out
	}
	w = min(w, len(grams))
	last := int32(-1)
	best := -1
	for end := w - 1; end < len(grams); end++ {
		lo := end - w + 1
		if best < lo {
			// The minimum left the window: scan it again.
			best = -1
			for i := lo; i <= end; i++ {
				if grams[i] != 0 && (best < 0 || grams[i] <= grams[best]) {
					best = i
				}
			}
		} else if g := grams[end]; g != 0 && (best < 0 || g <= grams[best]) {
			best = end
		}
		if best >= 0 && int32(best) != last {
			out = append(out, int32(best))
			last = int32(best)
		}
	}
	return out
}

// Prints returns the k-grams of the document that winnowing keeps, with
// document-wide word indexes.
func (x *Doc) Prints() []Print {
	var out []Print
	var grams []uint32
	var sel []int32
	for b, ws := range x.Blocks {
		grams = Grams(ws, grams)
		sel = Select(grams, Winnow, sel[:0])
		for _, i := range sel {
			q := false
			for _, w := range ws[i : i+Window] {
				q = q || w.Quoted
			}
			out = append(out, Print{Hash: grams[i], Word: x.Base[b] + i, Quoted: q})
		}
	}
	return out
}

// Checks returns the check of every word with the next, document-wide
// (across blocks), one a byte.
func (x *Doc) Checks() []byte {
	out := make([]byte, 0, x.N)
	var prev uint64
	first := true
	for _, ws := range x.Blocks {
		for _, w := range ws {
			if !first {
				out = append(out, PairCheck(prev, w.Hash))
			}
			prev, first = w.Hash, false
		}
	}
	if !first {
		out = append(out, PairCheck(prev, 0))
	}
	return out
}

// Quotes returns the document-wide word ranges [lo, hi) inside quotation
// marks.
func (x *Doc) Quotes() [][2]int32 {
	var out [][2]int32
	for b, ws := range x.Blocks {
		for i := 0; i < len(ws); i++ {
			if !ws[i].Quoted {
				continue
			}
			j := i
			for j < len(ws) && ws[j].Quoted {
				j++
			}
			out = append(out, [2]int32{x.Base[b] + int32(i), x.Base[b] + int32(j)})
			i = j
		}
	}
	return out
}

// stock words: windows made only of them carry no evidence of copying.
var stock = map[string]bool{}

func init() {
	for _, w := range []string{"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as", "is", "was", "are", "were", "be", "been", "it", "its", "that", "this", "he", "she", "they", "his", "her", "their", "said", "says", "say", "told", "statement", "according", "not", "have", "has", "had", "will", "would", "who", "which", "we", "i", "you", "there", "than", "more", "about", "also", "after", "last", "week", "year", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "reporters", "news", "conference", "told", "an", "interview"} {
		stock[w] = true
	}
}
