package document

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attrlint/attrlint/rules/lazyregexp"
	"github.com/attrlint/attrlint/rules/wordtable"
)

var (
	bylineStart = regexp.MustCompile(`^(?i:by)\s+\S`)
	// A credit line, in two parts: what may start it, and what may stand
	// anywhere in it. Go's regexp tries an anchored pattern at the start
	// only; one pattern for both was tried at every byte, a third of
	// parsing a plain-text draft under WASM.
	creditStartRe    = lazyregexp.New(`(?i)^(?:\(?reporting by\b|with reporting (?:from|by)\b|\(?(?:writing|written|editing|edited|compiled|produced) by\b|additional reporting\b|(?:photo|photos|image|photograph)(?: by)?: |(?:photo|photograph|image) by \p{Lu})`)
	creditAnywhereRe = lazyregexp.New(`(?i)contributed (?:to )?(?:this )?report(?:ing)?|contributed reporting|originally (?:appeared|published) (?:on|in|at)\b`)
	// A dateline alone: "WASHINGTON (AP) —" with nothing after it.
	datelineOnlyRe = lazyregexp.New(`^[\p{Lu}][\p{Lu} .,'’\-]*(?:,\s*[\p{L}.]+\s*\d{0,2})?\s*\([^)]{1,40}\)\s*(?:—|–|-|--)?$`)
)

// bylineWords may stand lowercase in a byline ("By Ann Lee and Bo Kim,
// staff writer").
var bylineWords = wordtable.Words(`and of the for in at de
	van von da la le staff writer
	writers reporter correspondent editor bin al`)

// notNames start phrases like "By Tuesday," or "By March the ...".
var notNames = wordtable.Words(`monday tuesday wednesday thursday friday
	saturday sunday january february march
	april may june july august september
	october november december then now law
	contrast comparison far all most some
	midday noon nightfall late early mid`)

// isByline reports a whole block that is a byline: "By" followed only by
// capitalized names, "and", a comma and an affiliation.
func isByline(t string) bool {
	if len(t) > 120 || !startsWithBy(t) || !bylineStart.MatchString(t) {
		return false
	}
	if strings.ContainsAny(t[len(t)-1:], "?!:;") {
		return false
	}
	words := strings.Fields(t)[1:]
	if len(words) == 0 || len(words) > 14 {
		return false
	}
	for i, w := range words {
		w = strings.Trim(w, ",.|·—–-()")
		if w == "" {
			continue
		}
		lw := strings.ToLower(w)
		if i == 0 && notNames[lw] {
			return false
		}
		if bylineWords[lw] {
			if i == 0 {
				return false
			}
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
	}
	// A sentence ends with a period after a word; a byline may end with an
	// initial ("By Ann B.") only.
	if strings.HasSuffix(t, ".") {
		last := words[len(words)-1]
		if utf8.RuneCountInString(strings.TrimSuffix(last, ".")) > 1 {
			return false
		}
	}
	return true
}

// isCredit reports whether t (under 300 bytes) reads as a credit line.
func isCredit(t string) bool {
	return creditStartRe.Get().MatchString(t) || creditAnywhereRe.Get().MatchString(t)
}

// creditCue is a cheap test that isCredit may answer true: one of its words,
// in any case (callers pass text under 300 bytes).
func creditCue(t string) bool { return creditWords.In(t) }

var creditWords = NewFoldSet("contribut", "reporting", "editing", "edited", "writing", "written", "compiled", "produced", "originally", "photo", "image")

// datelineOnlyCue is a cheap test that datelineOnlyRe may match: a
// parenthesis opened and closed, and no lowercase ASCII letter first (the
// regexp wants an upper-case one). Most short paragraphs fail it, so the
// backtracking regexp rarely runs.
func datelineOnlyCue(t string) bool {
	return t != "" && (t[0] < 'a' || t[0] > 'z') && strings.IndexByte(t, '(') >= 0 && strings.IndexByte(t, ')') >= 0
}

// startsWithBy is the cheap test before bylineStart: (?i:by) folds "b"
// and "y" to their ASCII cases only.
func startsWithBy(t string) bool { return len(t) >= 2 && t[0]|0x20 == 'b' && t[1]|0x20 == 'y' }

// classify gives paragraphs (and headline-looking lines) that are bylines,
// credit lines or lone datelines their kind, so that rules can treat them as
// such. It is conservative: a false byline hides a claim from every rule.
func classify(d *Document) {
	for i := range d.Blocks {
		b := &d.Blocks[i]
		// A plain-text heading is only a guess from its shape; Markdown and
		// HTML headings are marked up as such.
		if b.Kind != Paragraph && (b.Kind != Heading || d.Format != Text) {
			continue
		}
		t := strings.TrimSpace(b.Text)
		switch {
		case isByline(t):
			b.Kind = Byline
		case b.Kind == Paragraph && len(t) < 300 && creditCue(t) && isCredit(t):
			b.Kind = Credit
		case len(t) < 60 && datelineOnlyCue(t) && datelineOnlyRe.Get().MatchString(t):
			b.Kind = Dateline
		}
	}
}
