package rules

import (
	"cmp"
	"slices"
	"strings"
)

// sortFindings sorts findings by position and rule, stably (findings that
// compare equal keep the order rules reported them in). It sorts indexes
// and then moves each finding once: a finding is a hundred bytes holding
// pointers, and a stable sort of the findings themselves moves them
// O(n log² n) times.
func sortFindings(fs []Finding) {
	order := make([]int32, len(fs))
	for i := range order {
		order[i] = int32(i)
	}
	sortIndexes(order, fs)
	permute(fs, order)
}

func sortIndexes(order []int32, fs []Finding) {
	slices.SortFunc(order, func(i, j int32) int {
		a, b := &fs[i], &fs[j]
		if a.Offset != b.Offset {
			return a.Offset - b.Offset
		}
		if a.Length != b.Length {
			return a.Length - b.Length
		}
		if c := strings.Compare(a.Rule, b.Rule); c != 0 {
			return c
		}
		return cmp.Compare(i, j) // stable
	})
}

// permute reorders fs so that fs[k] becomes the old fs[order[k]],
// following each cycle of the permutation; it consumes order.
func permute(fs []Finding, order []int32) {
	for k := range order {
		if order[k] < 0 {
			continue // already moved
		}
		first := fs[k]
		j := k
		for {
			src := int(order[j])
			order[j] = -1
			if src == k {
				fs[j] = first
				break
			}
			fs[j] = fs[src]
			j = src
		}
	}
}
