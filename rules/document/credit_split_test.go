package document

import (
	"regexp"
	"testing"
)

// creditWhole is the credit-line pattern as one regexp, the definition
// isCredit splits in two for speed: they must agree on every text.
var creditWhole = regexp.MustCompile(`(?i)(contributed (?:to )?(?:this )?report(?:ing)?|contributed reporting|^\(?reporting by\b|^with reporting (?:from|by)\b|^\(?(?:writing|written|editing|edited|compiled|produced) by\b|originally (?:appeared|published) (?:on|in|at)\b|^additional reporting\b|^(?:photo|photos|image|photograph)(?: by)?: |^(?:photo|photograph|image) by \p{Lu})`)

var creditSamples = []string{
	"Reporting by Ann Lee; editing by Bo Kim", "(Reporting by Ann Lee)", "With reporting from Ostmark", "Written by staff",
	"Jo Park contributed reporting.", "Ann Lee contributed to this report from Vell.", "This story originally appeared on Vell Daily.",
	"Additional reporting by Bo Kim", "Photo: Ann Lee", "PHOTOS BY: x", "Image by Ann Lee", "image by ann", "Photograph by ßtudio",
	"The council was reporting by phone.", "He contributed £5.", "Officials said the report was written by staff.", "",
}

func TestIsCreditMatchesWholePattern(t *testing.T) {
	for _, s := range creditSamples {
		if got, want := isCredit(s), creditWhole.MatchString(s); got != want {
			t.Errorf("isCredit(%q) = %v, the whole pattern says %v", s, got, want)
		}
	}
}

func FuzzIsCredit(f *testing.F) {
	for _, s := range creditSamples {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := isCredit(s), creditWhole.MatchString(s); got != want {
			t.Fatalf("isCredit(%q) = %v, the whole pattern says %v", s, got, want)
		}
	})
}
