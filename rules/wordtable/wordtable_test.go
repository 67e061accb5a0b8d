package wordtable

import (
	"fmt"
	"slices"
	"testing"
)

type class struct {
	is    uint32
	event string
}

func TestTable(t *testing.T) {
	m := map[string]class{}
	for i := range 300 {
		m[fmt.Sprint("w", i)] = class{is: uint32(i), event: fmt.Sprint("e", i)}
	}
	m[""] = class{is: 1} // never stored: "" marks a free slot
	tab := New(m)
	for w, want := range m {
		if w == "" {
			want = class{}
		}
		if got := tab.Get(w); got != want {
			t.Errorf("Get(%q) = %+v, want %+v", w, got, want)
		}
		if got := tab.GetBytes([]byte(w)); got != want {
			t.Errorf("GetBytes(%q) = %+v, want %+v", w, got, want)
		}
		if got := tab.GetHashed(w, hashOf(w)); got != want {
			t.Errorf("GetHashed(%q) = %+v, want %+v", w, got, want)
		}
	}
	for _, w := range []string{"w300", "w-1", "x", "w", "w10 "} {
		if got := tab.Get(w); got != (class{}) {
			t.Errorf("Get(%q) = %+v, want the zero value", w, got)
		}
		if got := tab.GetBytes([]byte(w)); got != (class{}) {
			t.Errorf("GetBytes(%q) = %+v, want the zero value", w, got)
		}
		if got := tab.GetHashed(w, hashOf(w)); got != (class{}) {
			t.Errorf("GetHashed(%q) = %+v, want the zero value", w, got)
		}
	}
	if got := New(map[string]int{}).Get("a"); got != 0 {
		t.Errorf("empty table: Get(a) = %d", got)
	}
}

// hashOf hashes w with Seed and Step, as a caller of GetHashed does.
func hashOf(w string) uint32 {
	h := Seed
	for i := 0; i < len(w); i++ {
		h = Step(h, w[i])
	}
	return h
}

// Of fills its table in the order of its keys: the same words give the
// same table, as New's do whatever the map's order.
func TestOf(t *testing.T) {
	keys := []string{"said", "", "told", "according", "w1", "w17"}
	vals := []int{1, 9, 2, 3, 4, 5}
	tab := Of(keys, vals)
	for i, w := range keys {
		want := vals[i]
		if w == "" {
			want = 0
		}
		if got := tab.Get(w); got != want {
			t.Errorf("Get(%q) = %d, want %d", w, got, want)
		}
	}
	if got := tab.Get("asked"); got != 0 {
		t.Errorf("Get(asked) = %d, want 0", got)
	}
	m := map[string]int{}
	for i := range 500 {
		m[fmt.Sprint("w", i)] = i
	}
	a, b := New(m), New(m)
	if !slices.Equal(a.keys, b.keys) || !slices.Equal(a.vals, b.vals) {
		t.Error("New made two different tables of one map")
	}
}
