package figures

import (
	"slices"
	"strings"

	"github.com/attrlint/attrlint/rules/wordtable"
)

// frame fills f.Frame: toks[ni] is the first token of the number, toks[end]
// the first after the figure.
func (c *sentenceCtx) frame(f *Figure, ni, end int) {
	toks := c.toks
	// Change: "additional 500", "500 more", "already", "rose by 40%".
	if ni > 0 && toks[ni-1].cls.has(incrementWord) && toks[ni-1].Lower != "more" {
		f.Change = "increment"
	}
	if ni > 0 {
		p := toks[ni-1].Lower
		if p == "by" && ni > 1 && toks[ni-2].cls.has(changeVerb) || toks[ni-1].cls.has(changeVerb) {
			f.Change = "change"
		}
	}
	for k := max(0, ni-6); k < min(len(toks), end+6); k++ {
		if toks[k].Lower == "already" {
			f.Change = "standing"
		}
	}
	if f.Change == "" && goalBefore(toks, ni) {
		f.Change = "goal"
	}
	// The noun phrase after the figure.
	j := end
	if j < len(toks) && toks[j].cls.has(incrementWord) {
		f.Change = "increment"
		j++
	}
	if j+1 < len(toks) && toks[j].Lower == "of" && (toks[j+1].Lower == "the" || toks[j+1].Lower == "those" || toks[j+1].Lower == "its") {
		j += 2
	}
	var wordsBuf [4]string // on the stack: at most four words
	var capsBuf [4]bool
	words, caps := wordsBuf[:0], capsBuf[:0]
	last := j
	if f.Kind != "duration" && f.Kind != "date" {
		for k := j; k < len(toks) && len(words) < 4; k++ {
			t := toks[k]
			if !t.Word || t.cls.has(stopHeadWord) || isDigitByte(t.Lower[0]) {
				break
			}
			if t.cls.has(smallNumberWord) {
				break
			}
			if len(words) > 0 && (t.cls.event != "" && t.cls.head == "" || strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "ing") || strings.HasSuffix(t.Lower, "ly")) {
				break
			}
			if len(words) == 0 && (strings.HasSuffix(t.Lower, "ing") || strings.HasSuffix(t.Lower, "ly")) && headClasses[t.Lower] == "" {
				break
			}
			if len(words) == 0 && strings.HasSuffix(t.Lower, "ed") && headClasses[t.Lower] == "" {
				break
			}
			words = append(words, t.Lower)
			caps = append(caps, isCapitalized(t.Text))
			f.NounEnd = t.E
			last = k + 1
			if t.cls.head != "" && (k+1 >= len(toks) || toks[k+1].Lower != "members" && toks[k+1].Lower != "member" && toks[k+1].Lower != "personnel") {
				break // a known head noun ends the phrase: "troops remain"
			}
		}
	}
	if len(words) > 0 {
		f.Noun = c.phrase(j, words)
		head := singular(words[len(words)-1])
		mods := words[:len(words)-1]
		if len(words) >= 2 {
			// Two-word heads are looked up from a stack buffer: most
			// pairs are not one.
			var buf [64]byte
			if two := append(append(append(buf[:0], words[len(words)-2]...), ' '), head...); headClasses[string(two)] != "" {
				head, mods = string(two), words[:len(words)-2]
			} else if two := append(append(append(buf[:0], words[len(words)-2]...), ' '), words[len(words)-1]...); headClasses[string(two)] != "" {
				head, mods = string(two), words[:len(words)-2]
			}
		}
		f.Head = canonicalHead(head)
		if m, ok := identityHeads[head]; ok {
			// "National Guard members": the head says who they are.
			mods = words[:len(words)-1]
			_ = m
		}
		for k := 0; k < len(mods); k++ {
			m := mods[k]
			if incrementWords[m] {
				f.Change = "increment"
			}
			if genericMods[m] {
				continue
			}
			// Capitalised names stay one modifier: "National Guard".
			for k+1 < len(mods) && caps[k] && caps[k+1] {
				k++
				m += " " + mods[k]
			}
			f.Mods = append(f.Mods, canonicalMod(m))
		}
	} else if f.Kind == "duration" {
		f.Head = "duration"
	} else if f.Kind == "count" && ni > 0 && linkBefore[toks[ni-1].Lower] {
		// "the death toll rose to 37", "stood at 44": a known head before
		// the figure, linked to it by a verb of level.
		for k := ni - 1; k >= max(0, ni-7); k-- {
			w := toks[k].Lower
			if !toks[k].Word {
				break
			}
			if cls := toks[k].cls.head; cls != "" {
				f.Noun = w
				f.Head = cls
				if k > 0 && toks[k-1].Word && !stopHead[toks[k-1].Lower] && headClasses[toks[k-1].Lower+" "+w] == "" && !genericMods[toks[k-1].Lower] && !strings.HasSuffix(toks[k-1].Lower, "'s") && !strings.HasSuffix(toks[k-1].Lower, "’s") {
					f.Mods = []string{canonicalMod(toks[k-1].Lower)}
				}
				break
			}
		}
	}
	if mod := c.possessor(ni); mod != "" && f.Head != "" {
		// "The Toledo plant's 1,200 workers": whose they are tells them
		// apart from the Dayton plant's.
		f.Mods = append(f.Mods, mod)
	}
	if f.Head == "" && (f.Unit == "usd" || f.Unit == "percent") {
		// "The new bridge cost $48 million", "Turnout in the primary was
		// 38 percent": an amount or a share belongs to the subject.
		if w, ok := c.subjectHead(ni); ok {
			f.Noun, f.Head = w, canonicalHead(singular(w))
		}
	}
	if f.Head == "people" || f.Head == "" {
		// "killed 41 people", "41 people died": counting deaths.
		if ev := c.nearestEvent(ni, last); ev == "die" && f.Head == "people" {
			f.Head = "deaths"
		}
	}
	// Mods of a deaths head say little ("storm deaths", "death toll").
	if f.Head == "deaths" {
		f.Mods = slices.DeleteFunc(f.Mods, func(m string) bool { return m == "death" || m == "storm" })
	}
	slices.Sort(f.Mods)
	// Event.
	switch f.Head {
	case "deaths":
		f.Event = "die"
	case "injuries":
		f.Event = "injure"
	default:
		f.Event = c.nearestEvent(ni, last)
	}
	// Duration role and the noun after an adjectival duration ("90-day deployment").
	if f.Unit == "days" {
		p := ni - 1
		for p >= 0 && c.toks[p].cls.has(boundWord) {
			p--
		}
		if p >= 0 {
			switch w := c.toks[p].Lower; {
			case deadlinePreps[w]:
				f.Role = "deadline"
			case lengthPreps[w]:
				f.Role = "length"
			}
		}
		if f.Role == "" && strings.Contains(f.Text, "-") && end < len(toks) {
			if ev := toks[end].cls.event; ev != "" {
				f.Role, f.Event = "length", ev
			}
		}
	}
	// Place: "to the border", "in Miami".
	if last < len(toks) && placePreps[toks[last].Lower] && f.Head != "" {
		k := last + 1
		for k < len(toks) && (toks[k].Lower == "the" || toks[k].Lower == "a") {
			k++
		}
		var place string
		for n := 0; k < len(toks) && n < 3 && toks[k].Word && !toks[k].cls.has(stopHeadWord|timeWord) && !isDigitByte(toks[k].Lower[0]); k, n = k+1, n+1 {
			place = singular(toks[k].Lower)
		}
		f.Place = place
	}
	// Definite reference: "the 1,800 soldiers".
	k0 := ni - 1
	for k0 >= 0 && toks[k0].cls.has(boundWord) {
		k0--
	}
	if k0 >= 0 {
		switch toks[k0].Lower {
		case "the", "those", "these", "all":
			f.Definite = !partitiveWhole(toks, k0)
		}
	}
	// Topic: content words of the sentence other than the head.
	f.Topic = c.topicOf(f.Noun)
	f.Entities = c.sentenceEntities()
}

