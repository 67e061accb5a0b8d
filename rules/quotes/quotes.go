// Package quotes finds quotations in a document: straight and curly double
// quotes (and two apostrophes used as one), quotes that run over several sentences, and quotes that continue
// into the next paragraph under the newsroom convention (no closing mark at
// the end of the paragraph, an opening mark at the start of the next). It
// tells short scare quotes and titles apart from quoted speech.
package quotes

import (
	"unicode"
	"unicode/utf8"

	"github.com/attrlint/attrlint/rules/analysis"
)

// Quote is one quotation inside one block: Block.Text[Start:End] including
// its marks; the words are Text[InnerStart:InnerEnd].
type Quote struct {
	Block      int
	Start, End int
	InnerStart int
	InnerEnd   int
	// Closed is false when the block ended before a closing mark.
	Closed bool
	// Continues is set when the quote is left open at the end of its
	// paragraph and the next paragraph opens with a quote mark: the
	// quotation goes on there.
	Continues bool
	// Chain is the index (in Result.Quotes) of the first quote of a
	// multi-paragraph quotation; a quote that stands alone is its own chain.
	Chain int
	// Words counts the words inside the marks.
	Words int
	// Scare marks a short scare quote or a title rather than speech.
	Scare bool
}

// Result is every quote of a document, in order.
type Result struct {
	Quotes []Quote
	// First[b] is the index of the first quote of block b;
	// First[len(blocks)] is len(Quotes).
	First []int
}

// Of returns the quotes of block b.
func (r *Result) Of(b int) []Quote { return r.Quotes[r.First[b]:r.First[b+1]] }

// At returns the index of the quote of block b that contains text offset
// off, or -1.
func (r *Result) At(b, off int) int {
	for i := r.First[b]; i < r.First[b+1]; i++ {
		q := &r.Quotes[i]
		if off >= q.Start && off < q.End {
			return i
		}
	}
	return -1
}

// Analyzer finds the quotations of every block.
var Analyzer = &analysis.Analyzer{
	Name: "quotes",
	Doc:  "find quotations (straight and curly, multi-sentence, multi-paragraph) and tell scare quotes from speech",
	Run: func(p *analysis.Pass) (any, error) {
		texts := make([]string, len(p.Doc.Blocks))
		for i := range p.Doc.Blocks {
			texts[i] = p.Doc.Blocks[i].Text
		}
		return Find(texts), nil
	},
}

// Find returns the quotes of a sequence of blocks.
func Find(blocks []string) *Result {
	r := &Result{First: make([]int, len(blocks)+1)}
	for b, text := range blocks {
		r.First[b] = len(r.Quotes)
		r.Quotes = appendBlock(r.Quotes, b, text)
	}
	r.First[len(blocks)] = len(r.Quotes)
	// Chain quotes left open at a paragraph end to the quote that opens the
	// next paragraph.
	for i := range r.Quotes {
		r.Quotes[i].Chain = i
	}
	for b := 0; b+1 < len(blocks); b++ {
		if r.First[b+1] == r.First[b] || r.First[b+2] == r.First[b+1] {
			continue
		}
		last := &r.Quotes[r.First[b+1]-1]
		next := &r.Quotes[r.First[b+1]]
		if !last.Closed && last.End == len(blocks[b]) && next.Start == leadingSpace(blocks[b+1]) {
			last.Continues = true
			next.Chain = last.Chain
		}
	}
	// A chain is speech if any of its parts is.
	for i := len(r.Quotes) - 1; i >= 0; i-- {
		q := &r.Quotes[i]
		if q.Chain != i && !q.Scare {
			r.Quotes[q.Chain].Scare = false
		}
	}
	for i := range r.Quotes {
		q := &r.Quotes[i]
		if q.Chain != i {
			q.Scare = r.Quotes[q.Chain].Scare && q.Scare
		}
	}
	return r
}

func leadingSpace(s string) int {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// mark kinds
const (
	none = iota
	open
	close
	straight
)

// markStart holds the first bytes of the marks markAt knows.
var markStart = [256]bool{'"': true, '\'': true, 0xE2: true, 0xC2: true}

// markAt classifies the double quote mark at text[i] and returns its width.
func markAt(text string, i int) (kind, width int) {
	switch c := text[i]; {
	case c == '"':
		return straight, 1
	case c == '\'' && i+1 < len(text) && text[i+1] == '\'':
		// Two apostrophes stand for a double quote mark in some newsroom
		// systems: ''We won,'' she said.
		return straight, 2
	case c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80:
		switch text[i+2] {
		case 0x9C: // “
			return open, 3
		case 0x9D: // ”
			return close, 3
		case 0x9E: // „
			return open, 3
		}
	case c == 0xC2 && i+1 < len(text):
		switch text[i+1] {
		case 0xAB: // «
			return open, 2
		case 0xBB: // »
			return close, 2
		}
	}
	return none, 0
}

func appendBlock(dst []Quote, b int, text string) []Quote {
	inQuote := false
	var cur Quote
	for i := 0; i < len(text); {
		if !markStart[text[i]] {
			i++ // most bytes: no call
			continue
		}
		k, w := markAt(text, i)
		if k == none {
			i++
			continue
		}
		if k == straight {
			// A straight mark opens at the start or after space or an
			// opening bracket or dash, and closes otherwise.
			if inQuote {
				k = close
			} else if i == 0 || opensAfter(text, i) {
				k = open
			} else {
				k = close
			}
		}
		switch {
		case k == open && !inQuote:
			inQuote = true
			cur = Quote{Block: b, Start: i, InnerStart: i + w}
		case k == open && inQuote:
			// A new opening mark inside an open quote: the writer forgot to
			// close the last one; close it here and start again.
			cur.End, cur.InnerEnd = i, i
			dst = append(dst, finish(cur, text))
			cur = Quote{Block: b, Start: i, InnerStart: i + w}
		case k == close && inQuote:
			inQuote = false
			cur.InnerEnd, cur.End, cur.Closed = i, i+w, true
			dst = append(dst, finish(cur, text))
		}
		i += w
	}
	if inQuote {
		end := len(text)
		for end > cur.InnerStart && (text[end-1] == ' ' || text[end-1] == '\t') {
			end--
		}
		cur.End, cur.InnerEnd = end, end
		dst = append(dst, finish(cur, text))
	}
	return dst
}

func opensAfter(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '—' || r == '–' || r == '-' || r == ':' || r == '/'
}

func finish(q Quote, text string) Quote {
	inner := text[q.InnerStart:q.InnerEnd]
	q.Words = countWords(inner)
	q.Scare = isScare(inner, q.Words)
	return q
}

func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

// isScare tells a scare quote or a title from speech: speech is longer than
// a few words or ends in punctuation (“We won,” / “No.”); a scare quote is a
// short phrase; a title is a run of capitalised words without closing
// punctuation.
func isScare(inner string, words int) bool {
	t := trimSpace(inner)
	if t == "" {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(t)
	endsPunct := last == '.' || last == ',' || last == '!' || last == '?' || last == '…' || last == ':' || last == '—'
	if endsPunct {
		return false
	}
	if words <= 4 {
		return true
	}
	if words > 12 {
		return false
	}
	// A title: most words capitalised.
	caps := 0
	for _, w := range fields(t) {
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	return caps*4 >= words*3
}

func trimSpace(s string) string {
	i, j := 0, len(s)
	for i < j && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	for j > i && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	return s[i:j]
}

func fields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	return out
}
