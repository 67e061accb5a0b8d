package linter

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/attrlint/attrlint/rules/analysis"
)

// summary counts files and findings by severity.
type summary struct {
	Files    int `json:"files"`
	Findings int `json:"findings"`
	Error    int `json:"error"`
	Warning  int `json:"warning"`
	Info     int `json:"info"`
}

func summarise(rs []lintResult) summary {
	s := summary{Files: len(rs)}
	for _, r := range rs {
		for _, f := range r.Findings {
			s.Findings++
			switch f.Severity {
			case analysis.Error:
				s.Error++
			case analysis.Warning:
				s.Warning++
			default:
				s.Info++
			}
		}
	}
	return s
}

// ---- text

func writeText(w io.Writer, rs []lintResult, colour bool) {
	paint := func(code, s string) string {
		if !colour {
			return s
		}
		return "\x1b[" + code + "m" + s + "\x1b[0m"
	}
	sevColour := map[analysis.Severity]string{analysis.Error: "31;1", analysis.Warning: "33;1", analysis.Info: "36"}
	for _, r := range rs {
		if r.Err != "" {
			fmt.Fprintf(w, "%s: %s %s\n", paint("1", r.Path), paint("31;1", "error:"), r.Err)
			continue
		}
		for _, f := range r.Findings {
			fmt.Fprintf(w, "%s: %s %s: %s\n", paint("1", fmt.Sprintf("%s:%d:%d", r.Path, f.Line, f.Column)),
				paint(sevColour[f.Severity], f.Severity.String()), paint("2", f.Rule), f.Message)
			fmt.Fprintf(w, "    %s\n", strings.Join(strings.Fields(f.Text), " "))
			for _, e := range f.Evidence {
				fmt.Fprintf(w, "    evidence: %s", e.Path)
				if e.Date != "" {
					fmt.Fprintf(w, " (%s)", e.Date)
				}
				fmt.Fprintf(w, ": %s\n", strings.Join(strings.Fields(e.Text), " "))
			}
		}
	}
	s := summarise(rs)
	errs := 0
	for _, r := range rs {
		if r.Err != "" {
			errs++
		}
	}
	fmt.Fprintf(w, "%d files, %d findings (%d error, %d warning, %d info)", s.Files, s.Findings, s.Error, s.Warning, s.Info)
	if errs > 0 {
		fmt.Fprintf(w, ", %d files could not be linted", errs)
	}
	fmt.Fprintln(w)
}

// ---- json (a contract: see docs/cli.md)

type jsonEvidence struct {
	Path  string `json:"path"`
	URL   string `json:"url"`
	Title string `json:"title"`
	Date  string `json:"date"`
	Text  string `json:"text"`
}

type jsonFinding struct {
	Rule      string         `json:"rule"`
	Severity  string         `json:"severity"`
	Message   string         `json:"message"`
	Offset    int            `json:"offset"`
	Length    int            `json:"length"`
	Line      int            `json:"line"`
	Column    int            `json:"column"`
	EndLine   int            `json:"end_line"`
	EndColumn int            `json:"end_column"`
	Text      string         `json:"text"`
	Evidence  []jsonEvidence `json:"evidence"`
}

// jsonFile and jsonReport are the report's shape, as encoding/json would
// write it whole; writeJSON streams the same bytes without building them.
type jsonFile struct {
	Path     string         `json:"path"`
	Findings *[]jsonFinding `json:"findings,omitempty"`
	Error    string         `json:"error,omitempty"`
}

type jsonReport struct {
	Version int        `json:"version"`
	Files   []jsonFile `json:"files"`
	Summary summary    `json:"summary"`
}

// writeJSON streams the report: the envelope is written literally and
// each finding is encoded and indented on its own, so the writer holds
// one finding at a time, not the report. The bytes are exactly those of
// the jsonReport above encoded whole (SetEscapeHTML(false), indented by
// two spaces, a trailing newline); TestWriteJSONStreams holds it to that.
func writeJSON(w io.Writer, rs []lintResult) error {
	s := newJSONStream(w)
	s.str("{\n  \"version\": 1,\n  \"files\": [")
	for i, r := range rs {
		if i > 0 {
			s.str(",")
		}
		s.str("\n    {\n      \"path\": ")
		if err := s.value(r.Path, 3); err != nil {
			return err
		}
		if r.Err != "" {
			s.str(",\n      \"error\": ")
			if err := s.value(r.Err, 3); err != nil {
				return err
			}
		} else {
			s.str(",\n      \"findings\": [")
			for j, f := range r.Findings {
				if j > 0 {
					s.str(",")
				}
				s.str("\n        ")
				if err := s.value(newJSONFinding(f), 4); err != nil {
					return err
				}
			}
			if len(r.Findings) > 0 {
				s.str("\n      ")
			}
			s.str("]")
		}
		s.str("\n    }")
	}
	if len(rs) > 0 {
		s.str("\n  ")
	}
	s.str("],\n  \"summary\": ")
	if err := s.value(summarise(rs), 1); err != nil {
		return err
	}
	s.str("\n}\n")
	return s.flush()
}

func newJSONFinding(f Finding) jsonFinding {
	ev := make([]jsonEvidence, 0, len(f.Evidence))
	for _, e := range f.Evidence {
		ev = append(ev, jsonEvidence{e.Path, e.URL, e.Title, e.Date, e.Text})
	}
	return jsonFinding{f.Rule, f.Severity.String(), f.Message, f.Offset, f.Length,
		f.Line, f.Column, f.EndLine, f.EndColumn, f.Text, ev}
}

