package main

import (
	"bufio"
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/attribution"
	"github.com/attrlint/attrlint/rules/document"
)

var (
	split   = flag.String("split", "dev", "PolNeAR split to score: dev (reporting) or train (development)")
	verbose = flag.Bool("v", false, "list the labelled-set misses and false alarms")
	list    = flag.Bool("list", false, "also print every finding, one a line (tab-separated): on the labelled sets whether it hits, on PolNeAR its blind verdict (? when not judged)")
)

// Targets of issue 3.
const (
	targetCueF1      = 0.85
	targetContentF1  = 0.80
	targetFalseAlarm = 0.03
	targetPrecision  = 0.90
	targetRecall     = 0.70
)

func init() {
	evaluations = append(evaluations,
		evaluation{"attribution: labelled sets (testdata/labelled*)", evalLabelled},
		evaluation{"attribution: PolNeAR", evalPolNeAR},
	)
}

func verdict(ok bool) string {
	if ok {
		return "meets target"
	}
	return "BELOW TARGET"
}

func evalLabelled(root string) error {
	for _, set := range labelledSets {
		dir := filepath.Join(root, "testdata", set.dir)
		if _, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) && set.dir != "labelled" {
			continue
		}
		sc, err := scoreLabelled(dir, set.rule)
		if err != nil {
			return err
		}
		fmt.Printf("%s: %s on %d sentences (%d %s): precision %.3f (%d/%d), recall %.3f (%d/%d): %s\n",
			set.dir, set.rule.ID, sc.sentences, sc.positives, set.positive, sc.precision(), sc.tp, sc.tp+sc.fp, sc.recall(), sc.found, sc.positives,
			verdict(sc.precision() >= targetPrecision && sc.recall() >= targetRecall))
		if *verbose {
			for _, m := range sc.misses {
				fmt.Println("  miss:", m)
			}
			for _, m := range sc.alarms {
				fmt.Println("  false alarm:", m)
			}
		}
	}
	return nil
}

// prf counts token-level hits.
type prf struct{ tp, fp, fn int }

func (c prf) String() string {
	p, r := ratio(c.tp, c.tp+c.fp), ratio(c.tp, c.tp+c.fn)
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f", p, r, f1(p, r))
}

func (c prf) f1() float64 { return f1(ratio(c.tp, c.tp+c.fp), ratio(c.tp, c.tp+c.fn)) }

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

type byteSpan struct{ s, e int }

