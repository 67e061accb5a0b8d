package rules

import (
	"fmt"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sortFindings must order findings exactly as a stable sort by offset,
// length and rule does.
func TestSortFindings(t *testing.T) {
	stable := func(fs []Finding) {
		slices.SortStableFunc(fs, func(a, b Finding) int {
			if a.Offset != b.Offset {
				return a.Offset - b.Offset
			}
			if a.Length != b.Length {
				return a.Length - b.Length
			}
			return strings.Compare(a.Rule, b.Rule)
		})
	}
	random := func(n, positions int) []Finding {
		r := rand.New(rand.NewSource(int64(n)))
		rules := []string{"figures/inconsistent", "wire/missing-credit", "attribution/unattributed-claim"}
		var fs []Finding
		for i := range n {
			// Message tells findings that compare equal apart.
			fs = append(fs, Finding{Rule: rules[r.Intn(len(rules))], Offset: r.Intn(positions), Length: r.Intn(3), Message: fmt.Sprint(i)})
		}
		return fs
	}
	tests := []struct {
		name string
		in   []Finding
	}{
		{"none", nil},
		{"one", []Finding{{Rule: "a", Offset: 3}}},
		{"sorted", []Finding{{Rule: "a", Offset: 1}, {Rule: "a", Offset: 2}, {Rule: "b", Offset: 2}}},
		{"reversed", []Finding{{Rule: "b", Offset: 2}, {Rule: "a", Offset: 2}, {Rule: "a", Offset: 1}}},
		{"ties keep their order", []Finding{{Rule: "a", Offset: 1, Message: "first"}, {Rule: "a", Offset: 0}, {Rule: "a", Offset: 1, Message: "second"}}},
		{"many ties", random(500, 20)},
		{"several rules", append(append(random(300, 1000), random(200, 1000)...), random(700, 1000)...)},
	}
	for _, tt := range tests {
		want := slices.Clone(tt.in)
		stable(want)
		got := slices.Clone(tt.in)
		sortFindings(got)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: (-want +got):\n%s", tt.name, diff)
		}
	}
}
