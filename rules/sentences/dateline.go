package sentences

import (
	"strings"
	"unicode/utf8"

	"github.com/attrlint/attrlint/rules/lazyregexp"
)

// A dateline opening a paragraph is not part of its first sentence:
// "WASHINGTON (AP) — Critics argue ..." is a sentence about critics, and
// "WASHINGTON" is neither its source nor its content.
var (
	// PLACE[, REGION][, Mon. D] (AGENCY) —, in any case: the agency in
	// parentheses makes it a dateline.
	agencyDateline = lazyregexp.New(`^[A-Z][A-Za-z.'’ -]{1,40}(?:, [A-Z][A-Za-z.' ]{1,20})?(?:, [A-Z][a-z]{2,4}\.? \d{1,2})? \([A-Z][A-Za-z.' -]{1,30}\) ?(?:—|–|--|-) *`)
	// PLACE[, REGION] — in capitals, before a capitalised word: a staff
	// dateline. A dash after a capitalised name ("NATO — the alliance") is not.
	staffDateline = lazyregexp.New(`^[A-Z][A-Z.'’ -]*[A-Z.](?:, [A-Z][A-Za-z.' ]{1,20})? (?:—|–|--) *[A-Z“"]`)
)

// datelineEnd returns the offset after a dateline opening text at start,
// or start when there is none.
func datelineEnd(text string, start int) int {
	t := text[start:]
	if len(t) < 6 || t[0] < 'A' || t[0] > 'Z' {
		return start
	}
	head := t[:min(len(t), 90)]
	if !strings.Contains(head, "—") && !strings.Contains(head, "–") && !strings.Contains(head, "-") {
		return start
	}
	// Each pattern runs only where the text has what it cannot match
	// without: a closing parenthesis before the dash, or a space.
	if hasDashAfter(head, ")", true) {
		if loc := agencyDateline.Get().FindStringIndex(head); loc != nil {
			return start + loc[1]
		}
	}
	if hasDashAfter(head, " ", false) {
		if loc := staffDateline.Get().FindStringIndex(head); loc != nil {
			// The match ends with the first letter of the sentence.
			_, n := utf8.DecodeLastRuneInString(head[:loc[1]])
			return start + loc[1] - n
		}
	}
	return start
}

// hasDashAfter reports whether s has before directly followed by a dash
// ("—", "–" or "--"; also a lone "-" when hyphen is set), or by a space
// and then a dash when before is not itself a space.
func hasDashAfter(s, before string, hyphen bool) bool {
	for i := 0; ; {
		k := strings.Index(s[i:], before)
		if k < 0 {
			return false
		}
		rest := s[i+k+len(before):]
		if before != " " {
			rest = strings.TrimPrefix(rest, " ")
		}
		if strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "--") || hyphen && strings.HasPrefix(rest, "-") {
			return true
		}
		i += k + len(before)
	}
}
