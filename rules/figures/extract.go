package figures

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/attrlint/attrlint/rules/slab"
	"github.com/attrlint/attrlint/rules/tokens"
	"github.com/attrlint/attrlint/rules/wordtable"
)

// sentenceCtx is what extraction knows of one sentence.
type sentenceCtx struct {
	text   string // block text
	toks   []tok
	docDay int32 // document date, days since 1970; 0 unknown
	block  int
	sIndex int

	// Computed once per sentence for all its figures.
	topic        []topicWord
	topicDone    bool
	entities     []string
	entitiesDone bool
	events       []string // canonical event of each token, "" none
	eventsDone   bool
	// The topic of the last noun asked for (see topicOf).
	topicNoun     string
	nounTopic     []string
	topicNounDone bool

	// Reused from sentence to sentence.
	arena   *slab.Slab[string] // topics and entities, which figures keep
	low     *lowerArena        // lower-case forms of words
	scratch []string           // a figure's topic or the sentence's entities, before arena
	nameBuf []string           // the words of one entity
	dates   map[int32]string   // dateString of the days seen: a few, written often
}

// dateString is dateString(day), formatted once per day per document.
func (c *sentenceCtx) dateString(day int32) string {
	if s, ok := c.dates[day]; ok {
		return s
	}
	if c.dates == nil {
		c.dates = map[int32]string{}
	}
	s := dateString(day)
	c.dates[day] = s
	return s
}

// reset readies c for sentence sIndex of block's text, with its tokens.
func (c *sentenceCtx) reset(text string, block, sIndex int, ts []tokens.Token) {
	c.text, c.block, c.sIndex = text, block, sIndex
	c.toks = fromTokens(c.toks, text, ts, c.low)
	c.topic, c.topicDone = c.topic[:0], false
	c.entities, c.entitiesDone = nil, false
	c.events, c.eventsDone = c.events[:0], false
	c.topicNoun, c.nounTopic, c.topicNounDone = "", nil, false
}

// number is a parsed amount before units and frames.
type number struct {
	v, lo, hi float64
	i, j      int // tokens [i, j)
	kind      string
	unit      string
	vague     bool
}

// extractSentence appends the figures of one sentence to out.
func extractSentence(c *sentenceCtx, out []Figure) []Figure {
	first := len(out)
	var dates []int // indexes in out
	toks := c.toks
	for i := 0; i < len(toks); i++ {
		if !mayStart(&toks[i]) {
			continue
		}
		if d, j, ok := c.date(i); ok {
			dates = append(dates, len(out))
			out = append(out, d)
			i = j - 1
			continue
		}
		n, ok := c.number(i)
		if !ok {
			continue
		}
		out = c.appendFigure(out, n)
		i = n.j - 1
	}
	// Time anchors: the nearest date of the sentence, else a year.
	year := c.year()
	for k := first; k < len(out); k++ {
		f := &out[k]
		if f.Kind == "date" {
			continue
		}
		best := -1
		for _, d := range dates {
			if out[d].Low > 0 && !c.speechDate(out[d].Start) && (best < 0 || absInt(out[d].Start-f.Start) < absInt(out[best].Start-f.Start)) {
				best = d
			}
		}
		if best >= 0 {
			f.Anchor = int32(out[best].Low)
		} else if year != 0 {
			f.Anchor = -int32(year)
		}
	}
	return out
}

// speechDate reports a date that says when something was said, not when
// the counted thing happened: "said on Tuesday", "announced Monday".
func (c *sentenceCtx) speechDate(start int) bool {
	for k, t := range c.toks {
		if t.S != start {
			continue
		}
		if k > 0 && c.toks[k-1].Lower == "on" {
			k--
		}
		return k > 0 && speechVerbs[c.toks[k-1].Lower]
	}
	return false
}

// speechVerbs date the telling, not the told.
var speechVerbs = wordtable.Words(`said says announced told reported confirmed
	added stated wrote noted estimated disclosed`)

