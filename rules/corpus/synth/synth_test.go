package synth

import (
	"strings"
	"testing"
)

func TestDeterministic(t *testing.T) {
	_, a := New(7).Article(0, 600)
	_, b := New(7).Article(0, 600)
	_, c := New(8).Article(0, 600)
	if a != b {
		t.Error("same seed, different articles")
	}
	if a == c {
		t.Error("different seeds, same article")
	}
	if !strings.HasPrefix(a, "date 20") {
		t.Errorf("no date token: %.40q", a)
	}
	if n := len(strings.Fields(a)); n < 600 || n > 700 {
		t.Errorf("%d words, want about 600", n)
	}
}
