package linter

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/google/go-cmp/cmp"
)

// wholeJSON is the JSON report as it was written before it streamed: the
// whole jsonReport built, encoded (no HTML escaping), indented by
// json.Indent, and a newline.
func wholeJSON(t *testing.T, rs []lintResult) []byte {
	t.Helper()
	rep := jsonReport{Version: 1, Files: []jsonFile{}, Summary: summarise(rs)}
	for _, r := range rs {
		jf := jsonFile{Path: r.Path}
		if r.Err != "" {
			jf.Error = r.Err
		} else {
			fs := []jsonFinding{}
			for _, f := range r.Findings {
				ev := []jsonEvidence{}
				for _, e := range f.Evidence {
					ev = append(ev, jsonEvidence{e.Path, e.URL, e.Title, e.Date, e.Text})
				}
				fs = append(fs, jsonFinding{f.Rule, f.Severity.String(), f.Message, f.Offset, f.Length,
					f.Line, f.Column, f.EndLine, f.EndColumn, f.Text, ev})
			}
			jf.Findings = &fs
		}
		rep.Files = append(rep.Files, jf)
	}
	return wholeIndented(t, rep)
}

// wholeCodeClimate is the GitLab code quality report built and encoded whole.
func wholeCodeClimate(t *testing.T, rs []lintResult) []byte {
	t.Helper()
	sev := map[analysis.Severity]string{analysis.Error: "major", analysis.Warning: "minor", analysis.Info: "info"}
	out := []ccIssue{}
	for _, r := range rs {
		if r.Err != "" {
			out = append(out, ccIssue{"cannot lint file: " + r.Err, "attrlint/input-error", fingerprint(r.Path+"\x00input-error", 0), "blocker", ccLocation{r.Path, ccLines{1, 1}}})
		}
		for _, f := range r.Findings {
			out = append(out, ccIssue{f.Message, f.Rule, baselineKey(r.Path, f) + "-" + f.Fingerprint[:8], sev[f.Severity], ccLocation{r.Path, ccLines{f.Line, f.EndLine}}})
		}
	}
	return wholeIndented(t, out)
}

func wholeIndented(t *testing.T, v any) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := json.Indent(&out, bytes.TrimSuffix(buf.Bytes(), []byte("\n")), "", "  "); err != nil {
		t.Fatal(err)
	}
	out.WriteByte('\n')
	return out.Bytes()
}