func absInt(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// date reads "May 11", "May 11th, 2023", "11 May" and weekdays.
func (c *sentenceCtx) date(i int) (Figure, int, bool) {
	toks := c.toks
	w := strings.TrimSuffix(toks[i].Lower, ".")
	mk := func(j int, day int32, y int) (Figure, int, bool) {
		f := Figure{Block: c.block, Start: toks[i].S, End: toks[j-1].E, Sentence: c.sIndex, Text: c.text[toks[i].S:toks[j-1].E], Unit: "date", Kind: "date"}
		if day != 0 {
			f.Low, f.High, f.Value = float64(day), float64(day), float64(day)
			f.Date = c.dateString(day)
		} else {
			f.Low, f.High = math.NaN(), math.NaN()
		}
		return f, j, true
	}
	// The lexicons are read only for words the token classes say they hold.
	if toks[i].cls.has(monthDotWord) && isCapitalized(toks[i].Text) && i+1 < len(toks) {
		m := months[w]
		if d, ok := dayNumber(toks[i+1].Lower); ok {
			j := i + 2
			y := 0
			if j+1 < len(toks) && toks[j].Text == "," && isYear(toks[j+1].Text) {
				y, _ = strconv.Atoi(toks[j+1].Text)
				j += 2
			} else if j < len(toks) && isYear(toks[j].Text) {
				y, _ = strconv.Atoi(toks[j].Text)
				j++
			}
			return mk(j, c.resolve(m, d, y), y)
		}
	}
	if d, ok := dayNumber(toks[i].Lower); ok && i+1 < len(toks) && isCapitalized(toks[i+1].Text) {
		if toks[i+1].cls.has(monthDotWord) && len(toks[i+1].Lower) > 2 {
			m := months[strings.TrimSuffix(toks[i+1].Lower, ".")]
			j := i + 2
			y := 0
			if j < len(toks) && isYear(toks[j].Text) {
				y, _ = strconv.Atoi(toks[j].Text)
				j++
			}
			return mk(j, c.resolve(m, d, y), y)
		}
	}
	if toks[i].cls.has(weekdayDotWord) && isCapitalized(toks[i].Text) {
		wd := weekdays[w]
		var day int32
		if c.docDay != 0 {
			// News uses a bare weekday for the past week: the latest such
			// day on or before the document date.
			cur := int((int64(c.docDay) + 4) % 7) // 1970-01-01 was a Thursday
			back := (cur - wd + 7) % 7
			day = c.docDay - int32(back)
		}
		return mk(i+1, day, 0)
	}
	return Figure{}, 0, false
}

func dayNumber(s string) (int, bool) {
	for _, suf := range []string{"st", "nd", "rd", "th"} {
		s = strings.TrimSuffix(s, suf)
	}
	if len(s) == 0 || len(s) > 2 || !allDigits(s) {
		return 0, false
	}
	d, _ := strconv.Atoi(s)
	return d, d >= 1 && d <= 31
}

// allDigits: strconv would say so too, at the cost of an error value.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func isYear(s string) bool {
	if len(s) != 4 || !allDigits(s) {
		return false
	}
	y, _ := strconv.Atoi(s)
	return y >= 1800 && y <= 2100
}

// resolve turns a month and day into days since 1970, using the document
// year when none is written; 0 when the year is unknown.
func (c *sentenceCtx) resolve(m, d, y int) int32 {
	if y == 0 {
		if c.docDay == 0 {
			return 0
		}
		y = time.Unix(int64(c.docDay)*86400, 0).UTC().Year()
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return int32(t.Unix() / 86400)
}

// year finds a year the sentence is about ("in 2022", "last year").
func (c *sentenceCtx) year() int {
	for k, t := range c.toks {
		if isYear(t.Text) && k > 0 {
			p := c.toks[k-1].Lower
			if p == "in" || p == "since" || p == "of" || p == "during" || months[strings.TrimSuffix(p, ".")] > 0 || p == "," {
				y, _ := strconv.Atoi(t.Text)
				return y
			}
		}
		if (t.Lower == "last" || t.Lower == "this") && k+1 < len(c.toks) && c.toks[k+1].Lower == "year" && c.docDay != 0 {
			y := time.Unix(int64(c.docDay)*86400, 0).UTC().Year()
			if t.Lower == "last" {
				y--
			}
			return y
		}
	}
	return 0
}

// digits parses "1,500", "1.5", "$50", "40%". It returns the value, the
// half-width its written precision implies, and flags.
func digits(s string) (v, half float64, money, pct, ok bool) {
	if strings.HasPrefix(s, "$") {
		money, s = true, s[1:]
	}
	if strings.HasSuffix(s, "%") {
		pct, s = true, s[:len(s)-1]
	}
	if s == "" || !isDigitByte(s[0]) {
		return 0, 0, false, false, false
	}
	// Commas must group thousands.
	intPart, frac, _ := strings.Cut(s, ".")
	if strings.Contains(intPart, ",") {
		groups := strings.Split(intPart, ",")
		if len(groups[0]) > 3 {
			return 0, 0, false, false, false
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return 0, 0, false, false, false
			}
		}
	}
	clean := strings.ReplaceAll(intPart, ",", "")
	for i := 0; i < len(clean); i++ {
		if !isDigitByte(clean[i]) {
			return 0, 0, false, false, false
		}
	}
	for i := 0; i < len(frac); i++ {
		if !isDigitByte(frac[i]) {
			return 0, 0, false, false, false
		}
	}
	v, err := strconv.ParseFloat(clean+"."+frac+"0", 64)
	if err != nil {
		return 0, 0, false, false, false
	}
	if len(frac) > 0 {
		half = 0.5 * math.Pow(10, -float64(len(frac)))
	}
	return v, half, money, pct, true
}

