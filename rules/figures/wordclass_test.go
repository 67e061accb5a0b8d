package figures

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

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
	type class struct {
		SmallNumber, Vague, Weekday, WeekdayDot, MonthDot, Time, StopHead, TopicStop, Bound, HyphenTens bool
		Event                                                                                           string
	}
	for _, w := range words {
		_, small := smallNumbers[w]
		_, vague := vagueAmounts[w]
		_, wd := weekdays[w]
		_, wdDot := weekdays[strings.TrimSuffix(w, ".")]
		_, month := months[strings.TrimSuffix(w, ".")]
		a, _, hyphen := strings.Cut(w, "-")
		want := class{small, vague, wd, wdDot, month, isTimeWord(w), stopHead[w], topicStop[w],
			approximators[w] || lowerBounds[w] || upperBounds[w], hyphen && smallNumbers[a] >= 20, eventGroups[w]}
		c := classOf(w)
		got := class{c.has(smallNumberWord), c.has(vagueWord), c.has(weekdayWord), c.has(weekdayDotWord), c.has(monthDotWord),
			c.has(timeWord), c.has(stopHeadWord), c.has(topicStopWord), c.has(boundWord), c.has(hyphenTensWord), c.event}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("classOf(%q) (-lexicons +class):\n%s", w, diff)
		}
	}
}
