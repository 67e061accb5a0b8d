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
	creditRe     = regexp.MustCompile(`(?i)\bcontributed\b|\breporting (?:by|from)\b|\bwith reporting\b|\boriginally (?:appeared|published)\b|\bediting by\b|\bwritten by\b`)
	reutersStyle = regexp.MustCompile(`^\s*\(Reporting by [^()]*Editing by [^()]*\)\s*$`)
	bylineRe     = regexp.MustCompile(`^(?i:by)\s+(.+)$`)
)

// matcher holds compiled patterns for one agency list.
type matcher struct {
	agencies []analysis.Agency
	dateline *regexp.Regexp
	photo    *regexp.Regexp
	via      *regexp.Regexp
	mention  *regexp.Regexp
	// names is every agency name and alias as written: a block none of
	// them occurs in needs none of the patterns above.
	names []string
}

// mayMention is the cheap test before the patterns: does any agency name
// occur in t at all?
func (m *matcher) mayMention(t string) bool {
	for _, n := range m.names {
		if strings.Contains(t, n) {
			return true
		}
	}
	return false
}

var defaultMatcher = newMatcher(builtin)

func matcherFor(cfg *analysis.Config) *matcher {
	if cfg == nil || len(cfg.WireServices) == 0 {
		return defaultMatcher
	}
	return newMatcher(Agencies(cfg))
}

func newMatcher(as []analysis.Agency) *matcher {
	var all, raw []string
	for _, a := range as {
		for _, n := range names(a) {
			if n != "" {
				all = append(all, regexp.QuoteMeta(n))
				raw = append(raw, n)
			}
		}
	}
	sort.Slice(all, func(i, j int) bool { return len(all[i]) > len(all[j]) })
	alt := strings.Join(all, "|")
	return &matcher{
		agencies: as,
		// PLACE[, STATE][, Mon. D] (AGENCY) —
		dateline: regexp.MustCompile(`^\s*([A-Z][A-Za-z.' -]{1,40}(?:, [A-Z][A-Za-z.' ]{1,20})?(?:, [A-Z][a-z]{2,4}\.? \d{1,2})?) ?\((` + alt + `)\) ?(?:--|[-–—])`),
		photo:    regexp.MustCompile(`\((` + alt + `) Photo(?:/[^()]*)?\)`),
		via:      regexp.MustCompile(`\([^()/]+/[^()]+ via (` + alt + `)\)`),
		mention:  regexp.MustCompile(`\b(` + alt + `)\b`),
		names:    raw,
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
		named := m.mayMention(t)
		// Without an agency name, only a staff byline or an agency-less
		// credit line can be here.
		if loc := m.findAll(named && strings.IndexByte(t, '(') >= 0, m.dateline, t); loc != nil {
			l := loc[0]
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
		case blk.Kind == document.Byline || (len(trim) < 80 && bylineRe.MatchString(trim) && !strings.ContainsAny(trim, ".!?")):
			ag := agencyIn(m, t)
			r.Markers = append(r.Markers, Marker{KindByline, ag, b, 0, len(t), t})
			if ag == "" {
				r.StaffByline = true
			}
			continue
		case len(t) < 400 && (blk.Kind == document.Credit || mayCredit(t) && creditRe.MatchString(t)) && isCreditLine(t):
			ags := agenciesIn(m, t)
			if len(ags) == 0 && reutersStyle.MatchString(t) {
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
		for _, loc := range m.findAll(named, m.mention, t) {
			if loc[0] < covered || inPhoto(r.Markers, b, loc[0]) {
				continue
			}
			n := t[loc[2]:loc[3]]
			if ag := lookup(m.agencies, n); ag != "" && !lookAlike(t, loc[2], loc[3]) {
				r.Markers = append(r.Markers, Marker{KindMention, ag, b, loc[2], loc[3], n})
			}
		}
	}
	return r
}

// findAll runs re over t only when the cheap test ok passed.
func (m *matcher) findAll(ok bool, re *regexp.Regexp, t string) [][]int {
	if !ok {
		return nil
	}
	return re.FindAllStringSubmatchIndex(t, -1)
}

// mayCredit is the cheap test before creditRe: every credit form has one of
// these words.
func mayCredit(t string) bool {
	l := strings.ToLower(t)
	for _, stem := range [...]string{"contributed", "reporting", "originally", "editing", "written"} {
		if strings.Contains(l, stem) {
			return true
		}
	}
	return false
}

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
	for _, loc := range m.mention.FindAllStringSubmatchIndex(t, -1) {
		if lookAlike(t, loc[2], loc[3]) {
			continue
		}
		if ag := lookup(m.agencies, t[loc[2]:loc[3]]); ag != "" && !contains(out, ag) {
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
