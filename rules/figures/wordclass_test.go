package figures

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func duration(w string) bool {
	_, ok := durationDays[singular(w)]
	return ok
}

// classOf must say exactly what the lexicons say, for every word they hold
// and for words near them.
func TestClassOfAgreesWithLexicons(t *testing.T) {
	words := []string{"", "the", "troops", "twenty-five", "ninety-nine", "five-year", "two-thirds", "sept.", "jan.", "monday.", "sunday", "today", "u.s.", "more than"}
	for _, m := range []map[string]bool{stopHead, topicStop, approximators, lowerBounds, upperBounds} {
		for w := range m {
			words = append(words, w, w+".")
		}
	}
	for w := range months {
		words = append(words, w, w+".", w+"..")
	}
	for w := range weekdays {
		words = append(words, w, w+".")
	}
	for w := range smallNumbers {
		words = append(words, w, w+"-one", w+"-ten")
	}
	for w := range vagueAmounts {
		words = append(words, w)
	}
	for w := range eventGroups {
		words = append(words, w)
	}
	for w := range incrementWords {
		words = append(words, w)
	}
	for w := range changeVerbs {
		words = append(words, w)
	}
	heads := []string{}
	for w := range headClasses {
		heads = append(heads, w)
	}
	for _, w := range append(heads, keys(durationDays)...) {
		words = append(words, w, w+"s", w+"es", w+"ss", w+"ses", strings.TrimSuffix(w, "y")+"ies", w[:len(w)-1])
	}
	words = append(words, "than", "least", "of", "to", "most", "as", "centuries", "news", "bus", "days", "ours")
	boundEnd := map[string]bool{}
	for _, m := range []map[string]bool{lowerBounds, upperBounds} {
		for w, ok := range m {
			if f := strings.Fields(w); ok && len(f) > 1 {
				boundEnd[f[len(f)-1]] = true
			}
		}
	}
	for u := range rateUnits {
		if _, ok := durationDays[u]; !ok {
			t.Errorf("rate unit %q is not a duration: rateUnit relies on it", u)
		}
	}
	type class struct {
		SmallNumber, Vague, Weekday, WeekdayDot, MonthDot, Time, StopHead, TopicStop, Bound, HyphenTens, BoundEnd, Duration, Increment, Change bool
		Event, Head                                                                                                                            string
	}
	for _, w := range words {
		_, small := smallNumbers[w]
		_, vague := vagueAmounts[w]
		_, wd := weekdays[w]
		_, wdDot := weekdays[strings.TrimSuffix(w, ".")]
		_, month := months[strings.TrimSuffix(w, ".")]
		a, _, hyphen := strings.Cut(w, "-")
		want := class{small, vague, wd, wdDot, month, isTimeWord(w), stopHead[w], topicStop[w],
			approximators[w] || lowerBounds[w] || upperBounds[w], hyphen && smallNumbers[a] >= 20, boundEnd[w], duration(w), incrementWords[w], changeVerbs[w], eventGroups[w], headClasses[singular(w)]}
		c := classOf(w)
		got := class{c.has(smallNumberWord), c.has(vagueWord), c.has(weekdayWord), c.has(weekdayDotWord), c.has(monthDotWord),
			c.has(timeWord), c.has(stopHeadWord), c.has(topicStopWord), c.has(boundWord), c.has(hyphenTensWord), c.has(boundEndWord), c.has(durationWord), c.has(incrementWord), c.has(changeVerb), c.event, c.head}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("classOf(%q) (-lexicons +class):\n%s", w, diff)
		}
	}
}

func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	return out
}
