package document

import (
	"regexp"
	"strings"
)

var (
	bylineRe = regexp.MustCompile(`^(?i:by)\s+[\p{Lu}][\p{L}.'’\- ]+(?:,|\s+and\s+|$)`)
	creditRe = regexp.MustCompile(`(?i)(contributed (?:to )?(?:this )?report|contributed reporting|^\(?reporting by\b|^with reporting (?:from|by)\b|\bediting by\b|originally (?:appeared|published) (?:on|in|at)\b|^additional reporting\b|^(?:photo|photos|image):? )`)
	// A dateline alone: "WASHINGTON (AP) —" with nothing after it.
	datelineOnlyRe = regexp.MustCompile(`^[\p{Lu}][\p{Lu}\p{Lu} .,'’\-]*(?:,\s*[\p{L}.]+\s*\d{0,2})?\s*\([^)]{1,40}\)\s*(?:—|–|-|--)?$`)
)

// classify gives paragraphs that are bylines, credit lines or lone
// datelines their kind, so that rules can treat them as such.
func classify(d *Document) {
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if b.Kind != Paragraph {
			continue
		}
		t := strings.TrimSpace(b.Text)
		switch {
		case len(t) < 120 && bylineRe.MatchString(t):
			b.Kind = Byline
		case len(t) < 300 && creditRe.MatchString(t):
			b.Kind = Credit
		case len(t) < 60 && datelineOnlyRe.MatchString(t):
			b.Kind = Dateline
		}
	}
}