// roundBand is the tolerance of a plain count with trailing zeros.
const roundBand = 0.02

func band(v, half float64, rounded bool) (lo, hi float64) {
	if half > 0 {
		return v - half, v + half
	}
	if rounded {
		return v * (1 - roundBand), v * (1 + roundBand)
	}
	return v, v
}

func isRounded(v float64) bool { return v >= 100 && math.Mod(v, 10) == 0 }

// wordNumber parses "fifteen hundred", "two dozen", "a thousand",
// "twenty-five", "three million" starting at token i.
func (c *sentenceCtx) wordNumber(i int) (float64, int, bool) {
	toks := c.toks
	total, cur := 0.0, 0.0
	j := i
	seen := false
	for j < len(toks) && toks[j].Word {
		w := toks[j].Lower
		if v, ok := smallNumbers[w]; ok {
			cur += v
			seen = true
			j++
			continue
		}
		if a, b, ok := strings.Cut(w, "-"); ok && smallNumbers[a] >= 20 && smallNumbers[b] > 0 && smallNumbers[b] < 10 {
			cur += smallNumbers[a] + smallNumbers[b]
			seen = true
			j++
			continue
		}
		if (w == "a" || w == "an") && !seen && j+1 < len(toks) {
			if _, ok := scales[toks[j+1].Lower]; ok {
				cur = 1
				j++
				continue
			}
			break
		}
		if s, ok := scales[w]; ok && (seen || cur > 0) {
			if cur == 0 {
				cur = 1
			}
			if s >= 1000 {
				total += cur * s
				cur = 0
			} else {
				cur *= s
			}
			seen = true
			j++
			continue
		}
		break
	}
	if !seen || j == i {
		return 0, i, false
	}
	return total + cur, j, true
}

