package main

import "fmt"

// agreement compares two readers' verdicts on the findings both judged.
type agreement struct {
	both, agree       int // findings both judged; on how many they agree
	firstTP, secondTP int // how many each reader judged right
}

// agreeOn counts the findings of first that second judged too.
func agreeOn(first, second *judged) agreement {
	var g agreement
	if first == nil || second == nil {
		return g
	}
	for k, a := range first.labels {
		b, ok := second.labels[k]
		if !ok {
			continue
		}
		g.both++
		if a.verdict == b.verdict {
			g.agree++
		}
		if a.verdict == "TP" {
			g.firstTP++
		}
		if b.verdict == "TP" {
			g.secondTP++
		}
	}
	return g
}

// kappa is Cohen's kappa: the agreement beyond what two readers judging
// at their own rates of TP would reach by chance (1: always agree, 0: no
// better than chance).
func (g agreement) kappa() float64 {
	if g.both == 0 {
		return 0
	}
	n := float64(g.both)
	p1, p2 := float64(g.firstTP)/n, float64(g.secondTP)/n
	chance := p1*p2 + (1-p1)*(1-p2)
	if chance == 1 {
		return 1
	}
	return (float64(g.agree)/n - chance) / (1 - chance)
}

// reportAgreement prints how a second reader's verdicts agree with the
// first's: how far a judged precision depends on who judges.
func reportAgreement(first, second *judged) {
	g := agreeOn(first, second)
	if g.both == 0 {
		return
	}
	fmt.Printf("  %s, a second blind reader (testdata/polnear-judged/%s) on %d findings judged twice: agree on %.3f (%d), Cohen's kappa %.2f; precision on them %.3f (first reader) against %.3f (second)\n",
		first.rule, second.file, g.both, ratio(g.agree, g.both), g.agree, g.kappa(), ratio(g.firstTP, g.both), ratio(g.secondTP, g.both))
}
