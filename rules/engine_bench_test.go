package rules

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/attrlint/attrlint/rules/document"
)

// newsMarkdown generates a Markdown draft of about words words in the shape
// of news copy: headings, quotes, figures, attributions, wire datelines.
func newsMarkdown(words int) []byte {
	r := rand.New(rand.NewSource(1))
	paras := []string{
		"The Pentagon will send %d more troops to the border, officials said Tuesday.",
		"“We are ready to go,” said Brig. Gen. Pat Ryder, a spokesman. “The mission is clear.”",
		"Experts say the deployment could cost $%d million over the next three months.",
		"WASHINGTON (AP) — The Senate voted %d-49 on the measure late Monday, according to the clerk.",
		"Sen. Cory Booker (D-N.J.) said the plan was expected to fail. Critics argue it is the largest since %d.",
		"About %d National Guard troops are already stationed there, and the number will rise, the report found.",
		"The mayor visited the shelter on Sept. 26 and spoke with families for %d minutes.",
		"Unemployment rose to %d percent, the highest level since the recession, because of the layoffs.",
	}
	var b strings.Builder
	b.WriteString("---\ntitle: Generated\ndate: 2024-05-02\n---\n\n# Troops head to the border\n\n")
	n := 0
	for n < words {
		if r.Intn(12) == 0 {
			b.WriteString("## A section heading\n\n")
		}
		p := fmt.Sprintf(paras[r.Intn(len(paras))], 1+r.Intn(3000))
		b.WriteString(p)
		b.WriteString("\n\n")
		n += len(strings.Fields(p))
	}
	return []byte(b.String())
}

// BenchmarkEngine is the engine's throughput on a 100,000-word Markdown
// draft with every registered rule (target: >= 10 MB/s on one core).
func BenchmarkEngine(b *testing.B) {
	src := newsMarkdown(100_000)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		d, err := document.Parse("bench.md", src, document.Markdown)
		if err != nil {
			b.Fatal(err)
		}
		if _, err := Lint(d, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
}
