// Package sentences splits the blocks of a document into sentences, knowing
// the abbreviations of news copy (U.S., Sen., Brig. Gen., D-N.J., a.m.,
// Sept., initials, decimals).
package sentences

import (
	"unicode"
	"unicode/utf8"

	"github.com/attrlint/attrlint/rules/analysis"
)

// Sentence is text[Start:End] of block Block.
type Sentence struct {
	Block int `json:"block"`
	Start int `json:"start"`
	End   int `json:"end"`
}

// Result is the sentences of a document, in order, with the index of the
// first sentence of each block.
type Result struct {
	Sentences []Sentence
	// First[b] is the index of block b's first sentence; First[len(blocks)]
	// is len(Sentences).
	First []int
}

// Of returns the sentences of block b.
func (r *Result) Of(b int) []Sentence { return r.Sentences[r.First[b]:r.First[b+1]] }

// Analyzer splits every block into sentences.
var Analyzer = &analysis.Analyzer{
	Name: "sentences",
	Doc:  "split blocks into sentences",
	Run: func(p *analysis.Pass) (any, error) {
		r := &Result{First: make([]int, len(p.Doc.Blocks)+1)}
		for b := range p.Doc.Blocks {
			r.First[b] = len(r.Sentences)
			r.Sentences = appendBlock(r.Sentences, b, p.Doc.Blocks[b].Text)
		}
		r.First[len(p.Doc.Blocks)] = len(r.Sentences)
		return r, nil
	},
}

// Split returns the [start, end) byte ranges of the sentences of text,
// trimmed of surrounding white space.
func Split(text string) [][2]int {
	var out [][2]int
	for _, s := range appendBlock(nil, 0, text) {
		out = append(out, [2]int{s.Start, s.End})
	}
	return out
}

// appendBlock appends the sentences of text, the text of block b, to out.
func appendBlock(out []Sentence, b int, text string) []Sentence {
	start := datelineEnd(text, skipSpace(text, 0))
	for i := start; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		// Take a run of terminators ("?!", "...").
		j := i + 1
		for j < len(text) && (text[j] == '.' || text[j] == '!' || text[j] == '?') {
			j++
		}
		// Then closing quotes and brackets.
		j = skipClosers(text, j)
		if j < len(text) && !isSpaceByte(text[j]) {
			continue // "1.5", "U.S.-led", "Yahoo!Inc"
		}
		k := skipSpace(text, j)
		if k >= len(text) {
			break
		}
		if !breaksBefore(text, i, c, k) {
			i = j - 1
			continue
		}
		out = append(out, Sentence{Block: b, Start: start, End: j})
		start = k
		i = k - 1
	}
	if end := trimRight(text, len(text)); end > start {
		out = append(out, Sentence{Block: b, Start: start, End: end})
	}
	return out
}

// breaksBefore decides whether the terminator at text[i] ends a sentence
// when the next word starts at text[k].
func breaksBefore(text string, i int, c byte, k int) bool {
	r, _ := utf8.DecodeRuneInString(text[k:])
	startsLikeSentence := unicode.IsUpper(r) || unicode.IsDigit(r) || isOpener(text[k:])
	if !startsLikeSentence {
		return false
	}
	if c != '.' || (i > 0 && text[i-1] == '.') {
		return true // "!", "?", an ellipsis
	}
	word := wordBefore(text, i)
	nextWord := wordAt(text, k)
	switch abbreviationKind(word) {
	case title:
		return false // "Sen. Warren", "Brig. Gen. Ryder"
	case month:
		return !(len(nextWord) > 0 && nextWord[0] >= '0' && nextWord[0] <= '9') && sentenceStarter(nextWord)
	case terminal:
		if word == "a.m" || word == "p.m" {
			return !timeFollower[trimPunct(nextWord)] // "at 5.40 a.m. Residents say", not "at 9 a.m. Tuesday"
		}
		return sentenceStarter(nextWord) // "in the U.S. The", not "U.S. Army"
	case initial:
		return false // "John F. Kennedy"
	}
	return true
}

func skipClosers(text string, j int) int {
	for j < len(text) {
		switch {
		case text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == ']':
			j++
		case hasAt(text, j, "”") || hasAt(text, j, "’"):
			j += 3
		default:
			return j
		}
	}
	return j
}

func isOpener(s string) bool {
	return len(s) > 0 && (s[0] == '"' || s[0] == '(' || s[0] == '\'' || hasAt(s, 0, "“") || hasAt(s, 0, "‘") || hasAt(s, 0, "—"))
}

func hasAt(s string, i int, sub string) bool {
	return len(s)-i >= len(sub) && s[i:i+len(sub)] == sub
}

func skipSpace(text string, i int) int {
	for i < len(text) && isSpaceByte(text[i]) {
		i++
	}
	return i
}

func trimRight(text string, end int) int {
	for end > 0 && isSpaceByte(text[end-1]) {
		end--
	}
	return end
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// wordBefore returns the word ending at the period text[i], with its inner
// periods ("U.S", "a.m", "Sen", "D-N.J").
func wordBefore(text string, i int) string {
	j := i
	for j > 0 {
		c := text[j-1]
		if isSpaceByte(c) || c == '(' || c == '"' || c == '[' {
			break
		}
		j--
	}
	return text[j:i]
}

func wordAt(text string, k int) string {
	j := k
	for j < len(text) && !isSpaceByte(text[j]) && text[j] != ',' {
		j++
	}
	w := text[k:j]
	for len(w) > 0 && (w[0] == '"' || w[0] == '(' || w[0] == '\'') {
		w = w[1:]
	}
	return w
}

// trimPunct drops the punctuation that ends a word.
func trimPunct(w string) string {
	for len(w) > 0 && (w[len(w)-1] == '.' || w[len(w)-1] == ',' || w[len(w)-1] == ';' || w[len(w)-1] == ':') {
		w = w[:len(w)-1]
	}
	return w
}