// TestWriteJSONStreams: the streaming JSON and code quality writers write
// byte for byte what encoding the whole report wrote, on envelopes with no
// files, file errors, files without findings, evidence, and strings that
// need escaping; through the caller's bufio.Writer and through their own.
func TestWriteJSONStreams(t *testing.T) {
	nasty := "q\"uote back\\slash <tag> & amp\ttab\nnl\rcr \x00\x01\x1f\x7f ünï “curly” \u2028\u2029 bad\xffutf8 {[,:]} 😀"
	src := []byte("A “claim” here.\nThe council said \"no\" & <yes>.\nünï \u2028 line\n")
	mk := func(sev analysis.Severity, rule, msg, text string, ev ...analysis.Evidence) analysis.Finding {
		off := bytes.Index(src, []byte(text))
		return analysis.Finding{Rule: rule, Severity: sev, Message: msg, Offset: off, Length: len(text), Text: text, Evidence: ev}
	}
	evid := analysis.Evidence{Path: "corpus/a <b>.md", URL: "https://example.com/?a=1&b=<2>", Title: nasty, Date: "2024-03-02", Text: "The budget was $40 million, \"officials\" said."}
	bare := analysis.Evidence{Path: `corpus\win.md`, Text: ""}
	findings := withPositions("draft.md", src, []analysis.Finding{
		mk(analysis.Error, "unattributed-claim", "claim without a source", "“claim”"),
		mk(analysis.Warning, "figure-mismatch", nasty, `said "no" & <yes>.`, evid, bare),
		mk(analysis.Info, "wire/credit", "note & <info>", "ünï \u2028 line", evid),
	})
	noEvidence := withPositions("x.md", src, []analysis.Finding{mk(analysis.Warning, "r", "m", "A")})
	noEvidence[0].Evidence = nil

	cases := []struct {
		name string
		rs   []lintResult
	}{
		{"no files", nil},
		{"no files, empty slice", []lintResult{}},
		{"file error", []lintResult{{Path: "broken.txt", Err: "1:1: empty file"}}},
		{"file error with escapes", []lintResult{{Path: nasty, Err: nasty}}},
		{"error and findings", []lintResult{{Path: "both.md", Err: "oops", Findings: findings}}},
		{"no findings", []lintResult{{Path: "clean.md"}}},
		{"no findings, empty slice", []lintResult{{Path: "clean.md", Findings: []Finding{}}}},
		{"findings with evidence", []lintResult{{Path: "draft.md", Findings: findings}}},
		{"nil evidence", []lintResult{{Path: "x.md", Findings: noEvidence}}},
		{"path needing escapes", []lintResult{{Path: "dir/<a&b>/\"q\".md", Findings: findings[:1]}}},
		{"several files", []lintResult{
			{Path: "a.md", Findings: findings},
			{Path: "b.md"},
			{Path: "c.txt", Err: "2:5: invalid UTF-8"},
			{Path: "d.md", Findings: findings[1:]},
			{Path: "e.md", Findings: []Finding{}},
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for _, w := range []struct {
				name  string
				write func(*bytes.Buffer, []lintResult) error
				whole func(*testing.T, []lintResult) []byte
			}{
				{"json", func(b *bytes.Buffer, rs []lintResult) error { return writeJSON(b, rs) }, wholeJSON},
				{"json via bufio", func(b *bytes.Buffer, rs []lintResult) error {
					bw := bufio.NewWriterSize(b, 16) // smaller than most pieces
					if err := writeJSON(bw, rs); err != nil {
						return err
					}
					return bw.Flush()
				}, wholeJSON},
				{"codeclimate", func(b *bytes.Buffer, rs []lintResult) error { return writeCodeClimate(b, rs) }, wholeCodeClimate},
			} {
				var got bytes.Buffer
				if err := w.write(&got, c.rs); err != nil {
					t.Fatalf("%s: %v", w.name, err)
				}
				want := w.whole(t, c.rs)
				if d := cmp.Diff(string(want), got.String()); d != "" {
					t.Errorf("%s (-whole +streamed):\n%s", w.name, d)
				}
				if w.name == "json" && !json.Valid(got.Bytes()) {
					t.Errorf("json: invalid JSON:\n%s", got.Bytes())
				}
			}
		})
	}
}

type failingWriter struct{ n int }

func (f *failingWriter) Write(p []byte) (int, error) {
	if f.n -= len(p); f.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

// TestWriteJSONStreamError: a write error comes back from the writer and
// stops it.
func TestWriteJSONStreamError(t *testing.T) {
	src := []byte(strings.Repeat("The mayor will resign.\n", 5000))
	var fs []analysis.Finding
	for i := 0; i+22 <= len(src); i += 23 {
		fs = append(fs, analysis.Finding{Rule: "r", Severity: analysis.Warning, Message: "m", Offset: i, Length: 22, Text: string(src[i : i+22])})
	}
	rs := []lintResult{{Path: "a.md", Findings: withPositions("a.md", src, fs)}}
	for _, write := range []func(w *failingWriter) error{
		func(w *failingWriter) error { return writeJSON(w, rs) },
		func(w *failingWriter) error { return writeCodeClimate(w, rs) },
	} {
		w := &failingWriter{n: 100_000}
		if err := write(w); err == nil || err.Error() != "disk full" {
			t.Errorf("err = %v, want disk full", err)
		}
	}
}