func evalPolNeAR(root string) error {
	dir := filepath.Join(root, "..", "shared", "data", "polnear", *split)
	texts, _ := filepath.Glob(filepath.Join(dir, "text", "*.txt"))
	if len(texts) == 0 {
		if _, err := os.Stat(dir); err != nil {
			fmt.Printf("skipped: no PolNeAR data at %s\n", dir)
			return nil
		}
		return fmt.Errorf("%s holds no texts", dir)
	}
	slices.Sort(texts)
	var cue, src, content prf
	// cueSpans scores cues as spans: a gold cue is found when a predicted
	// cue overlaps it, a predicted cue is right when it overlaps a gold
	// cue. Token-level scoring also asks for every word of long gold cues
	// ("has tried to make an issue out of"); this shows how many cues are
	// found at all.
	var cueSpans prf
	// stated scores the content of the relations the text states, without
	// the sentences carried by the paragraph-scope and lede conventions,
	// which keep unattributed-claim quiet but are mostly not annotated as
	// content.
	var stated prf
	sourcedAlarms := 0
	findings, inContent, words, docs := 0, 0, 0, 0
	missedCues, wrongCues := map[string]int{}, map[string]int{}
	kindAll, kindIn := map[string]int{}, map[string]int{}
	missedCueWords := map[string]int{}
	// missedContent counts gold content words no predicted content covers,
	// by the gold cue; wrongContent predicted content words outside gold
	// content, by the predicted cue and kind.
	missedContent, wrongContent := map[string]int{}, map[string]int{}
	goldCues, foundCues := 0, 0
	orphans, orphansIn := 0, 0
	// The blind verdicts: on unattributed-claim (SPLIT.tsv), on
	// vague-source and on orphan-quote (RULE-SPLIT.tsv).
	judge, err := readJudged(root, *split, "unattributed-claim")
	if err != nil {
		return err
	}
	judgeVague, err := readJudged(root, "vague-source-"+*split, "vague-source")
	if err != nil {
		return err
	}
	judgeOrphan, err := readJudged(root, "orphan-quote-"+*split, "orphan-quote")
	if err != nil {
		return err
	}
	secondReader, err := readJudged(root, *split+"-second-reader", "unattributed-claim")
	if err != nil {
		return err
	}
	requiredIn := 0 // findings inside content on a passive the issue says to flag
	for _, tp := range texts {
		name := strings.TrimSuffix(filepath.Base(tp), ".txt")
		anns, _ := filepath.Glob(filepath.Join(dir, "attributions", name+"_*.ann"))
		if len(anns) == 0 {
			continue
		}
		slices.Sort(anns)
		raw, err := os.ReadFile(tp)
		if err != nil {
			return err
		}
		gold, rels, err := readAnn(anns[0], raw)
		if err != nil {
			return err
		}
		d, err := document.Parse(filepath.Base(tp), raw, document.Text)
		if err != nil {
			continue
		}
		headlineFirst(d, raw)
		res, err := rules.Analyze(d, nil, nil, attribution.Analyzer)
		if err != nil {
			return fmt.Errorf("%s: %v", tp, err)
		}
		pred := map[string][]byteSpan{}
		for _, a := range res[attribution.Analyzer].(*attribution.Result).Attributions {
			pred["Cue"] = append(pred["Cue"], toBytes(d, a.Cue))
			pred["Content"] = append(pred["Content"], toBytes(d, a.Content))
			if a.Kind != attribution.Scope && a.Kind != attribution.Lede {
				pred["Stated"] = append(pred["Stated"], toBytes(d, a.Content))
			}
			if a.HasSource {
				pred["Source"] = append(pred["Source"], toBytes(d, a.Source))
			}
			if a.Kind == attribution.Unsourced {
				pred["Unsourced"] = append(pred["Unsourced"], toBytes(d, a.Content))
			}
		}
		if *verbose {
			for _, g := range gold["Cue"] {
				goldCues++
				if overlaps(g, pred["Cue"]) {
					foundCues++
				}
				if !overlaps(g, pred["Cue"]) {
					missedCues[strings.ToLower(string(raw[g.s:g.e]))]++
					if os.Getenv("ATTRLINT_EVAL_CONTEXT") == strings.ToLower(string(raw[g.s:g.e])) {
						fmt.Printf("    missed %q in: %q\n", raw[g.s:g.e], raw[max(0, g.s-100):min(len(raw), g.e+40)])
					}
				}
			}
			for _, p := range pred["Cue"] {
				if !overlaps(p, gold["Cue"]) {
					wrongCues[strings.ToLower(string(raw[p.s:p.e]))]++
				}
			}
		}
		for _, g := range gold["Cue"] {
			if overlaps(g, pred["Cue"]) {
				cueSpans.tp++
			} else {
				cueSpans.fn++
			}
		}
		for _, p := range pred["Cue"] {
			if !overlaps(p, gold["Cue"]) {
				cueSpans.fp++
			}
		}
		sourced := gold["Content"][:0:0]
		for _, r := range rels {
			if r.sourced {
				sourced = append(sourced, r.content...)
			}
		}
		toks := wordSpans(raw)
		words += len(toks)
		docs++
		for _, t := range toks {
			score(&cue, t, gold["Cue"], pred["Cue"])
			if *verbose && overlaps(t, gold["Cue"]) && !overlaps(t, pred["Cue"]) {
				missedCueWords[strings.ToLower(string(raw[t.s:t.e]))]++
			}
			score(&src, t, gold["Source"], pred["Source"])
			score(&content, t, gold["Content"], pred["Content"])
			if *verbose {
				countContent(raw, t, rels, pred, res[attribution.Analyzer].(*attribution.Result), d, missedContent, wrongContent)
			}
			score(&stated, t, gold["Content"], pred["Stated"])
		}
		cfg := &rules.Config{}
		for _, r := range rules.All() {
			cfg.Set(r.ID, r == attribution.UnattributedClaim || r == attribution.OrphanQuote || r == attribution.VagueSource)
		}
		fs, err := rules.Lint(d, cfg, nil)
		if err != nil {
			return fmt.Errorf("%s: %v", tp, err)
		}
		for _, f := range fs {
			if *list {
				listed(os.Stdout, judgeOf(f.Rule, judge, judgeVague, judgeOrphan), name, f)
			}
			if f.Rule == attribution.VagueSource.ID {
				judgeVague.add(name, f.Offset)
				continue
			}
			if f.Rule == attribution.OrphanQuote.ID {
				judgeOrphan.add(name, f.Offset)
				orphans++
				in := overlaps(byteSpan{f.Offset + f.Length/2, f.Offset + f.Length/2 + 1}, gold["Content"])
				if in {
					orphansIn++
				}
				if os.Getenv("ATTRLINT_EVAL_ORPHANS") != "" {
					fmt.Printf("    orphan (in content %v): %q\n", in, f.Text)
				}
				continue
			}
			findings++
			judge.add(name, f.Offset)
			mid := byteSpan{f.Offset + f.Length/2, f.Offset + f.Length/2 + 1}
			if os.Getenv("ATTRLINT_EVAL_FINDINGS") != "" {
				fmt.Printf("    finding (in content %v): %q\n", overlaps(mid, gold["Content"]), f.Text)
			}
			kind, _, _ := strings.Cut(strings.TrimPrefix(f.Message, "unattributed "), " (")
			kindAll[kind]++
			if overlaps(mid, gold["Content"]) {
				inContent++
				kindIn[kind]++
				if overlaps(mid, sourced) {
					sourcedAlarms++
				}
				if overlaps(mid, pred["Unsourced"]) {
					requiredIn++
				}
				if os.Getenv("ATTRLINT_EVAL_ALARMS") != "" {
					fmt.Printf("    alarm in content: %q\n", f.Text)
					for _, r := range rels {
						if overlaps(mid, r.content) {
							fmt.Printf("      gold cue %q source %q\n", spanText(raw, r.cue), spanText(raw, r.source))
						}
					}
				}
			}
		}
	}
	if docs == 0 || words == 0 {
		return fmt.Errorf("PolNeAR %s: nothing scored", *split)
	}
	fmt.Printf("PolNeAR %s: %d articles, %d words (token level, words only)\n", *split, docs, words)
	fmt.Printf("  cue     %s: %s (target F1 >= %.2f)\n", cue, verdict(cue.f1() >= targetCueF1), targetCueF1)
	fmt.Printf("  cue spans (overlap) %s\n", cueSpans)
	fmt.Printf("  source  %s\n", src)
	fmt.Printf("  content %s: %s (target F1 >= %.2f)\n", content, verdict(content.f1() >= targetContentF1), targetContentF1)
	fmt.Printf("  content without scope and lede carries %s\n", stated)
	if *verbose {
		printTop("missed gold cues", missedCues)
		printTop("predicted cues not in gold", wrongCues)
		printTop("missed gold cue words", missedCueWords)
		printTop("missed content words by gold cue", missedContent)
		printTop("wrong content words by predicted kind and cue", wrongContent)
		fmt.Printf("  gold cue spans overlapped by a predicted cue: %d/%d\n", foundCues, goldCues)
	}
	if *verbose {
		for _, k := range slices.Sorted(maps.Keys(kindAll)) {
			fmt.Printf("  %s: %d findings, %d inside content\n", k, kindAll[k], kindIn[k])
		}
	}
	share := ratio(inContent, findings)
	fmt.Printf("  orphan-quote: %d findings, %.1f%% on quotes that the annotators attributed (false alarms)\n", orphans, 100*ratio(orphansIn, orphans))
	fmt.Printf("  unattributed-claim: %d findings, %.2f per 1,000 words; %.1f%% inside annotated attributed content: %s (target <= %.0f%%)\n",
		findings, 1000*float64(findings)/float64(words), 100*share, verdict(share <= targetFalseAlarm), 100*targetFalseAlarm)
	judgeOrphan.report()
	judgeVague.report()
	judge.report()
	reportAgreement(judge, secondReader)
	// PolNeAR also annotates sourceless attributions ("are expected to",
	// "it is unclear"); the rule is right to flag those as having no source,
	// so the share inside content that has a source is shown too.
	fmt.Printf("  unattributed-claim inside content with an annotated source: %.1f%%\n", 100*ratio(sourcedAlarms, findings))
	// The issue asks to flag unsourced passives ("are expected to", "is
	// accused of") that PolNeAR counts as attributed: the share without them.
	fmt.Printf("  unattributed-claim inside content, less unsourced passives the issue says to flag (%d): %.1f%%\n", requiredIn, 100*ratio(inContent-requiredIn, findings-requiredIn))
	return nil
}

