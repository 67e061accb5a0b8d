package abi

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/wasm/internal/sample"
)

// tricky holds strings encoding/json escapes: quotes, backslashes, control
// characters, HTML characters (not escaped here), invalid UTF-8, U+2028.
var tricky = []string{
	"", `plain`, `"quoted" \ back`, "tab\tnew\nline\rcr\bbs\fff\x00nul\x1fus\x7fdel",
	"<b>&amp;</b>", "bad \xff utf8 \xe2\x80", "line\u2028para\u2029end", "“curly” — dash, émoji 🙂",
}

// stdEncode is the oracle: encoding/json without HTML escaping, as the
// module wrote its responses before it wrote them by hand.
func stdEncode(t testing.TB, v any) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

func TestAppendLintMatchesEncodingJSON(t *testing.T) {
	var cases []*LintResponse
	// Responses the engine gives.
	for _, c := range []struct {
		format document.Format
		text   string
	}{
		{document.Text, sample.Article(600, 1)},
		{document.HTML, sample.ArticlePage(600, 2)},
		{document.Markdown, "---\ntitle: A \"draft\"\ndate: 2026-03-01\n---\n# Head\n\nExperts say prices will rise 40 percent.\n"},
		{document.Text, "Nothing to see."},
	} {
		var s Session
		text := c.text
		resp, err := s.lint(jsRequest(LintRequest{ABI: ptr(Version), Text: &text, Format: string(c.format)}))
		if err != nil {
			t.Fatalf("%s: %v", c.format, err)
		}
		cases = append(cases, resp)
	}
	// Responses no fixture gives: every string field tricky, evidence with
	// and without its optional fields, meta full and empty, nil slices.
	for i, s := range tricky {
		f := Finding{
			Finding: analysis.Finding{Rule: s, Severity: analysis.Severity(i % 4), Message: s, Offset: i, Length: -i, Text: s},
			Line:    i, Column: 2 * i, EndLine: 3, EndColumn: 4, UTF16Offset: 5, UTF16Length: 6, Block: -1, BlockKind: s, Locator: s, Occurrence: -1,
		}
		if i%2 == 0 {
			f.Evidence = []analysis.Evidence{{Path: s, Text: s, Offset: -1}, {Path: "p", URL: s, Title: s, Date: s, Text: "t", Offset: 9, Length: 3}}
		} else if i%3 == 0 {
			f.Evidence = []analysis.Evidence{}
		}
		m := document.Meta{Title: s, Date: s, Publisher: s, URL: s, Lang: s, Section: s, Opinion: i%2 == 1}
		if i == 0 {
			m = document.Meta{}
		}
		cases = append(cases, &LintResponse{ABI: Version, Findings: []Finding{f, f}, Meta: m})
	}
	cases = append(cases, &LintResponse{ABI: Version}, &LintResponse{ABI: Version, Findings: []Finding{}, Meta: document.Meta{Opinion: true}})
	for i, r := range cases {
		want := stdEncode(t, r)
		if got := string(appendLint(nil, r)); got != want {
			t.Errorf("case %d: appendLint differs from encoding/json (-want +got):\n%s", i, cmp.Diff(want, got))
		}
	}
}

func FuzzAppendLint(f *testing.F) {
	for _, s := range tricky {
		f.Add(s, s, 3, true)
	}
	f.Fuzz(func(t *testing.T, a, b string, n int, opinion bool) {
		r := &LintResponse{ABI: Version, Findings: []Finding{{
			Finding: analysis.Finding{Rule: a, Severity: analysis.Severity(n & 3), Message: b, Offset: n, Length: -n, Text: a + b,
				Evidence: []analysis.Evidence{{Path: a, URL: b, Text: b, Offset: n}}},
			Line: n, BlockKind: b, Locator: a,
		}}, Meta: document.Meta{Title: a, Section: b, Opinion: opinion}}
		if want, got := stdEncode(t, r), string(appendLint(nil, r)); got != want {
			t.Fatalf("appendLint differs from encoding/json:\nwant %q\n got %q", want, got)
		}
	})
}

// The other responses: corpus, rules and errors (errors as json.Marshal
// writes them, with HTML escaping).
func TestAppendResponsesMatchEncodingJSON(t *testing.T) {
	var s Session
	rules := new(RulesResponse)
	if err := json.Unmarshal(s.Rules(), rules); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		v    any
		got  []byte
	}{
		{"rules of the engine", rules, appendRules(nil, rules)},
		{"no rules", &RulesResponse{ABI: 1, Rules: []RuleInfo{}}, appendRules(nil, &RulesResponse{ABI: 1, Rules: []RuleInfo{}})},
		{"nil rules", &RulesResponse{ABI: 1}, appendRules(nil, &RulesResponse{ABI: 1})},
		{"corpus", &CorpusResponse{ABI: 1, Documents: 12}, appendCorpus(nil, &CorpusResponse{ABI: 1, Documents: 12})},
		{"corpus duplicate", &CorpusResponse{ABI: 1, Documents: 3, Duplicate: true}, appendCorpus(nil, &CorpusResponse{ABI: 1, Documents: 3, Duplicate: true})},
	}
	for i, x := range tricky {
		r := &RulesResponse{ABI: i, Rules: []RuleInfo{{ID: x, Doc: x, Severity: analysis.Severity(i % 4), NeedsCorpus: i%2 == 0}}}
		tests = append(tests, struct {
			name string
			v    any
			got  []byte
		}{"rule " + x, r, appendRules(nil, r)})
	}
	for _, tt := range tests {
		if want := stdEncode(t, tt.v); string(tt.got) != want {
			t.Errorf("%s: differs from encoding/json (-want +got):\n%s", tt.name, cmp.Diff(want, string(tt.got)))
		}
	}
	for _, x := range append(tricky, `unknown field "<script>&"`) {
		e := &Error{Code: Code(x), Message: x}
		want, err := json.Marshal(ErrorResponse{ABI: Version, Error: e})
		if err != nil {
			t.Fatal(err)
		}
		if got := e.Encode(); string(got) != string(want) {
			t.Errorf("error %q: differs from json.Marshal (-want +got):\n%s", x, cmp.Diff(string(want), string(got)))
		}
	}
}
