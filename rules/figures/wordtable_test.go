package figures

import "testing"

// The lexicons' table agrees with their map.
func TestWordClassTable(t *testing.T) {
	for w, want := range wordClasses {
		if got := wordClassTable.Get(w); got != want {
			t.Errorf("wordClassTable.Get(%q) = %+v, want %+v", w, got, want)
		}
	}
}
