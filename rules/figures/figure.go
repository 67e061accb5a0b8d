package figures

import (
	"fmt"
	"math"
	"math/bits"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Figure is one number of a document with its meaning: an interval, a unit
// and a frame saying what it counts.
type Figure struct {
	Block, Start, End int    // text[Start:End] of block Block
	Sentence          int    // index in the sentences analysis
	Text              string // as written
	// NounEnd is the end of the noun phrase the figure counts ("1,500
	// active-duty troops"), or 0; findings cover the figure and it.
	NounEnd   int
	Value     float64
	Low, High float64 // the interval; ±Inf for open bounds
	Unit      string  // "count", "usd", "percent", "days", "date"; "/day" marks a rate
	Kind      string  // "count", "money", "percent", "duration", "date", "range", "vague"
	Approx    string  // approximator or bound as written: "about", "more than"
	Frame
	// Date is the resolved date of a date figure (YYYY-MM-DD), "" when unknown.
	Date string
}

// Frame is what a figure is about.
type Frame struct {
	Noun     string   // head noun as written
	Head     string   // canonical head noun: synonyms share it ("troops")
	Mods     []string // modifiers that change identity ("national guard", "active-duty")
	Change   string   // "" a level; "increment" (more, additional); "standing" (already); "change" (rose by); "goal" (a goal of, a target of)
	Event    string   // canonical event or predicate ("deploy", "die", "decide")
	Role     string   // for durations: "length" (for 90 days) or "deadline" (within 90 days)
	Place    string   // "border"
	Entities []string // names in the sentence
	Anchor   int32    // time anchor: >0 days since 1970 (a date), <0 minus a year, 0 none
	// Definite: "the 1,800 soldiers", "those 40": the figure refers back
	// to something already mentioned.
	Definite bool
	// Topic is the content words of the sentence (not the head noun), the
	// evidence that two figures are about the same story.
	Topic []string
}

// topicBits is a 128-bit Bloom signature of a topic, as the corpus keeps it.
func topicBits(words []string) [2]uint64 {
	var b [2]uint64
	for _, w := range words {
		h := uint32(2166136261)
		for i := 0; i < len(w); i++ {
			h = (h ^ uint32(w[i])) * 16777619
		}
		b[(h>>6)&1] |= 1 << (h & 63)
	}
	return b
}

func sharedBits(a, b [2]uint64) int {
	return bits.OnesCount64(a[0]&b[0]) + bits.OnesCount64(a[1]&b[1])
}

func sharedWords(a, b []string) int {
	n := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			n++
		}
	}
	return n
}

// ModKey is the modifiers as one string.
func (f *Frame) ModKey() string { return strings.Join(f.Mods, "|") }

// Plain writes the figure's interval for a message.
func (f *Figure) Plain() string { return plainInterval(f.Low, f.High, f.Unit) }

func plainInterval(lo, hi float64, unit string) string {
	u := ""
	switch strings.SplitN(unit, "/", 2)[0] {
	case "percent":
		u = "%"
	case "days":
		u = " days"
	}
	switch {
	case math.IsInf(hi, 1):
		return "at least " + num(lo) + u
	case lo == 0 && hi > 0 && !math.IsInf(hi, 1):
		return "at most " + num(hi) + u
	case lo == hi:
		return num(lo) + u
	}
	return num(lo) + "–" + num(hi) + u
}

func num(v float64) string {
	if v == math.Trunc(v) && math.Abs(v) < 1e15 {
		s := strconv.FormatInt(int64(v), 10)
		// Thousands separators.
		var b strings.Builder
		for i, c := range s {
			if i > 0 && (len(s)-i)%3 == 0 && s[i-1] != '-' {
				b.WriteByte(',')
			}
			b.WriteRune(c)
		}
		return b.String()
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

// overlaps reports whether two intervals share a value.
func overlaps(a, b *Figure) bool { return overlap(a.Low, a.High, b.Low, b.High) }

func overlap(alo, ahi, blo, bhi float64) bool {
	const eps = 1e-9
	return alo <= bhi+eps*math.Max(1, math.Abs(bhi)) && blo <= ahi+eps*math.Max(1, math.Abs(ahi))
}

func (f *Figure) String() string {
	return fmt.Sprintf("%q [%s] %s %s", f.Text, f.Plain(), f.Unit, f.Head)
}

func dateString(day int32) string {
	return time.Unix(int64(day)*86400, 0).UTC().Format("2006-01-02")
}

func itoa(i int) string { return strconv.Itoa(i) }

// spanEnd is the end of what a finding on f covers.
func (f *Figure) spanEnd() int { return max(f.End, f.NounEnd) }

// Phrase is the figure with the noun phrase it counts, from its block's
// text: "1,500 active-duty troops".
func (f *Figure) Phrase(blockText string) string {
	if e := f.spanEnd(); e <= len(blockText) && f.Start <= e {
		return blockText[f.Start:e]
	}
	return f.Text
}
