package figures

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attrlint/attrlint/rules/tokens"
)

// tok is a word, number or punctuation mark of a sentence: text[S:E] of
// its block.
type tok struct {
	S, E  int
	Text  string
	Lower string
	Word  bool      // letters, digits, $, %, inner . , ' -
	cls   wordClass // of Lower; the zero class for punctuation (no lexicon holds any)
}

// fromTokens turns the shared tokens of a sentence into toks, appended to
// out[:0] (a buffer reused from sentence to sentence); lower-case forms
// come from low.
func fromTokens(out []tok, text string, ts []tokens.Token, low *lowerArena) []tok {
	out = out[:0]
	for _, t := range ts {
		s := text[t.Start:t.End]
		if t.Kind == tokens.Punct {
			out = append(out, tok{S: int(t.Start), E: int(t.End), Text: s, Lower: s})
			continue
		}
		w := low.lower(s)
		out = append(out, tok{S: int(t.Start), E: int(t.End), Text: s, Lower: w, Word: true, cls: classOf(w)})
	}
	return out
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isCapitalized(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// singular strips a plural s ("troops" -> "troop").
func singular(w string) string {
	if len(w) < 4 || w[len(w)-1] != 's' || nounsKeepS[w] {
		return w // every rule below strips a final s
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
