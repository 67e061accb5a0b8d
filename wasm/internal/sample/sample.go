// Package sample writes invented news text for the module's benchmarks and
// memory tests: a deterministic mix of attributed and unattributed claims,
// quotes, figures and wire credits, so most rules have work to do. None of
// it is real article text.
package sample

import (
	"fmt"
	"html"
	"math/rand/v2"
	"strings"
)

var (
	subjects = []string{"The city council", "Officials", "The ministry", "Residents", "The company", "Inspectors", "The regional authority", "Volunteers", "The port operator", "Engineers"}
	verbs    = []string{"approved", "delayed", "rejected", "announced", "reviewed", "expanded", "cut", "reopened"}
	objects  = []string{"the new bridge plan", "the water budget", "a flood barrier", "the school programme", "two ferry routes", "the housing scheme", "a rail extension", "the night bus service"}
	sources  = []string{"according to the mayor's office", "a spokeswoman said", "said Dana Whitlock, the council's finance chair", "officials said on Tuesday", "the agency said in a statement", "according to a report seen by the paper"}
	vague    = []string{"Critics say", "Some experts believe", "It is widely thought that", "Many residents fear", "Sources say"}
	units    = []string{"people", "households", "jobs", "kilometres of track", "million euros", "homes"}
	quotes   = []string{"We cannot wait another winter", "This is the best outcome we could hope for", "Nobody asked the people who live here", "The numbers simply do not add up"}
	credits  = []string{"(Reuters)", "— AP", "Additional reporting by AFP.", "Source: dpa"}
)

// Article returns about words words of plain text in paragraphs of three
// to five sentences, the same text for the same arguments.
func Article(words int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	var b strings.Builder
	n := 0
	for n < words {
		for s := 3 + r.IntN(3); s > 0 && n < words; s-- {
			sent := sentence(r)
			n += len(strings.Fields(sent))
			b.WriteString(sent)
			b.WriteByte(' ')
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

func sentence(r *rand.Rand) string {
	pick := func(xs []string) string { return xs[r.IntN(len(xs))] }
	figure := func() string { return fmt.Sprintf("%d %s", 10+r.IntN(9000), pick(units)) }
	switch r.IntN(7) {
	case 0:
		return fmt.Sprintf("%s %s %s on Monday, %s.", pick(subjects), pick(verbs), pick(objects), pick(sources))
	case 1:
		return fmt.Sprintf("%s %s will cost %s.", pick(vague), pick(objects), figure())
	case 2:
		return fmt.Sprintf("“%s,” %s.", pick(quotes), pick(sources))
	case 3:
		return fmt.Sprintf("“%s.”", pick(quotes))
	case 4:
		return fmt.Sprintf("The plan affects %s and was %s last year.", figure(), pick(verbs))
	case 5:
		return fmt.Sprintf("%s %s %s. %s", pick(subjects), pick(verbs), pick(objects), pick(credits))
	default:
		return fmt.Sprintf("%s %s %s after %s complained.", pick(subjects), pick(verbs), pick(objects), figure())
	}
}

// Page returns an HTML news page of at least size bytes shaped like a
// real one: most bytes are markup, scripts, styles and teasers of other
// stories around one article of about 3,000 words.
func Page(size int, seed uint64) string {
	r := rand.New(rand.NewPCG(seed, 0xba6e))
	var b strings.Builder
	pageHead(&b)
	b.WriteString("<style>")
	for i := 0; i < 400; i++ {
		fmt.Fprintf(&b, ".c%d{margin:%dpx;color:#%06x}", i, r.IntN(40), r.IntN(1<<24))
	}
	b.WriteString("</style><nav><ul>")
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&b, `<li class="c%d"><a href="/section/%d">%s</a></li>`, r.IntN(400), i, subjects[r.IntN(len(subjects))])
	}
	b.WriteString("</ul></nav>")
	articleStart(&b)
	paragraphs(&b, Article(3000, seed))
	b.WriteString("</article><aside>")
	for i := 0; b.Len() < size-200; i++ {
		if i%20 == 0 {
			b.WriteString("<script>window.__data=window.__data||[];")
			for k := 0; k < 200; k++ {
				fmt.Fprintf(&b, "__data.push({id:%d,w:%d,h:%d,src:\"/img/%x.jpg\"});", r.IntN(1e6), r.IntN(2000), r.IntN(2000), r.Uint64())
			}
			b.WriteString("</script>")
		}
		fmt.Fprintf(&b, `<div class="teaser c%d"><a href="/news/%d"><h3>%s %s %s</h3></a></div>`,
			r.IntN(400), r.IntN(1e6), subjects[r.IntN(len(subjects))], verbs[r.IntN(len(verbs))], objects[r.IntN(len(objects))])
	}
	b.WriteString("</aside></main><footer>© Example News</footer></body></html>")
	return b.String()
}

// ArticlePage returns an HTML news page whose article has about words words.
func ArticlePage(words int, seed uint64) string {
	var b strings.Builder
	pageStart(&b)
	paragraphs(&b, Article(words, seed))
	pageEnd(&b)
	return b.String()
}

func pageStart(b *strings.Builder) {
	pageHead(b)
	articleStart(b)
}

func pageHead(b *strings.Builder) {
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council budget vote</title>` +
		`<meta property="article:published_time" content="2026-11-20"></head><body>` +
		`<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>`)
}

func articleStart(b *strings.Builder) {
	b.WriteString(`<main><article><h1>Council budget vote</h1>`)
}

func paragraphs(b *strings.Builder, text string) {
	for _, p := range strings.Split(strings.TrimSpace(text), "\n\n") {
		b.WriteString("<p>")
		b.WriteString(html.EscapeString(p))
		b.WriteString("</p>\n")
	}
}

func pageEnd(b *strings.Builder) {
	b.WriteString("</article></main><footer>© Example News</footer></body></html>")
}
