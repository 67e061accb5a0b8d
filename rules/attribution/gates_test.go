package attribution

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/sentences"
	"github.com/attrlint/attrlint/rules/tokens"
)

// wordsOf returns the words of each sentence of src, as the analysis
// loads them.
func wordsOf(t *testing.T, src string) (*scratch, [][]word) {
	t.Helper()
	d, err := document.Parse("t.txt", []byte(src), document.Text)
	if err != nil {
		t.Fatal(err)
	}
	results := map[*analysis.Analyzer]any{}
	p := analysis.NewPass(d, &analysis.Config{}, nil, results, nil, nil)
	sr, _ := sentences.Analyzer.Run(p)
	results[sentences.Analyzer] = sr
	tr, _ := tokens.Analyzer.Run(p)
	ss, ts := sr.(*sentences.Result), tr.(*tokens.Result)
	sc := newScratch(lexDoc(d, ss, ts))
	var out [][]word
	for i := range ss.Sentences {
		out = append(out, sc.load(i))
	}
	return &sc, out
}

// TestActHeadCoversActChecks holds the gate of the act checks (cActHead,
// lHedges) to the checks: a table word that any of amountAdded,
// actNotWords or hedgedWillSay reads as an act, in a context made for
// that check, is marked. A check that comes to read a new head word
// fails here until actHead names it.
func TestActHeadCoversActChecks(t *testing.T) {
	// Each context puts the word (W) where one check looks for its act.
	contexts := []string{
		"Both armies have W 40 troops.", "They W 40 more.", // amountAdded
		"Builders have W by slowing work.",                                                         // respondedAct
		"The side W 40 goals.", "The firm W 900 cars.", "The bank W some drivers up to 900 korvs.", // figureObject
		"The board W to the sale.",                             // agreedToThing
		"The firm will W off the losses.",                      // writeOff
		"They were moved after W about pay.",                   // afterSaying
		"Victims W it to police.", "Victims W them in person.", // reportsIt
		"Members W the budget.",                           // rejectsMeasure
		"It is what the union W for.",                     // asked
		"They will almost certainly W the same pattern.",  // hedgedWillSay
		"It made the council W again.", "Voters W twice.", // thinkAgain
		"They sang a song Goss W for the play.",                       // wroteWork
		"The hospital will W the loss quickly.", "Towns W the pinch.", // feltEffect
	}
	words := slices.Sorted(maps.Keys(lex.words))
	for w := range lex.phrases {
		words = append(words, w)
	}
	for _, w := range words {
		if strings.ContainsAny(w, " .") {
			continue
		}
		for _, c := range contexts {
			sc, sents := wordsOf(t, "Headline\n\n"+strings.Replace(c, "W", w, 1))
			ws := sents[len(sents)-1]
			for k := range ws {
				if sc.lowOf(&ws[k]) != w {
					continue
				}
				if (sc.amountAdded(ws, k) || sc.actNotWords(ws, k)) && ws[k].cls&cActHead == 0 {
					t.Errorf("%q in %q reads as an act, but its table entry has no cActHead bit", w, c)
				}
				if sc.hedgedWillSay(ws, k) && !(k > 1 && ws[k-1].in(lHedges)) {
					t.Errorf("%q in %q reads as hedged, but the word before it has no lHedges bit", w, c)
				}
			}
		}
	}
}

// actHead marks the words the table is given for it, and no others.
func TestActHeadBits(t *testing.T) {
	for _, w := range []string{"added", "responded", "conceded", "recalled", "charged", "agreed", "writes", "wrote", "reported", "rejected", "asked", "complaining"} {
		if lexTable.Get(w).cls&cActHead == 0 {
			t.Errorf("lexTable.Get(%q) has no cActHead bit", w)
		}
	}
	for _, w := range []string{"said", "told", "announced", "warned", "the"} {
		if lexTable.Get(w).cls&cActHead != 0 {
			t.Errorf("lexTable.Get(%q) has the cActHead bit", w)
		}
	}
}