// countContent adds token t to the content miss and false-hit counts.
func countContent(raw []byte, t byteSpan, rels []relation, pred map[string][]byteSpan, res *attribution.Result, d *document.Document, missed, wrong map[string]int) {
	inPred := overlaps(t, pred["Content"])
	inGold := false
	for _, r := range rels {
		if overlaps(t, r.content) {
			inGold = true
			if !inPred {
				missed[strings.ToLower(spanText(raw, r.cue))]++
			}
			break
		}
	}
	if inPred && !inGold {
		for _, a := range res.Attributions {
			if overlaps(t, []byteSpan{toBytes(d, a.Content)}) {
				c := toBytes(d, a.Cue)
				wrong[a.Kind.String()+" "+strings.ToLower(string(raw[c.s:c.e]))]++
				break
			}
		}
	}
}

// spanText joins the text of spans with " … ".
func spanText(raw []byte, spans []byteSpan) string {
	var parts []string
	for _, s := range spans {
		parts = append(parts, string(raw[s.s:s.e]))
	}
	return strings.Join(parts, " … ")
}

func toBytes(d *document.Document, s attribution.Span) byteSpan {
	off, n := d.Span(s.Block, s.Start, s.End)
	return byteSpan{off, off + n}
}

func overlaps(t byteSpan, spans []byteSpan) bool {
	for _, s := range spans {
		if t.s < s.e && t.e > s.s {
			return true
		}
	}
	return false
}