// number parses an amount starting at token i, with the approximator or
// bound before it and a range after it.
func (c *sentenceCtx) number(i int) (number, bool) {
	toks := c.toks
	t := toks[i]
	if !t.Word {
		return number{}, false
	}
	var n number
	n.i = i
	parseAt := func(k int) (v, lo, hi float64, j int, money, pct bool, suffix string, ok bool) {
		s := toks[k].Text
		if a, b, cut := strings.Cut(s, "-"); cut && len(a) > 0 && isDigitByte(a[len(a)-1]) && len(b) > 0 && !isDigitByte(b[0]) {
			s, suffix = a, strings.ToLower(b)
		}
		if v, half, m, p, ok := digits(s); ok {
			j = k + 1
			if j < len(toks) {
				if sc, ok := scales[toks[j].Lower]; ok && toks[j].Lower != "dozen" && sc >= 1000 {
					v *= sc
					half *= sc
					j++
					lo, hi = band(v, half, true)
					return v, lo, hi, j, m, p, suffix, true
				}
			}
			lo, hi = band(v, half, isRounded(v))
			return v, lo, hi, j, m, p, suffix, true
		}
		if v, j, ok := c.wordNumber(k); ok {
			lo, hi = band(v, 0, isRounded(v))
			return v, lo, hi, j, false, false, "", true
		}
		return 0, 0, 0, k, false, false, "", false
	}
	// Vague amounts: "dozens", "hundreds of", "tens of thousands".
	if t.cls.has(vagueWord) {
		r := vagueAmounts[t.Lower]
		n.lo, n.hi, n.j, n.kind, n.vague = r[0], r[1], i+1, "vague", true
		if i+2 < len(toks) && toks[i+1].Lower == "of" {
			if r2, ok := vagueAmounts[toks[i+2].Lower]; ok && t.Lower == "hundreds" {
				n.lo, n.hi, n.j = r2[0]*100, r2[1]*100, i+3
			}
		}
		n.v = n.lo
	} else if t.Lower == "tens" && i+2 < len(toks) && toks[i+1].Lower == "of" && vagueAmounts[toks[i+2].Lower][0] > 0 {
		r := vagueAmounts[toks[i+2].Lower]
		n.lo, n.hi, n.j, n.kind, n.vague, n.v = r[0]*10/2, r[1]*10, i+3, "vague", true, r[0]*10/2
	} else {
		if isYear(t.Text) && !strings.ContainsAny(t.Text, ",.$%") {
			return number{}, false // a year: a time anchor, not an amount
		}
		v, lo, hi, j, money, pct, suffix, ok := parseAt(i)
		if !ok {
			return number{}, false
		}
		n.v, n.lo, n.hi, n.j, n.kind, n.unit = v, lo, hi, j, "count", "count"
		if money {
			n.kind, n.unit = "money", "usd"
		}
		if pct {
			n.kind, n.unit = "percent", "percent"
		}
		if suffix != "" {
			if strings.HasPrefix(suffix, "year-old") || strings.HasPrefix(suffix, "years-old") {
				return number{}, false // an age
			}
			if d, ok := durationDays[singular(strings.SplitN(suffix, "-", 2)[0])]; ok {
				n.kind, n.unit = "duration", "days"
				n.lo, n.hi = n.lo*d[0], n.hi*d[1]
				n.v *= d[0]
			} else {
				return number{}, false // "F-16", "9-year", codes
			}
		}
		// Range: "1,100 to 1,300", "between 10 and 20", "10-20".
		between := i > 0 && toks[i-1].Lower == "between"
		if j+1 < len(toks) && (toks[j].Lower == "to" || toks[j].Text == "-" || toks[j].Text == "–" || (between && toks[j].Lower == "and")) {
			if _, lo2, hi2, j2, _, _, _, ok := parseAt(j + 1); ok && hi2 >= n.lo {
				n.hi = hi2
				_ = lo2
				n.j = j2
				n.kind = "range"
			}
		}
	}
	// Skip fractions and slashed dates: "9/11", "24/7", "1/3".
	if i > 0 && toks[i-1].Text == "/" || n.j < len(toks) && toks[n.j].Text == "/" {
		return number{}, false
	}
	// Skip codes and times: "Title 10", "3 p.m.", "No. 2".
	if i > 0 {
		p := toks[i-1]
		if p.Lower == "no." || p.Lower == "#" || (p.Word && isCapitalized(p.Text) && i-1 > 0 && months[strings.TrimSuffix(p.Lower, ".")] == 0 && !approximators[p.Lower]) {
			if !n.vague && smallNumbers[t.Lower] == 0 && !strings.HasPrefix(t.Text, "$") {
				return number{}, false
			}
		}
	}
	if n.j < len(toks) {
		if w := toks[n.j].Lower; w == "a.m." || w == "p.m." || w == ":" || w == "a.m" || w == "p.m" {
			return number{}, false
		}
	}
	return n, true
}