// topicOf is the content words of the sentence but those of noun, at most
// maxTopic: shared by the figures of a sentence that count the same noun
// (nothing changes a topic once made).
func (c *sentenceCtx) topicOf(noun string) []string {
	if c.topicNounDone && noun == c.topicNoun {
		return c.nounTopic
	}
	topic := c.scratch[:0]
	for _, tw := range c.sentenceTopic() {
		if len(topic) == maxTopic {
			break
		}
		if !hasField(noun, tw.written) && !slices.Contains(topic, tw.singular) {
			topic = append(topic, tw.singular)
		}
	}
	c.topicNoun, c.nounTopic, c.topicNounDone = noun, c.arena.Copy(topic), true
	c.scratch = topic[:0]
	return c.nounTopic
}

// hasField reports whether w is one of the space-separated words of s
// (slices.Contains(strings.Fields(s), w), without allocating).
func hasField(s, w string) bool {
	for f := range strings.FieldsSeq(s) {
		if f == w {
			return true
		}
	}
	return false
}

// phrase is words, the lower-case forms of the tokens from i on, joined by
// single spaces: the text itself when that is how it is written.
func (c *sentenceCtx) phrase(i int, words []string) string {
	toks := c.toks[i : i+len(words)]
	if c.singleSpaced(toks) {
		same := true
		for _, t := range toks {
			same = same && t.Lower == t.Text
		}
		if same {
			return c.text[toks[0].S:toks[len(toks)-1].E]
		}
	}
	return strings.Join(words, " ")
}