func score(c *prf, t byteSpan, gold, pred []byteSpan) {
	g, p := overlaps(t, gold), overlaps(t, pred)
	switch {
	case g && p:
		c.tp++
	case p:
		c.fp++
	case g:
		c.fn++
	}
}

// wordSpans returns the byte spans of the words (letters and digits) of src.
func wordSpans(src []byte) []byteSpan {
	var out []byteSpan
	start := -1
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && start < 0 {
			start = i
		} else if !w && start >= 0 {
			out = append(out, byteSpan{start, i})
			start = -1
		}
		i += n
	}
	if start >= 0 {
		out = append(out, byteSpan{start, len(src)})
	}
	return out
}

// relation is one annotated attribution: its content spans and whether it
// names a source (an E line with a Source argument).
type relation struct {
	content []byteSpan
	sourced bool
	// cue and source are the relation's cue and source spans, for the
	// listings of -v.
	cue, source []byteSpan
}

// readAnn reads the T lines of a brat file as byte spans by label, and its
// E lines as relations; brat offsets are code points.
func readAnn(path string, text []byte) (map[string][]byteSpan, []relation, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	// byteAt[cp] is the byte offset of code point cp.
	byteAt := make([]int, 0, len(text)+1)
	for i := range string(text) {
		byteAt = append(byteAt, i)
	}
	byteAt = append(byteAt, len(text))
	conv := func(cp int) int {
		if cp < 0 {
			return 0
		}
		if cp >= len(byteAt) {
			return len(text)
		}
		return byteAt[cp]
	}
	out := map[string][]byteSpan{}
	byID := map[string][]byteSpan{}
	var events [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), "\t", 3)
		if len(parts) >= 2 && strings.HasPrefix(parts[0], "E") {
			events = append(events, strings.Fields(parts[1]))
			continue
		}
		if len(parts) < 2 || !strings.HasPrefix(parts[0], "T") {
			continue
		}
		label, ranges, _ := strings.Cut(parts[1], " ")
		for _, rg := range strings.Split(ranges, ";") {
			a, b, ok := strings.Cut(strings.TrimSpace(rg), " ")
			if !ok {
				continue
			}
			s, err1 := strconv.Atoi(a)
			e, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil {
				return nil, nil, fmt.Errorf("%s: bad span %q", path, rg)
			}
			out[label] = append(out[label], byteSpan{conv(s), conv(e)})
			byID[parts[0]] = append(byID[parts[0]], byteSpan{conv(s), conv(e)})
		}
	}
	var rels []relation
	for _, args := range events {
		var r relation
		for _, arg := range args {
			role, id, _ := strings.Cut(arg, ":")
			switch strings.TrimRight(role, "0123456789") {
			case "Content":
				r.content = append(r.content, byID[id]...)
			case "Source":
				r.sourced = r.sourced || len(byID[id]) > 0
				r.source = append(r.source, byID[id]...)
			case "Cue":
				r.cue = append(r.cue, byID[id]...)
			}
		}
		rels = append(rels, r)
	}
	return out, rels, sc.Err()
}

