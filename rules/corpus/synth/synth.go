// Package synth generates a synthetic news corpus for benchmarks: articles
// of about 600 words on running stories, with dated figures, deterministic
// for a seed. Its text is made up from syllables and templates: it is no
// real news.
package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

var syllables = []string{"ka", "lo", "mi", "ren", "tas", "vo", "bel", "dor", "fi", "gan", "hu", "jes", "ku", "lan", "mor", "nis", "pa", "qui", "ros", "sel", "tum", "val", "wen", "yor", "zem"}

var places = []string{"border", "coast", "capital", "valley", "harbor", "delta", "plateau", "district", "port", "island"}

var heads = []struct{ noun, verb string }{
	{"troops", "deployed"}, {"soldiers", "sent"}, {"residents", "evacuated"}, {"homes", "destroyed"},
	{"people", "died"}, {"workers", "hired"}, {"families", "displaced"}, {"patients", "treated"},
	{"students", "enrolled"}, {"vehicles", "inspected"},
}

var mods = []string{"", "", "", "National Guard", "active-duty", "reserve", "temporary", "local"}

var sayers = []string{"officials said", "a spokesman said", "the agency said", "according to the ministry", "the governor said", "police said"}

// Generator makes articles.
type Generator struct {
	r     *rand.Rand
	words []string
}

// New returns a generator for a seed.
func New(seed uint64) *Generator {
	g := &Generator{r: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
	// A vocabulary of made-up words, Zipf-like in use.
	for i := 0; i < 6000; i++ {
		n := 1 + i%3
		var b strings.Builder
		x := i
		for k := 0; k < n; k++ {
			b.WriteString(syllables[x%len(syllables)])
			x = x/len(syllables) + k*7
		}
		g.words = append(g.words, b.String())
	}
	return g
}

func (g *Generator) word() string {
	// Skewed choice: frequent words are reused, rare words make passages unique.
	i := int(float64(len(g.words)) * g.r.Float64() * g.r.Float64())
	return g.words[i]
}

func (g *Generator) filler(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		w := g.word()
		if i == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		}
		b.WriteString(w)
		if i < n-1 {
			b.WriteByte(' ')
		}
	}
	b.WriteString(".")
	return b.String()
}

func (g *Generator) figure(story int) string {
	h := heads[(story+g.r.IntN(3))%len(heads)]
	if story%5 != 0 {
		// Most stories count things of their own: a made-up noun per story.
		h.noun = g.words[(story*7919)%len(g.words)] + "s"
	}
	m := mods[g.r.IntN(len(mods))]
	n := (story%50+1)*100 + g.r.IntN(3)*50
	num := fmt.Sprintf("%d", n)
	if n >= 1000 {
		num = fmt.Sprintf("%d,%03d", n/1000, n%1000)
	}
	if m != "" {
		m += " "
	}
	say := sayers[g.r.IntN(len(sayers))]
	switch g.r.IntN(4) {
	case 0:
		return fmt.Sprintf("About %s %s%s were %s to the %s, %s.", num, m, h.noun, h.verb, places[story%len(places)], say)
	case 1:
		return fmt.Sprintf("The %s %s %s %s%s to the %s for %d days, %s.", strings.ToUpper(g.word()[:1])+g.word()[1:], h.verb, num, m, h.noun, places[story%len(places)], 30+story%60, say)
	case 2:
		return fmt.Sprintf("The plan will cost $%d million, %s.", 5+story%90, say)
	}
	return fmt.Sprintf("More than %s %s%s had been %s by %s, %s.", num, m, h.noun, h.verb, []string{"Monday", "Tuesday", "Friday"}[g.r.IntN(3)], say)
}

// Article returns article i: its file name and text (a .txt with a leading
// date token), about words words long.
func (g *Generator) Article(i, words int) (name, text string) {
	story := g.r.IntN(2000)
	day := 1 + g.r.IntN(28)
	month := 1 + g.r.IntN(12)
	year := 2020 + g.r.IntN(4)
	var b strings.Builder
	fmt.Fprintf(&b, "date %04d-%02d-%02d\n", year, month, day)
	fmt.Fprintf(&b, "%s %s %s\n\n", strings.ToUpper(g.word()[:1])+g.word()[1:], g.word(), g.word())
	n := 0
	for n < words {
		var para []string
		for s := 0; s < 3 && n < words; s++ {
			var sent string
			if g.r.IntN(4) == 0 {
				sent = g.figure(story)
			} else {
				sent = g.filler(8 + g.r.IntN(14))
			}
			n += len(strings.Fields(sent))
			para = append(para, sent)
		}
		b.WriteString(strings.Join(para, " "))
		b.WriteString("\n\n")
	}
	return fmt.Sprintf("%06d.txt", i), b.String()
}
