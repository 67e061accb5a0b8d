package linter

import (
	"bytes"
	"testing"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/google/go-cmp/cmp"
)

// TestGitHubEscaping: %, CR, LF escaped in messages; also : and , in
// properties; errors before warnings before notices.
func TestGitHubEscaping(t *testing.T) {
	src := []byte("a \u201cquote\u201d\n")
	mk := func(sev analysis.Severity, rule, msg string) analysis.Finding {
		return analysis.Finding{Rule: rule, Severity: sev, Message: msg, Offset: 2, Length: 11, Text: "\u201cquote\u201d"}
	}
	rs := []lintResult{
		{Path: "x,y:z.md", Findings: withPositions("x,y:z.md", src, []analysis.Finding{
			mk(analysis.Info, "a/info", "note"),
			mk(analysis.Warning, "a/warn", "100% sure\r\nnext: line, comma"),
			mk(analysis.Error, "a/err", "bad"),
		})},
		{Path: "broken.txt", Err: "1:1: empty file\nreally"},
	}
	var buf bytes.Buffer
	writeGitHub(&buf, rs)
	want := "::error file=broken.txt,title=attrlint%3A cannot lint file::1:1: empty file%0Areally\n" +
		"::error file=x%2Cy%3Az.md,line=1,col=3,endLine=1,endColumn=10,title=a/err::bad\n" +
		"::warning file=x%2Cy%3Az.md,line=1,col=3,endLine=1,endColumn=10,title=a/warn::100%25 sure%0D%0Anext: line, comma\n" +
		"::notice file=x%2Cy%3Az.md,line=1,col=3,endLine=1,endColumn=10,title=a/info::note\n"
	if d := cmp.Diff(want, buf.String()); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
}
