// Package wire recognises wire-service material and credits (datelines,
// bylines, credit lines, photo credits, agency mentions) and holds the
// wire/* rules.
package wire

import (
	"regexp"
	"sort"
	"strings"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/lazyregexp"
)

// Marker kinds.
const (
	KindDateline = "dateline"
	KindByline   = "byline"
	KindCredit   = "credit"
	KindPhoto    = "photo"
	KindMention  = "mention"
)

// Marker is one piece of wire evidence in a document.
type Marker struct {
	Kind   string `json:"kind"`
	Agency string `json:"agency,omitempty"` // canonical agency name, "" when none
	Block  int    `json:"block"`
	Start  int    `json:"start"` // text offsets in the block
	End    int    `json:"end"`
	Text   string `json:"text"`
}

// Result is what the wire analysis finds in a document.
type Result struct {
	Markers []Marker
	// FirstBody is the index of the first paragraph or dateline block.
	FirstBody int
	// StaffByline is set when a byline names someone other than an agency.
	StaffByline bool
}

// Analyzer is the shared wire analysis.
var Analyzer = &analysis.Analyzer{
	Name: "wire",
	Doc:  "wire-service datelines, bylines, credit lines, photo credits and agency mentions",
	Run: func(p *analysis.Pass) (any, error) {
		return Detect(p.Doc, p.Config), nil
	},
}

var (
	creditRe     = lazyregexp.New(`(?i)\bcontributed\b|\breporting (?:by|from)\b|\bwith reporting\b|\boriginally (?:appeared|published)\b|\bediting by\b|\bwritten by\b`)
	reutersStyle = lazyregexp.New(`^\s*\(Reporting by [^()]*Editing by [^()]*\)\s*$`)
	bylineRe     = lazyregexp.New(`^(?i:by)\s+(.+)$`)
)

// matcher holds compiled patterns for one agency list.
type matcher struct {
	agencies []analysis.Agency
	// dateline, photo and via are compiled at their first use: most
	// documents name no agency where they could match.
	dateline *lazyregexp.Regexp
	photo    *lazyregexp.Regexp
	via      *lazyregexp.Regexp
	// byFirst holds every agency name and alias as written, by its first
	// byte, longest first: see mentions. A block without a mention needs
	// none of the patterns above.
	byFirst [256][]string
	starts  [256]bool // len(byFirst[c]) > 0
	// datelineMax bounds the length of a dateline match after its leading
	// white space: see datelineHead.
	datelineMax int
	// datelineShape is dateline with any parenthesised text in place of
	// the names, nil when a name holds a parenthesis. The names hold
	// none, so the parentheses enclose the same text in both patterns:
	// dateline matches where datelineShape does with a name in nameSet
	// inside, and a small pattern runs several times faster than the
	// alternation of every name.
	datelineShape *lazyregexp.Regexp
	nameSet       map[string]bool
}

// The parts of the dateline pattern around the agency: PLACE[, STATE][,
// Mon. D] (AGENCY) —
const (
	datelineBefore = `^\s*([A-Z][A-Za-z.' -]{1,40}(?:, [A-Z][A-Za-z.' ]{1,20})?(?:, [A-Z][a-z]{2,4}\.? \d{1,2})?) ?`
	datelineAfter  = ` ?(?:--|[-–—])`
)

// findDateline is m.dateline's first match in t, when the cheap test ok
// passed.
func (m *matcher) findDateline(ok bool, t string) []int {
	if !ok {
		return nil
	}
	head := m.datelineHead(t)
	if m.datelineShape == nil {
		return m.dateline.Get().FindStringSubmatchIndex(head)
	}
	l := m.datelineShape.Get().FindStringSubmatchIndex(head)
	if l == nil || !m.nameSet[head[l[4]:l[5]]] {
		return nil
	}
	return l
}

// datelineHead is as much of t as a dateline match can cover: the pattern
// is anchored and every part of it but the leading white space is bounded,
// so it matches the head exactly as it matches t. A short input lets the
// regexp package use its backtracker instead of its slower NFA.
func (m *matcher) datelineHead(t string) string {
	ws := 0
	for ws < len(t) && (t[ws] == ' ' || t[ws] == '\t' || t[ws] == '\n' || t[ws] == '\f' || t[ws] == '\r') {
		ws++ // \s
	}
	return t[:min(len(t), ws+m.datelineMax)]
}

// mentions finds every agency name and alias in t as a whole word, leftmost
// first and, at one position, the longest name: the [start, end) spans.
func (m *matcher) mentions(t string) [][2]int {
	var out [][2]int
	for i := 0; i < len(t); i++ {
		if !m.starts[t[i]] {
			continue // most bytes start no name
		}
		ns := m.byFirst[t[i]]
		if !boundary(t, i) {
			continue
		}
		for _, n := range ns { // longest first
			if strings.HasPrefix(t[i:], n) && boundary(t, i+len(n)) {
				out = append(out, [2]int{i, i + len(n)})
				i += len(n) - 1
				break
			}
		}
	}
	return out
}

