package attribution_test

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/attribution"
	"github.com/attrlint/attrlint/rules/document"
)

// newsText generates about words words of news-shaped plain text.
func newsText(words int) []byte {
	r := rand.New(rand.NewSource(3))
	paras := []string{
		"The Pentagon will send %d more troops to the border, officials said Tuesday.",
		"“We are ready to go,” said Brig. Gen. Pat Ryder, a spokesman. “The mission is clear.”",
		"Experts say the deployment could cost $%d million over the next three months.",
		"The troops, Ryder said, will stay for %d days. He added that they would be unarmed.",
		"About %d National Guard troops are already stationed there, the report found.",
		"The mayor visited the shelter on Sept. 26 and spoke with families for %d minutes.",
		"Unemployment rose to %d percent, the highest level since the recession, because of the layoffs.",
		"“This is a disaster for the %d families who live here.”",
		"The move reportedly angered officials in Mexico, where %d soldiers were placed on alert.",
	}
	var b strings.Builder
	b.WriteString("Troops head to the border\n\n")
	n := 0
	for n < words {
		p := fmt.Sprintf(paras[r.Intn(len(paras))], 1+r.Intn(3000))
		b.WriteString(p)
		b.WriteString("\n\n")
		n += len(strings.Fields(p))
	}
	return []byte(b.String())
}

// BenchmarkAttribution runs the attribution analysis (with the sentences,
// tokens and quotes it needs) and the three rules on 100,000 words.
func BenchmarkAttribution(b *testing.B) {
	src := newsText(100_000)
	d, err := document.Parse("bench.txt", src, document.Text)
	if err != nil {
		b.Fatal(err)
	}
	cfg := &rules.Config{}
	for _, r := range rules.All() {
		on := r == attribution.UnattributedClaim || r == attribution.OrphanQuote || r == attribution.VagueSource
		cfg.Set(r.ID, on)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if _, err := rules.Lint(d, cfg, nil); err != nil {
			b.Fatal(err)
		}
	}
}