// printTop prints the 25 most frequent strings of a count.
func printTop(title string, m map[string]int) {
	type kv struct {
		k string
		v int
	}
	var all []kv
	for k, v := range m {
		all = append(all, kv{k, v})
	}
	slices.SortFunc(all, func(a, b kv) int {
		if a.v != b.v {
			return b.v - a.v
		}
		return strings.Compare(a.k, b.k)
	})
	fmt.Printf("  %s:", title)
	for i, e := range all {
		if i == 25 {
			break
		}
		fmt.Printf(" %q:%d", e.k, e.v)
	}
	fmt.Println()
}

// headlineFirst makes the first block of a PolNeAR article a headline
// when it is the file's first line: every PolNeAR text opens with its
// headline on a line of its own, closed by a full stop the corpus adds
// ("Ferry row splits the island."), where a draft's
// headline has none and a web page's is an <h1>, which the product reads
// as headlines. Scored as a paragraph, a headline made findings no reader
// sees and took the lede's place. A headline with a subheading is two
// lines, the first closed by a semicolon ("Ferry row splits the island; "
// / "Council is expected to vote on fares in March."): a headline too.
func headlineFirst(d *document.Document, raw []byte) {
	line, rest, _ := bytes.Cut(raw, []byte("\n"))
	if len(d.Blocks) < 2 || d.Blocks[0].Kind != document.Paragraph {
		return
	}
	head := strings.TrimSpace(string(line))
	deck, _, _ := bytes.Cut(rest, []byte("\n"))
	if d.Blocks[0].Text == head || strings.HasSuffix(head, ";") && d.Blocks[0].Text == head+" "+strings.TrimSpace(string(deck)) {
		d.Blocks[0].Kind = document.Heading
	}
}
