package figures

import (
	"slices"
	"strings"

	"github.com/attrlint/attrlint/rules/wordtable"
)

// wordClass is what the figure lexicons say of one lower-case word. A
// token's class is looked up once, when the token is made, rather than in
// one map per question for every token and every figure near it.
type wordClass struct {
	is    wordFlags
	event string // eventGroups[w]
	head  string // headClasses[singular(w)]
}

type wordFlags uint16

const (
	smallNumberWord wordFlags = 1 << iota // in smallNumbers
	vagueWord                             // in vagueAmounts
	weekdayWord                           // in weekdays
	weekdayDotWord                        // in weekdays without a final period
	monthDotWord                          // in months without a final period
	timeWord                              // isTimeWord
	stopHeadWord                          // in stopHead
	topicStopWord                         // in topicStop
	boundWord                             // in approximators, lowerBounds or upperBounds
	hyphenTensWord                        // "twenty-five": the part before a hyphen is a tens word
	boundEndWord                          // the last word of a bound of two or three words ("than")
	durationWord                          // singular(w) is in durationDays
	incrementWord                         // in incrementWords
	changeVerb                            // in changeVerbs
)

// wordClasses is built from the lexicons, so they stay the only lists.
var wordClasses = func() map[string]wordClass {
	m := map[string]wordClass{}
	set := func(w string, f wordFlags) {
		c := m[w]
		c.is |= f
		m[w] = c
	}
	for w := range smallNumbers {
		set(w, smallNumberWord)
	}
	for w := range vagueAmounts {
		set(w, vagueWord)
	}
	for w := range incrementWords {
		set(w, incrementWord)
	}
	for w, ok := range changeVerbs {
		if ok {
			set(w, changeVerb)
		}
	}
	for w := range weekdays {
		set(w, weekdayWord|weekdayDotWord|timeWord)
		set(w+".", weekdayDotWord)
	}
	for w := range months {
		set(w, monthDotWord|timeWord)
		set(w+".", monthDotWord|timeWord)
	}
	for _, w := range []string{"today", "yesterday", "tonight"} {
		set(w, timeWord)
	}
	for w, ok := range stopHead {
		if ok {
			set(w, stopHeadWord)
		}
	}
	for w, ok := range topicStop {
		if ok {
			set(w, topicStopWord)
		}
	}
	for _, bounds := range []map[string]bool{approximators, lowerBounds, upperBounds} {
		for w, ok := range bounds {
			if ok {
				set(w, boundWord)
			}
		}
	}
	for _, bounds := range []map[string]bool{lowerBounds, upperBounds} {
		for w, ok := range bounds {
			if i := strings.LastIndexByte(w, ' '); ok && i >= 0 {
				set(w[i+1:], boundEndWord)
			}
		}
	}
	for unit := range durationDays {
		for _, w := range singularForms(unit) {
			set(w, durationWord)
		}
	}
	for w, ev := range eventGroups {
		c := m[w]
		c.event = ev
		m[w] = c
	}
	for k, head := range headClasses {
		for _, w := range singularForms(k) {
			c := m[w]
			c.head = head
			m[w] = c
		}
	}
	return m
}()

// wordClassTable is wordClasses for lookups.
var wordClassTable = wordtable.New(wordClasses)

// classOf is the class of lower-case word w.
func classOf(w string) wordClass {
	return classOfHashed(w, wordtable.Hash(w), strings.IndexByte(w, '-') >= 0)
}

// classOfHashed is classOf(w) for a word whose table hash, and whether it
// has a hyphen, are known (lowerArena.lowerHash).
func classOfHashed(w string, h uint32, hyphen bool) wordClass {
	c := wordClassTable.GetHashed(w, h)
	if hyphen {
		if a, _, _ := strings.Cut(w, "-"); smallNumbers[a] >= 20 {
			c.is |= hyphenTensWord
		}
	}
	return c
}

// has reports whether the class has any of the flags f.
func (c wordClass) has(f wordFlags) bool { return c.is&f != 0 }

// singularForms is every word w with singular(w) == k: singular only ever
// keeps a word, turns "ies" into "y", or drops "es" or "s".
func singularForms(k string) []string {
	var out []string
	for _, w := range []string{k, k + "s", k + "es", strings.TrimSuffix(k, "y") + "ies"} {
		if singular(w) == k && !slices.Contains(out, w) {
			out = append(out, w)
		}
	}
	return out
}