// maxTopic bounds a figure's topic words.
const maxTopic = 16

// topicWord is a content word of a sentence as written and singular.
type topicWord struct{ written, singular string }

// sentenceTopic is the content words of the sentence, in order: computed
// once for all its figures.
func (c *sentenceCtx) sentenceTopic() []topicWord {
	if c.topicDone {
		return c.topic
	}
	c.topicDone = true
	for _, t := range c.toks {
		if !t.Word {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(t.Lower, "'s"), "’s")
		cls := t.cls
		if len(w) != len(t.Lower) {
			cls = classOf(w) // a possessive: the class of its stem
		}
		if len(w) < 4 || cls.has(stopHeadWord|topicStopWord|timeWord|smallNumberWord) || isDigitByte(w[0]) || w[0] == '$' {
			continue
		}
		c.topic = append(c.topic, topicWord{w, singular(w)})
	}
	return c.topic
}

// sentenceEntities is the capitalised names after the sentence's first
// word, shared by its figures (clipped: appending copies).
func (c *sentenceCtx) sentenceEntities() []string {
	if c.entitiesDone {
		return c.entities
	}
	c.entitiesDone = true
	names := c.scratch[:0]
	first := -1 // the first token of the current name
	flush := func(end int) {
		if first >= 0 {
			names = append(names, c.name(first, end))
			first = -1
		}
	}
	for k, t := range c.toks {
		// Not a month, nor a weekday other than Sunday (weekdays[w] == 0).
		if k > 0 && t.Word && isCapitalized(t.Text) && !t.cls.has(monthDotWord) && (!t.cls.has(weekdayWord) || t.Lower == "sunday") && t.Lower != "monday" {
			if first < 0 {
				first = k
			}
			continue
		}
		flush(k)
	}
	flush(len(c.toks))
	c.entities = c.arena.Copy(names)
	c.scratch = names[:0]
	return c.entities
}

// name is the words of tokens [i, j) joined by single spaces: the text
// itself when that is how it is written.
func (c *sentenceCtx) name(i, j int) string {
	toks := c.toks[i:j]
	if c.singleSpaced(toks) {
		return c.text[toks[0].S:toks[len(toks)-1].E]
	}
	words := c.nameBuf[:0]
	for _, t := range toks {
		words = append(words, t.Text)
	}
	c.nameBuf = words[:0]
	return strings.Join(words, " ")
}

// singleSpaced reports whether consecutive tokens are separated by exactly
// one space in the text.
func (c *sentenceCtx) singleSpaced(toks []tok) bool {
	for k := 1; k < len(toks); k++ {
		if toks[k].S != toks[k-1].E+1 || c.text[toks[k-1].E] != ' ' {
			return false
		}
	}
	return true
}

// possessor is the possessive noun phrase right before a figure, as a
// modifier: "the Toledo plant's 1,200 workers" -> "toledo plant"; "" when
// there is none.
func (c *sentenceCtx) possessor(ni int) string {
	toks := c.toks
	p := ni - 1
	for p >= 0 && toks[p].cls.has(boundWord) {
		p--
	}
	if p < 0 {
		return ""
	}
	w := toks[p].Lower
	stem, ok := strings.CutSuffix(w, "'s")
	if !ok {
		stem, ok = strings.CutSuffix(w, "’s")
	}
	if !ok || stem == "" || pronouns[stem] {
		return ""
	}
	words := []string{stem}
	for k := p - 1; k >= 0 && k > p-3 && toks[k].Word && !stopHead[toks[k].Lower] && !genericMods[toks[k].Lower]; k-- {
		words = append([]string{toks[k].Lower}, words...)
	}
	return canonicalMod(strings.Join(words, " "))
}

