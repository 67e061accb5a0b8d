package figures

import (
	"slices"
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
	// Filled in place, field by field: appending a composite literal of
	// tok copies it with a bulk write barrier while the GC runs.
	out = slices.Grow(out[:0], len(ts))[:len(ts)]
	for k, t := range ts {
		s := text[t.Start:t.End]
		o := &out[k]
		o.S, o.E, o.Text = int(t.Start), int(t.End), s
		switch t.Kind {
		case tokens.Punct:
			o.Lower, o.Word, o.cls = s, false, wordClass{}
		case tokens.Number:
			// No lexicon word starts with a digit or a currency sign.
			o.Lower, o.Word, o.cls = low.lower(s), true, wordClass{}
		default:
			w, h, hyphen := low.lowerHash(s)
			o.Lower, o.Word, o.cls = w, true, classOfHashed(w, h, hyphen)
		}
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
