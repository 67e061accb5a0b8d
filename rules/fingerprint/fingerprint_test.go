package fingerprint

import (
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/attrlint/attrlint/rules/document"
)

// TestSelectGuarantee: every run of Winnow consecutive windows with a
// non-stock window among them keeps one, so that a shared run of
// Winnow+Window-1 words always shares a kept window.
func TestSelectGuarantee(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 0; n < 2000; n++ {
		grams := make([]uint32, r.IntN(60))
		for i := range grams {
			if r.IntN(5) > 0 {
				grams[i] = r.Uint32N(50) + 1 // ties too
			}
		}
		w := 1 + r.IntN(12)
		sel := Select(grams, w, nil)
		kept := map[int32]bool{}
		for i, s := range sel {
			if grams[s] == 0 || (i > 0 && s <= sel[i-1]) {
				t.Fatalf("grams %v w %d: selected %v", grams, w, sel)
			}
			kept[s] = true
		}
		for lo := 0; lo+min(w, len(grams)) <= len(grams) && len(grams) > 0; lo++ {
			hi := lo + min(w, len(grams))
			any, hit := false, false
			for i := lo; i < hi; i++ {
				any = any || grams[i] != 0
				hit = hit || kept[int32(i)]
			}
			if any && !hit {
				t.Fatalf("grams %v w %d: window [%d,%d) keeps nothing (selected %v)", grams, w, lo, hi, sel)
			}
		}
	}
}

func TestWords(t *testing.T) {
	ws := Words(`The U.S. sent 1,500 "well-known troops” here, don't`)
	var got []string
	text := `The U.S. sent 1,500 "well-known troops” here, don't`
	for _, w := range ws {
		s := text[w.Start:w.End]
		if w.Quoted {
			s = "q:" + s
		}
		got = append(got, s)
	}
	want := []string{"The", "U.S", "sent", "1,500", "q:well-known", "q:troops", "here", "don't"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Error(diff)
	}
	if Words("the THE The")[0].Hash != Words("tHe")[0].Hash {
		t.Error("case matters")
	}
}

func TestDoc(t *testing.T) {
	d, err := document.Parse("a.txt", []byte("One two three four five six.\n\nSeven \"eight nine\" ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty."), document.Text)
	if err != nil {
		t.Fatal(err)
	}
	x := Of(d)
	if x.N != 20 || len(x.Checks()) != 20 || x.Base[1] != 6 {
		t.Fatalf("N %d checks %d base %v", x.N, len(x.Checks()), x.Base)
	}
	if diff := cmp.Diff([][2]int32{{7, 9}}, x.Quotes()); diff != "" {
		t.Error(diff)
	}
	for _, p := range x.Prints() {
		b := 0
		if p.Word >= x.Base[1] {
			b = 1
		}
		i := p.Word - x.Base[b]
		if g := Gram(x.Blocks[b][i : i+Window]); g != p.Hash {
			t.Errorf("print %+v: hash %d", p, g)
		}
	}
	if Gram(Words("said the statement in a")) != 0 {
		t.Error("stock window hashed")
	}
}