// appendFigure completes a parsed number (unit, bounds, frame) and appends
// it to out.
func (c *sentenceCtx) appendFigure(out []Figure, n number) []Figure {
	toks := c.toks
	out = append(out, Figure{Block: c.block, Sentence: c.sIndex, Value: n.v, Low: n.lo, High: n.hi, Unit: n.unit, Kind: n.kind})
	f := &out[len(out)-1]
	if n.vague {
		f.Unit = "count"
	}
	start, end := n.i, n.j
	j := n.j
	// Units after the number.
	if j < len(toks) {
		unitTok := &toks[j]
		w := unitTok.Lower
		switch {
		case w == "percent" || w == "%":
			f.Unit, f.Kind = "percent", "percent"
			j++
		case w == "per" && j+1 < len(toks) && toks[j+1].Lower == "cent":
			f.Unit, f.Kind = "percent", "percent"
			j += 2
		case w == "percentage" && j+1 < len(toks) && strings.HasPrefix(toks[j+1].Lower, "point"):
			f.Unit, f.Kind = "points", "percent"
			j += 2
		case w == "dollars":
			f.Unit, f.Kind = "usd", "money"
			j++
		}
		if f.Kind == "count" || f.Kind == "range" || f.Kind == "vague" {
			if d, ok := c.duration(unitTok); ok && f.Unit == "count" {
				f.Unit = "days"
				if f.Kind == "count" {
					f.Kind = "duration"
				}
				f.Low, f.High, f.Value = f.Low*d[0], f.High*d[1], f.Value*d[0]
				j++
			}
		}
	}
	if f.Unit == "days" && f.Kind != "duration" && f.Kind != "range" {
		f.Kind = "duration"
	}
	end = j
	// Rates: "a day", "per month", "each year", "daily".
	if j+1 < len(toks) {
		if w := toks[j].Lower; w == "a" || w == "an" || w == "per" || w == "each" || w == "every" {
			if u, ok := c.rateUnit(&toks[j+1]); ok && f.Unit != "days" {
				f.Unit += "/" + u
				end = j + 2
			}
		}
	}
	// Approximators and bounds before the number.
	k := start
	if k >= 2 && toks[k-1].cls.has(boundEndWord) {
		// The phrase is built in a stack buffer: a map lookup of
		// string(bytes) does not allocate, and a bound is rare.
		var buf [64]byte
		two := append(append(append(buf[:0], toks[k-2].Lower...), ' '), toks[k-1].Lower...)
		if k >= 3 {
			var buf3 [64]byte
			three := append(append(append(buf3[:0], toks[k-3].Lower...), ' '), two...)
			if upperBounds[string(three)] || lowerBounds[string(three)] {
				two = three
			}
		}
		switch {
		case lowerBounds[string(two)]:
			f.Approx, f.High = string(two), math.Inf(1)
			start = k - len(strings.Fields(f.Approx))
		case upperBounds[string(two)]:
			f.Approx, f.Low = string(two), 0
			start = k - len(strings.Fields(f.Approx))
		}
	}
	if f.Approx == "" && k >= 1 && toks[k-1].cls.has(boundWord) {
		w := toks[k-1].Lower
		switch {
		case lowerBounds[w]:
			f.Approx, f.High, start = w, math.Inf(1), k-1
		case upperBounds[w]:
			f.Approx, f.Low, start = w, 0, k-1
		case w == "nearly" || w == "almost":
			f.Approx, f.Low, start = w, f.Low*0.9, k-1
		case approximators[w]:
			f.Approx, f.Low, f.High, start = w, f.Low*0.9, f.High*1.1, k-1
			if w == "estimated" && k >= 2 && (toks[k-2].Lower == "an" || toks[k-2].Lower == "some") {
				start = k - 2
			}
		}
	}
	f.Start, f.End = toks[start].S, toks[end-1].E
	f.Text = c.text[f.Start:f.End]
	c.frame(f, n.i, end)
	return out
}

// duration is durationDays[singular(t.Lower)], read only for the words
// whose class says it holds them.
func (c *sentenceCtx) duration(t *tok) ([2]float64, bool) {
	if !t.cls.has(durationWord) {
		return [2]float64{}, false
	}
	d, ok := durationDays[singular(t.Lower)]
	return d, ok
}

// rateUnit is rateUnits[singular(t.Lower)]: its units are durations.
func (c *sentenceCtx) rateUnit(t *tok) (string, bool) {
	if !t.cls.has(durationWord) {
		return "", false
	}
	u, ok := rateUnits[singular(t.Lower)]
	return u, ok
}

// mayStart is a quick test: can a figure or date start at t?
func mayStart(t *tok) bool {
	if !t.Word {
		return false
	}
	c := t.Lower[0]
	if isDigitByte(c) || c == '$' {
		return true
	}
	if t.cls.has(smallNumberWord | vagueWord | hyphenTensWord) {
		return true
	}
	if w := t.Lower; w == "a" || w == "an" || w == "tens" {
		return true
	}
	return t.cls.has(weekdayWord|monthDotWord) && isCapitalized(t.Text)
}