// boundary is the patterns' \b: a word character on one side of i only.
func boundary(t string, i int) bool {
	before := i > 0 && isWordByte(t[i-1])
	after := i < len(t) && isWordByte(t[i])
	return before != after
}

// isWordByte is an ASCII word character, as the patterns' \b sees it.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

var defaultMatcher = newMatcher(builtin)

func matcherFor(cfg *analysis.Config) *matcher {
	if cfg == nil || len(cfg.WireServices) == 0 {
		return defaultMatcher
	}
	return newMatcher(Agencies(cfg))
}

func newMatcher(as []analysis.Agency) *matcher {
	var all []string
	var byFirst [256][]string
	longest := 0
	nameSet := map[string]bool{}
	parenthesised := false
	for _, a := range as {
		for _, n := range names(a) {
			if n != "" {
				all = append(all, regexp.QuoteMeta(n))
				byFirst[n[0]] = append(byFirst[n[0]], n)
				longest = max(longest, len(n))
				nameSet[n] = true
				parenthesised = parenthesised || strings.ContainsAny(n, "()")
			}
		}
	}
	var starts [256]bool
	for c, ns := range byFirst {
		sort.SliceStable(ns, func(i, j int) bool { return len(ns[i]) > len(ns[j]) })
		starts[c] = len(ns) > 0
	}
	sort.Slice(all, func(i, j int) bool { return len(all[i]) > len(all[j]) })
	alt := strings.Join(all, "|")
	var shape *lazyregexp.Regexp
	if !parenthesised {
		shape = lazyregexp.New(datelineBefore + `\(([^()]+)\)` + datelineAfter)
	}
	return &matcher{
		datelineShape: shape,
		nameSet:       nameSet,
		agencies:      as,
		// PLACE[, STATE][, Mon. D] (AGENCY) —
		dateline: lazyregexp.New(datelineBefore + `\((` + alt + `)\)` + datelineAfter),
		photo:    lazyregexp.New(`\((` + alt + `) Photo(?:/[^()]*)?\)`),
		via:      lazyregexp.New(`\([^()/]+/[^()]+ via (` + alt + `)\)`),
		byFirst:  byFirst,
		starts:   starts,
		// The place (41 bytes), region (23), date (11), the parentheses
		// and their spaces (4), the dash (3): 82, and some to spare.
		datelineMax: 96 + longest,
	}
}

// Detect finds the wire markers of d.
func Detect(d *document.Document, cfg *analysis.Config) *Result {
	m := matcherFor(cfg)
	r := &Result{FirstBody: -1}
	for b := range d.Blocks {
		blk := &d.Blocks[b]
		t := blk.Text
		if r.FirstBody < 0 && (blk.Kind == document.Paragraph || blk.Kind == document.Dateline) {
			r.FirstBody = b
		}
		covered := 0
		mentions := m.mentions(t)
		named := len(mentions) > 0
		// Without an agency name, only a staff byline or an agency-less
		// credit line can be here.
		if l := m.findDateline(named && strings.IndexByte(t, '(') >= 0, t); l != nil {
			r.Markers = append(r.Markers, Marker{KindDateline, lookup(m.agencies, t[l[4]:l[5]]), b, l[0], l[1], t[l[0]:l[1]]})
			covered = l[1]
		}
		for _, loc := range m.findAll(named && strings.Contains(t, " Photo"), m.photo, t) {
			r.Markers = append(r.Markers, Marker{KindPhoto, lookup(m.agencies, t[loc[2]:loc[3]]), b, loc[0], loc[1], t[loc[0]:loc[1]]})
		}
		for _, loc := range m.findAll(named && strings.Contains(t, " via "), m.via, t) {
			r.Markers = append(r.Markers, Marker{KindPhoto, lookup(m.agencies, t[loc[2]:loc[3]]), b, loc[0], loc[1], t[loc[0]:loc[1]]})
		}
		trim := strings.TrimSpace(t)
		switch {
		case blk.Kind == document.Byline || (len(trim) < 80 && startsWithBy(trim) && bylineRe.Get().MatchString(trim) && !strings.ContainsAny(trim, ".!?")):
			ag := agencyIn(m, t)
			r.Markers = append(r.Markers, Marker{KindByline, ag, b, 0, len(t), t})
			if ag == "" {
				r.StaffByline = true
			}
			continue
		case len(t) < 400 && (blk.Kind == document.Credit || mayCredit(t)) && isCreditLine(t) && (blk.Kind == document.Credit || creditRe.Get().MatchString(t)):
			// (isCreditLine before the regexp: it rules out most story
			// sentences that use a credit word, at a fraction of the cost.)
			ags := agenciesIn(m, t)
			if len(ags) == 0 && reutersStyle.Get().MatchString(t) {
				// "(Reporting by A; Editing by B)" is Reuters' own credit form
				ags = []string{lookup(m.agencies, "Reuters")}
			}
			if len(ags) == 0 {
				ags = []string{""}
			}
			for _, ag := range ags {
				r.Markers = append(r.Markers, Marker{KindCredit, ag, b, 0, len(t), t})
			}
			continue
		}
		for _, loc := range mentions {
			if loc[0] < covered || inPhoto(r.Markers, b, loc[0]) {
				continue
			}
			n := t[loc[0]:loc[1]]
			if ag := lookup(m.agencies, n); ag != "" && !lookAlike(t, loc[0], loc[1]) {
				r.Markers = append(r.Markers, Marker{KindMention, ag, b, loc[0], loc[1], n})
			}
		}
	}
	return r
}

