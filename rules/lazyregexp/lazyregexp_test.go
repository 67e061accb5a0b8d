package lazyregexp

import (
	"sync"
	"testing"
)

func TestGet(t *testing.T) {
	r := New(`^(?i:by)\s+\S`)
	if r.re != nil {
		t.Fatal("compiled before its first use")
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if !r.Get().MatchString("By Ann Lee") || r.Get().MatchString("Bypass") {
				t.Error("wrong matches")
			}
		}()
	}
	wg.Wait()
	if r.Get() != r.Get() {
		t.Error("compiled twice")
	}
}

func TestBadPatternPanicsAtFirstGet(t *testing.T) {
	r := New(`(`)
	defer func() {
		if recover() == nil {
			t.Error("no panic")
		}
	}()
	r.Get()
}
