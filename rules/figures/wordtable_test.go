package figures

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWordTable(t *testing.T) {
	m := map[string]wordClass{}
	for i := range 300 {
		m[fmt.Sprint("w", i)] = wordClass{is: wordFlags(i), event: fmt.Sprint("e", i)}
	}
	m[""] = wordClass{is: boundWord} // never stored: "" marks a free slot
	tab := newWordTable(m)
	for w, want := range m {
		if w == "" {
			want = wordClass{}
		}
		if diff := cmp.Diff(want, tab.get(w), cmp.AllowUnexported(wordClass{})); diff != "" {
			t.Errorf("get(%q) (-want +got):\n%s", w, diff)
		}
	}
	for _, w := range []string{"w300", "w-1", "x", "w", "w10 "} {
		if got := tab.get(w); got != (wordClass{}) {
			t.Errorf("get(%q) = %+v, want the zero class", w, got)
		}
	}
	// The lexicons' table agrees with their map.
	for w, want := range wordClasses {
		if got := wordClassTable.get(w); got != want {
			t.Errorf("wordClassTable.get(%q) = %+v, want %+v", w, got, want)
		}
	}
}