// jsonStream writes an indented JSON document piece by piece: the caller
// writes the punctuation and white space between values, and value
// encodes one value into a reused buffer and indents it at its depth.
type jsonStream struct {
	w   *bufio.Writer
	enc *json.Encoder
	raw bytes.Buffer // the value, compact, as the encoder wrote it
	out []byte       // the value, indented
}

func newJSONStream(w io.Writer) *jsonStream {
	s := &jsonStream{}
	if bw, ok := w.(*bufio.Writer); ok {
		s.w = bw
	} else {
		s.w = bufio.NewWriterSize(w, 64<<10)
	}
	s.enc = json.NewEncoder(&s.raw)
	s.enc.SetEscapeHTML(false)
	return s
}

// str writes literal JSON. A write error sticks in the bufio.Writer and
// comes back from the next value or from flush.
func (s *jsonStream) str(lit string) { s.w.WriteString(lit) }

// value writes v, indented as a value depth levels deep.
func (s *jsonStream) value(v any, depth int) error {
	s.raw.Reset()
	if err := s.enc.Encode(v); err != nil {
		return err
	}
	s.out = indentJSON(s.out[:0], bytes.TrimSuffix(s.raw.Bytes(), []byte("\n")), depth)
	_, err := s.w.Write(s.out)
	return err
}

func (s *jsonStream) flush() error { return s.w.Flush() }

// ---- github workflow commands

var (
	ghData     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	ghProperty = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

type located struct {
	path string
	f    Finding
}

// writeGitHub prints annotations, errors first (GitHub shows only ten of
// each level per step), then warnings, then notices.
func writeGitHub(w io.Writer, rs []lintResult) {
	for _, r := range rs {
		if r.Err != "" {
			fmt.Fprintf(w, "::error file=%s,title=%s::%s\n", ghProperty.Replace(r.Path), ghProperty.Replace("attrlint: cannot lint file"), ghData.Replace(r.Err))
		}
	}
	var all []located
	for _, r := range rs {
		for _, f := range r.Findings {
			all = append(all, located{r.Path, f})
		}
	}
	slices.SortStableFunc(all, func(a, b located) int { return int(b.f.Severity) - int(a.f.Severity) })
	level := map[analysis.Severity]string{analysis.Error: "error", analysis.Warning: "warning", analysis.Info: "notice"}
	for _, l := range all {
		f := l.f
		fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", level[f.Severity],
			ghProperty.Replace(l.path), f.Line, f.Column, f.EndLine, f.EndColumn, ghProperty.Replace(f.Rule), ghData.Replace(f.Message))
	}
}

// ---- GitLab code quality (Code Climate subset)

type ccIssue struct {
	Description string     `json:"description"`
	CheckName   string     `json:"check_name"`
	Fingerprint string     `json:"fingerprint"`
	Severity    string     `json:"severity"`
	Location    ccLocation `json:"location"`
}

type ccLocation struct {
	Path  string  `json:"path"`
	Lines ccLines `json:"lines"`
}

type ccLines struct {
	Begin int `json:"begin"`
	End   int `json:"end"`
}

// writeCodeClimate streams a JSON array of issues, one issue encoded at a
// time, byte for byte as the []ccIssue encoded whole.
func writeCodeClimate(w io.Writer, rs []lintResult) error {
	sev := map[analysis.Severity]string{analysis.Error: "major", analysis.Warning: "minor", analysis.Info: "info"}
	s := newJSONStream(w)
	s.str("[")
	n := 0
	issue := func(c ccIssue) error {
		if n > 0 {
			s.str(",")
		}
		n++
		s.str("\n  ")
		return s.value(c, 1)
	}
	for _, r := range rs {
		if r.Err != "" {
			if err := issue(ccIssue{"cannot lint file: " + r.Err, "attrlint/input-error", fingerprint(r.Path+"\x00input-error", 0), "blocker", ccLocation{r.Path, ccLines{1, 1}}}); err != nil {
				return err
			}
		}
		for _, f := range r.Findings {
			if err := issue(ccIssue{f.Message, f.Rule, baselineKey(r.Path, f) + "-" + f.Fingerprint[:8], sev[f.Severity], ccLocation{r.Path, ccLines{f.Line, f.EndLine}}}); err != nil {
				return err
			}
		}
	}
	if n > 0 {
		s.str("\n")
	}
	s.str("]\n")
	return s.flush()
}

// ---- Markdown summary (GitHub step summary)

var mdCell = strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ", "<", "&lt;", ">", "&gt;")

func writeSummary(w io.Writer, rs []lintResult) {
	s := summarise(rs)
	fmt.Fprintf(w, "## attrlint\n\n%d files, %d findings: %d error, %d warning, %d info\n\n", s.Files, s.Findings, s.Error, s.Warning, s.Info)
	var bad []lintResult
	for _, r := range rs {
		if r.Err != "" {
			bad = append(bad, r)
		}
	}
	if len(bad) > 0 {
		fmt.Fprintf(w, "**%d files could not be linted:**\n\n", len(bad))
		for _, r := range bad {
			fmt.Fprintf(w, "- `%s`: %s\n", r.Path, mdCell.Replace(r.Err))
		}
		fmt.Fprintln(w)
	}
	if s.Findings == 0 {
		return
	}
	fmt.Fprintf(w, "| Severity | Location | Rule | Message | Text |\n|---|---|---|---|---|\n")
	for _, r := range rs {
		for _, f := range r.Findings {
			fmt.Fprintf(w, "| %s | `%s:%d:%d` | `%s` | %s | %s |\n", f.Severity, r.Path, f.Line, f.Column, f.Rule, mdCell.Replace(f.Message), mdCell.Replace(strings.Join(strings.Fields(f.Text), " ")))
		}
	}
}
