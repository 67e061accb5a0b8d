package document

import (
	"sort"
	"strings"

	"github.com/attrlint/attrlint/rules/lazyregexp"
)

// DirectiveKind is what an inline attrlint comment asks for.
type DirectiveKind uint8

const (
	Disable DirectiveKind = iota + 1
	Enable
	DisableNextLine
)

// Directive is an inline comment such as <!-- attrlint-disable RULE -->.
// Rules empty means every rule. Offset and Length are the comment's source
// bytes; NextBlock is the index of the first block that starts after it.
type Directive struct {
	Kind      DirectiveKind
	Rules     []string
	Offset    int
	Length    int
	NextBlock int
}

var (
	commentRe   = lazyregexp.New(`(?s)<!--.*?-->`)
	directiveRe = lazyregexp.New(`(?s)^<!--\s*attrlint-(disable-next-line|disable|enable)(?:\s+([^>]*?))?\s*-->$`)
)

// parseDirective reads one HTML comment (the whole "<!-- ... -->") found at
// source offset off. It reports false when the comment is not an attrlint
// directive.
func parseDirective(comment string, off int) (Directive, bool) {
	m := directiveRe.Get().FindStringSubmatch(comment)
	if m == nil {
		return Directive{}, false
	}
	d := Directive{Offset: off, Length: len(comment)}
	switch m[1] {
	case "disable":
		d.Kind = Disable
	case "enable":
		d.Kind = Enable
	default:
		d.Kind = DisableNextLine
	}
	for _, r := range strings.FieldsFunc(m[2], func(c rune) bool { return c == ',' || c == ' ' || c == '\t' || c == '\n' || c == '\r' }) {
		d.Rules = append(d.Rules, r)
	}
	return d, true
}

// scanDirectives finds every directive comment in src[from:to], src being
// the whole source so offsets are absolute.
func scanDirectives(src []byte, from, to int, out []Directive) []Directive {
	for _, loc := range commentRe.Get().FindAllIndex(src[from:to], -1) {
		if d, ok := parseDirective(string(src[from+loc[0]:from+loc[1]]), from+loc[0]); ok {
			out = append(out, d)
		}
	}
	return out
}

// resolveNextBlocks sets NextBlock of every directive: the first block that
// starts at or after the end of its comment (len(Blocks) when none does).
func resolveNextBlocks(d *Document) {
	if len(d.Directives) == 0 {
		return
	}
	starts := make([]int, len(d.Blocks))
	for j := range d.Blocks {
		starts[j] = d.Blocks[j].SourceOffset(0, false)
		if j > 0 && starts[j] < starts[j-1] {
			starts[j] = starts[j-1] // keep it sorted for the search
		}
	}
	for i := range d.Directives {
		dir := &d.Directives[i]
		dir.NextBlock = sort.SearchInts(starts, dir.Offset+dir.Length)
	}
}