// subjectHead finds the head noun of the subject of "SUBJECT cost|was|is
// FIGURE": the subject starts the sentence or follows a comma, is at most
// eight words, and its head is its last lowercase word before a
// preposition ("The new Hollis Street bridge" -> bridge; "Turnout in the
// March primary" -> turnout).
func (c *sentenceCtx) subjectHead(ni int) (string, bool) {
	toks := c.toks
	p := ni - 1
	for p >= 0 && toks[p].cls.has(boundWord) {
		p--
	}
	if p >= 1 && toks[p].Lower == "at" && toks[p-1].Lower == "stood" {
		p--
	}
	if p < 1 || !subjectLinks[toks[p].Lower] {
		return "", false
	}
	start := p - 1
	for start > 0 && toks[start-1].Word && p-start < 8 {
		start--
	}
	if start > 0 && toks[start-1].Text != "," || p-start > 8 {
		return "", false // not the clause's subject, or too long to tell
	}
	head := ""
	for k := start; k < p; k++ {
		t := toks[k]
		if speechVerbs[t.Lower] || pronouns[t.Lower] {
			return "", false // "he said it was 38 percent": no noun subject
		}
		if placePreps[t.Lower] || t.Lower == "of" || t.Lower == "for" {
			break
		}
		if !t.Word || stopHead[t.Lower] || isDigitByte(t.Lower[0]) || genericMods[t.Lower] {
			continue
		}
		if k > start && isCapitalized(t.Text) {
			continue // a name is an entity, not the head
		}
		head = t.Lower
	}
	if head == "" || isTimeWord(head) || strings.HasSuffix(head, "'s") || strings.HasSuffix(head, "’s") {
		return "", false
	}
	return head, true
}

var pronouns = wordtable.Words(`he she it they we i you
	this that these those who which`)

// subjectLinks tie an amount or a share to the subject before it.
var subjectLinks = wordtable.Words(`cost costs was is were are
	totaled totalled totals stood stands`)

// nearestEvent is the canonical event of the event word nearest the figure
// tokens [i, j).
func (c *sentenceCtx) nearestEvent(i, j int) string {
	if !c.eventsDone {
		c.eventsDone = true
		for _, t := range c.toks {
			c.events = append(c.events, t.cls.event)
		}
	}
	best, dist := "", 1<<30
	for k, ev := range c.events {
		if ev == "" {
			continue
		}
		d := i - k
		if k >= j {
			d = k - j + 1
		} else if k >= i {
			d = 0
		}
		if d < dist {
			best, dist = ev, d
		}
	}
	return best
}

func canonicalHead(h string) string {
	if cls, ok := headClasses[h]; ok {
		return cls
	}
	if cls, ok := headClasses[singular(h)]; ok {
		return cls
	}
	return singular(h)
}

func canonicalMod(m string) string {
	m = strings.ReplaceAll(m, "-", " ")
	return m
}

func isTimeWord(w string) bool {
	_, wd := weekdays[w]
	_, m := months[strings.TrimSuffix(w, ".")]
	return wd || m || w == "today" || w == "yesterday" || w == "tonight"
}

// topicStop are words that say nothing of a story's topic.
var topicStop = wordtable.Words(`said says told added according officials
	official spokesman spokeswoman also would could
	should about more than that this with
	from have been were their after there
	they them what when where which while
	will into over some many most other
	only just like percent million billion
	thousand hundred year years week weeks
	month months days first last next
	because including since before during still`)

// linkBefore are the words that tie a figure to a head noun before it
// ("rose to 37", "stood at 44", "reached 41").
var linkBefore = wordtable.Words(`to at reached hit topped is was stands stood`)

// identityHeads are two-word heads whose first word names who is counted:
// it stays a modifier ("guard members" are troops of the Guard).
var identityHeads = map[string]string{"guard member": "guard", "guard troop": "guard"}

// partitiveWhole reports whether the determiner at toks[k] follows a
// counted part ("334 of the 865 delegates"): then it names the whole the
// part is counted from, not something mentioned before.
func partitiveWhole(toks []tok, k int) bool {
	return k >= 2 && toks[k-1].Lower == "of" && toks[k-2].Lower != "" && isDigitByte(toks[k-2].Lower[0])
}

// goalWords name a figure that is aimed at, not reached: "a goal of
// releasing 43,000 pages", "a target of 2,000 homes".
var goalWords = wordtable.Words(`goal goals target targets quota objective`)

// goalBefore reports whether a goal word stands at most three words
// before the number at toks[ni], with no punctuation between.
func goalBefore(toks []tok, ni int) bool {
	for k := ni - 1; k >= 0 && k >= ni-3 && toks[k].Word; k-- {
		if goalWords[toks[k].Lower] {
			return true
		}
	}
	return false
}
