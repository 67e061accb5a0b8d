// Package tokens splits sentences into word, number and punctuation tokens
// with byte offsets into their block's text.
package tokens

import (
	"unicode"
	"unicode/utf8"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/sentences"
)

// Kind classifies a token.
type Kind uint8

const (
	Word   Kind = iota + 1 // "troops", "U.S.", "active-duty", "don't"
	Number                 // "1,500", "1.5", "40%", "$50"
	Punct                  // everything else: quotes, dashes, commas
)

// Token is text[Start:End] of its sentence's block.
type Token struct {
	Start, End int32
	Kind       Kind
}

// Result holds the tokens of every sentence: Of(i) are sentence i's.
type Result struct {
	Tokens []Token
	first  []int32
}

// Of returns the tokens of sentence i.
func (r *Result) Of(i int) []Token { return r.Tokens[r.first[i]:r.first[i+1]] }

// Analyzer tokenizes every sentence.
var Analyzer = &analysis.Analyzer{
	Name:     "tokens",
	Doc:      "split sentences into tokens",
	Requires: []*analysis.Analyzer{sentences.Analyzer},
	Run: func(p *analysis.Pass) (any, error) {
		ss := p.ResultOf[sentences.Analyzer].(*sentences.Result)
		// News prose runs about one token per 4.7 bytes: size it once, with room.
		n := 0
		for _, s := range ss.Sentences {
			n += s.End - s.Start
		}
		r := &Result{Tokens: make([]Token, 0, n/4+16), first: make([]int32, 0, len(ss.Sentences)+1)}
		for _, s := range ss.Sentences {
			r.first = append(r.first, int32(len(r.Tokens)))
			r.Tokens = Append(r.Tokens, p.Doc.Blocks[s.Block].Text, s.Start, s.End)
		}
		r.first = append(r.first, int32(len(r.Tokens)))
		return r, nil
	},
}

// Append tokenizes text[start:end] and appends the tokens to dst.
func Append(dst []Token, text string, start, end int) []Token {
	i := start
	for i < end {
		if c := text[i]; c == ' ' {
			i++ // the common case, before any classifying
			continue
		}
		r, n := decodeRune(text, i, end)
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '$' || r == '€' || r == '£'):
			j, kind := scanWord(text, i, end)
			dst = append(dst, Token{int32(i), int32(j), kind})
			i = j
		default:
			dst = append(dst, Token{int32(i), int32(i + n), Punct})
			i += n
		}
	}
	return dst
}

// scanWord reads a word or number starting at i: letters and digits joined
// by inner periods, commas between digits, hyphens and apostrophes.
func scanWord(text string, i, end int) (int, Kind) {
	kind := Word
	if c := text[i]; c < utf8.RuneSelf {
		if c >= '0' && c <= '9' || c == '$' {
			kind = Number
		}
	} else if r, _ := utf8.DecodeRuneInString(text[i:]); unicode.IsDigit(r) || r == '€' || r == '£' {
		kind = Number
	}
	j := i
	for j < end {
		if c := text[j]; c < utf8.RuneSelf && isASCIIAlnum(c) {
			j++ // the common case, without decoding
			continue
		}
		r, n := decodeRune(text, j, end)
		if unicode.IsLetter(r) || unicode.IsDigit(r) || (j == i && n > 1 && (r == '€' || r == '£')) || (j == i && r == '$') {
			j += n
			continue
		}
		if r == '%' && kind == Number {
			j += n
			break
		}
		// Joiners count only between two word characters.
		if r == '.' || r == ',' || r == '-' || r == '\'' || r == '’' {
			k := j + n
			if k < end {
				r2, _ := decodeRune(text, k, end)
				joins := unicode.IsLetter(r2) || unicode.IsDigit(r2)
				if r == ',' {
					joins = kind == Number && unicode.IsDigit(r2)
				}
				if joins {
					j = k
					continue
				}
			}
			// Keep the final period of an abbreviation with inner periods: "U.S."
			if r == '.' && kind == Word && containsByte(text[i:j], '.') {
				j = k
			}
		}
		break
	}
	return j, kind
}

func containsByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// decodeRune is utf8.DecodeRuneInString(text[i:end]), without the call for
// ASCII.
func decodeRune(text string, i, end int) (rune, int) {
	if c := text[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(text[i:end])
}

// isASCIIAlnum is unicode.IsLetter || unicode.IsDigit for an ASCII byte.
func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}