// startsWithBy is the cheap test before bylineRe: (?i:by) folds "b" and
// "y" to their ASCII cases only.
func startsWithBy(t string) bool { return len(t) >= 2 && t[0]|0x20 == 'b' && t[1]|0x20 == 'y' }

// findAll runs re over t only when the cheap test ok passed.
func (m *matcher) findAll(ok bool, re *lazyregexp.Regexp, t string) [][]int {
	if !ok {
		return nil
	}
	return re.Get().FindAllStringSubmatchIndex(t, -1)
}

// mayCredit is the cheap test before creditRe: every credit form has one of
// these words (callers pass blocks under 400 bytes).
func mayCredit(t string) bool { return creditStems.In(t) }

var creditStems = document.NewFoldSet("contributed", "reporting", "originally", "editing", "written")

// isCreditLine tells a credit line from a story sentence that happens to
// use "contributed": credit lines are short and name reporting or origin.
func isCreditLine(t string) bool {
	t = strings.TrimSpace(t)
	if strings.HasPrefix(t, "(") || strings.HasPrefix(t, "—") || strings.HasPrefix(t, "--") {
		return true
	}
	l := strings.ToLower(t)
	return strings.Contains(l, "contributed to this report") || strings.Contains(l, "contributed reporting") ||
		strings.Contains(l, "contributed to this story") || strings.HasPrefix(l, "with reporting") ||
		strings.HasPrefix(l, "additional reporting") || strings.HasPrefix(l, "reporting by") ||
		strings.Contains(l, "originally appeared") || strings.Contains(l, "originally published") ||
		(strings.HasSuffix(l, "contributed.") && len(t) < 200)
}

// lookAlike reports names that contain an agency name but are not the
// agency ("AP Stylebook", "Reuters Institute", "AP Poll" stays a mention).
func lookAlike(t string, s, e int) bool {
	rest := t[e:]
	for _, w := range []string{" Stylebook", " Institute", " style", "-NORC"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

func inPhoto(ms []Marker, b, off int) bool {
	for _, m := range ms {
		if m.Kind == KindPhoto && m.Block == b && off >= m.Start && off < m.End {
			return true
		}
	}
	return false
}

func agencyIn(m *matcher, t string) string {
	if a := agenciesIn(m, t); len(a) > 0 {
		return a[0]
	}
	return ""
}

func agenciesIn(m *matcher, t string) []string {
	var out []string
	for _, loc := range m.mentions(t) {
		if lookAlike(t, loc[0], loc[1]) {
			continue
		}
		if ag := lookup(m.agencies, t[loc[0]:loc[1]]); ag != "" && !contains(out, ag) {
			out = append(out, ag)
		}
	}
	return out
}

func contains(s []string, x string) bool {
	for _, y := range s {
		if y == x {
			return true
		}
	}
	return false
}

// Credited reports whether the document credits agency (by credit line,
// agency byline or an inline mention).
func (r *Result) Credited(agency string) bool {
	for _, m := range r.Markers {
		if m.Agency == agency && (m.Kind == KindCredit || m.Kind == KindByline || m.Kind == KindMention) {
			return true
		}
	}
	return false
}

// DocumentSource names the agency or publisher a text comes from: its
// metadata publisher, else an agency its byline, dateline or credit lines
// name; "" when unknown.
func DocumentSource(d *document.Document, cfg *analysis.Config) string {
	if d.Meta.Publisher != "" {
		return d.Meta.Publisher
	}
	r := Detect(d, cfg)
	for _, kind := range []string{KindByline, KindDateline, KindCredit} {
		for _, m := range r.Markers {
			if m.Kind == kind && m.Agency != "" {
				return m.Agency
			}
		}
	}
	return ""
}
