package slab

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCopy(t *testing.T) {
	tests := []struct {
		name  string
		chunk int
		in    [][]int
	}{
		{"empty and nil", 4, [][]int{nil, {}}},
		{"fills one chunk", 4, [][]int{{1, 2}, {3, 4}}},
		{"spills into a new chunk", 4, [][]int{{1, 2, 3}, {4, 5}}},
		{"longer than a chunk", 2, [][]int{{1}, {2, 3, 4, 5}, {6}}},
		{"default chunk", 0, [][]int{{7, 8, 9}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := Slab[int]{Chunk: tt.chunk}
			var got [][]int
			for _, in := range tt.in {
				buf := append([]int(nil), in...)
				c := s.Copy(buf)
				for i := range buf {
					buf[i] = -1 // the copy must not share the caller's array
				}
				if len(in) == 0 && c != nil {
					t.Errorf("Copy(%v) = %v, want nil", in, c)
				}
				if cap(c) != len(c) {
					t.Errorf("Copy(%v): cap %d, want %d", in, cap(c), len(c))
				}
				got = append(got, c)
			}
			// Appending to one copy must leave the next one alone.
			for i := range got {
				_ = append(got[i], 99)
			}
			want := make([][]int, len(tt.in))
			for i, in := range tt.in {
				if len(in) > 0 {
					want[i] = in
				}
			}
			if d := cmp.Diff(want, got); d != "" {
				t.Errorf("copies (-want +got):\n%s", d)
			}
		})
	}
}
