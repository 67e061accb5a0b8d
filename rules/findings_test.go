package rules

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFindingChunks(t *testing.T) {
	for _, n := range []int{0, 1, findingChunk - 1, findingChunk, findingChunk + 1, 5*findingChunk + 7} {
		var c findingChunks
		var want []Finding
		for i := range n {
			f := Finding{Rule: "figures/inconsistent", Offset: i, Message: fmt.Sprint(i)}
			c.add(f)
			want = append(want, f)
		}
		got := c.all()
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%d findings (-want +got):\n%s", n, diff)
		}
		if len(got) != cap(got) {
			t.Errorf("%d findings: cap %d", n, cap(got))
		}
	}
}
