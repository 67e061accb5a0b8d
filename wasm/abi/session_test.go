package abi

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/document"
)

type answer struct {
	ABI       int            `json:"abi"`
	Findings  []Finding      `json:"findings"`
	Meta      *document.Meta `json:"meta"`
	Documents *int           `json:"documents"`
	Rules     []RuleInfo     `json:"rules"`
	Error     *Error         `json:"error"`
	Extra     map[string]any `json:"-"`
	raw       json.RawMessage
}

func parseAnswer(t testing.TB, b []byte) answer {
	t.Helper()
	var a answer
	if err := json.Unmarshal(b, &a); err != nil {
		t.Fatalf("answer is not JSON: %v: %.200s", err, b)
	}
	if a.ABI != Version {
		t.Fatalf("answer abi %d: %.200s", a.ABI, b)
	}
	a.raw = b
	return a
}

func TestLintAnswer(t *testing.T) {
	var s Session
	tests := []struct {
		name string
		req  string
		meta document.Meta
	}{
		{"text with overrides", `{"abi":1,"text":"The council cut 12 jobs.","format":"txt","url":"https://news.example/a","date":"2026-11-20"}`,
			document.Meta{URL: "https://news.example/a", Date: "2026-11-20"}},
		{"text's own date kept", "{\"abi\":1,\"text\":\"date 2026-01-02\\nThe council cut 12 jobs.\",\"format\":\"text\"}",
			document.Meta{Date: "2026-01-02"}},
		{"request date wins", "{\"abi\":1,\"text\":\"date 2026-01-02\\nThe council cut 12 jobs.\",\"format\":\"txt\",\"date\":\"2026-03-04\"}",
			document.Meta{Date: "2026-03-04"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseAnswer(t, s.Lint([]byte(tt.req)))
			if a.Error != nil {
				t.Fatalf("error: %+v", a.Error)
			}
			if a.Findings == nil {
				t.Errorf("findings missing or null: %s", a.raw)
			}
			if a.Meta == nil {
				t.Fatalf("no meta: %s", a.raw)
			}
			if diff := cmp.Diff(tt.meta, *a.Meta); diff != "" {
				t.Errorf("meta (-want +got):\n%s", diff)
			}
		})
	}
}

func TestErrorCodes(t *testing.T) {
	var s Session
	tests := []struct {
		name string
		call func([]byte) []byte
		req  string
		want Code
	}{
		{"bad JSON", s.Lint, `{"abi":`, BadRequest},
		{"wrong abi", s.Lint, `{"abi":3,"text":"a b","format":"txt"}`, BadABI},
		{"unknown field", s.Lint, `{"abi":1,"text":"a b","format":"txt","lang":"en"}`, BadRequest},
		{"unknown format", s.Lint, `{"abi":1,"text":"a b","format":"docx"}`, BadRequest},
		{"bad date", s.Lint, `{"abi":1,"text":"a b","format":"txt","date":"2026-13-01"}`, BadRequest},
		{"unknown kind of claim", s.Lint, `{"abi":1,"text":"a b","format":"txt","config":{"rules":{"attribution/unattributed-claim":{"claims":["statistics"]}}}}`, BadRequest},
		{"invalid UTF-8", s.Lint, "{\"abi\":1,\"text\":\"a \xff b\",\"format\":\"txt\"}", BadInput},
		{"binary", s.Lint, `{"abi":1,"text":"a\u0000b","format":"md"}`, BadInput},
		{"corpus_add no format", s.CorpusAdd, `{"abi":1,"text":"a b"}`, BadRequest},
		{"corrupt index", s.CorpusLoad, "\x7fnot an index", BadCorpus},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := parseAnswer(t, tt.call([]byte(tt.req)))
			if a.Error == nil || a.Error.Code != tt.want || a.Error.Message == "" {
				t.Errorf("answer %s, want error code %s", a.raw, tt.want)
			}
		})
	}
	if a := parseAnswer(t, s.CorpusExport()); a.Error == nil || a.Error.Code != BadCorpus {
		t.Errorf("export without a corpus: %s", a.raw)
	}
	if s.Corpus() != nil {
		t.Errorf("a failed load left a corpus")
	}
}

func TestRulesAnswer(t *testing.T) {
	var s Session
	a := parseAnswer(t, s.Rules())
	if a.Rules == nil {
		t.Fatalf("rules missing or null: %s", a.raw)
	}
	var want []RuleInfo
	for _, r := range rules.All() {
		want = append(want, RuleInfo{ID: r.ID, Doc: r.Doc, Severity: r.Severity, NeedsCorpus: r.NeedsCorpus, Claims: r.Claims})
	}
	if diff := cmp.Diff(want, a.Rules, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("rules (-registry +answer):\n%s", diff)
	}
}

// FuzzLint: any request gets a JSON answer with abi 1 and either findings
// or an error, never a panic.
func FuzzLint(f *testing.F) {
	f.Add([]byte(`{"abi":1,"text":"Critics say the plan failed.","format":"txt"}`))
	f.Add([]byte(`{"abi":1,"text":"<p>Officials said &amp; so on</p>","format":"html","config":{"min_severity":"error"}}`))
	f.Add([]byte(`{"abi":1,"text":"# T\n\n“We cannot,” said X.","format":"md","date":"2026-01-01"}`))
	f.Fuzz(func(t *testing.T, req []byte) {
		var s Session
		a := parseAnswer(t, s.Lint(req))
		if (a.Error == nil) == (a.Findings == nil) {
			t.Fatalf("want findings xor error: %s", a.raw)
		}
	})
}
