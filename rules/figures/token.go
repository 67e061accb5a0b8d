package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word, number or punctuation mark of a sentence: text[S:E] of
// its block.
type tok struct {
	S, E  int
	Text  string
	Lower string
	Word  bool // letters, digits, $, %, inner . , ' -
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '$' || r == '%' || r == '€' || r == '£'
}

// tokenize splits text[start:end] into toks, appended to out[:0] (a
// buffer reused from sentence to sentence).
func tokenize(out []tok, text string, start, end int) []tok {
	out = out[:0]
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += n
		case r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z' || r >= '0' && r <= '9' || r == '$' || r == '%') || r >= 0x80 && isWordRune(r):
			j := i + n
			for j < end {
				r2, n2 := utf8.DecodeRuneInString(text[j:end])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if r2 == '.' || r2 == ',' || r2 == '\'' || r2 == '-' || r2 == '’' {
					r3, _ := utf8.DecodeRuneInString(text[j+n2 : end])
					if j+n2 < end && (unicode.IsLetter(r3) || unicode.IsDigit(r3)) {
						// Commas only inside digit groups: "1,500", not "troops,and".
						if r2 == ',' && !(unicode.IsDigit(r3) && j > 0 && isDigitByte(text[j-1])) {
							break
						}
						j += n2
						continue
					}
					// "U.S." keeps its final period.
					if r2 == '.' && strings.Contains(text[i:j], ".") {
						j += n2
					}
				}
				break
			}
			out = append(out, tok{S: i, E: j, Text: text[i:j], Lower: lower(text[i:j]), Word: true})
			i = j
		default:
			out = append(out, tok{S: i, E: i + n, Text: text[i : i+n], Lower: text[i : i+n]})
			i += n
		}
	}
	return out
}

// lower is strings.ToLower without allocating for lower-case ASCII words.
func lower(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || (c >= 'A' && c <= 'Z') {
			return strings.ToLower(s)
		}
	}
	return s
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// singular strips a plural s ("troops" -> "troop").
func singular(w string) string {
	if nounsKeepS[w] || len(w) < 4 {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes"):
		return w[:len(w)-2] // witnesses, taxes, churches, ambushes
	case strings.HasSuffix(w, "ses"):
		return w[:len(w)-1] // nurses, houses, cases
	case strings.HasSuffix(w, "ss"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}
