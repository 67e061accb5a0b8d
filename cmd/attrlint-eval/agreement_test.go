package main

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func verdicts(vs ...string) *judged {
	j := &judged{labels: map[judgedKey]judgement{}}
	for i, v := range vs {
		if v != "" {
			j.labels[judgedKey{"a", i}] = judgement{v, "-"}
		}
	}
	return j
}

func TestAgreement(t *testing.T) {
	for _, tc := range []struct {
		name          string
		first, second *judged
		want          agreement
		kappa         float64
	}{
		{"identical", verdicts("TP", "FP", "TP", "FP"), verdicts("TP", "FP", "TP", "FP"), agreement{4, 4, 2, 2}, 1},
		{"always opposite", verdicts("TP", "FP", "TP", "FP"), verdicts("FP", "TP", "FP", "TP"), agreement{4, 0, 2, 2}, -1},
		// 6 of 8 agree; each reader says TP half the time, so chance
		// alone agrees on half: (0.75-0.5)/(1-0.5).
		{"three quarters", verdicts("TP", "TP", "TP", "TP", "FP", "FP", "FP", "FP"), verdicts("TP", "TP", "TP", "FP", "TP", "FP", "FP", "FP"), agreement{8, 6, 4, 4}, 0.5},
		// Only the findings both judged count.
		{"overlap only", verdicts("TP", "FP", "", "TP"), verdicts("TP", "", "FP", "FP"), agreement{2, 1, 2, 1}, 0},
		{"both all TP", verdicts("TP", "TP"), verdicts("TP", "TP"), agreement{2, 2, 2, 2}, 1},
		{"no second reader", verdicts("TP"), nil, agreement{}, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			g := agreeOn(tc.first, tc.second)
			if diff := cmp.Diff(tc.want, g, cmp.AllowUnexported(agreement{})); diff != "" {
				t.Errorf("counts (-want +got):\n%s", diff)
			}
			if k := g.kappa(); math.Abs(k-tc.kappa) > 1e-9 {
				t.Errorf("kappa = %v, want %v", k, tc.kappa)
			}
		})
	}
}
