package abi

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/attrlint/attrlint/rules/analysis"
)

// stdDecode is the oracle: encoding/json, strict.
func stdDecode(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("data after the object")
	}
	return nil
}

func TestReadRequest(t *testing.T) {
	tests := []struct {
		name, in string
		want     LintRequest
		wantErr  string
	}{
		{"all fields", `{"abi":1,"text":"a\"b\\c\/d\n\u00e9\ud83d\udea2","format":"md","path":"p","url":"u","date":"2026-01-02","config":{"min_severity":"error","rules":{"x/y":{"enabled":false}}}}`,
			LintRequest{ABI: ptr(1), Text: ptr("a\"b\\c/d\né🚢"), Format: "md", Path: "p", URL: "u", Date: "2026-01-02"}, ""},
		{"lone surrogate", `{"text":"x\ud800y\udc00"}`, LintRequest{Text: ptr("x\uFFFDy\uFFFD")}, ""},
		{"nulls", ` {"abi":null,"text":null,"config":null} `, LintRequest{}, ""},
		{"empty object", `{}`, LintRequest{}, ""},
		{"escaped key", `{"te\u0078t":"v"}`, LintRequest{Text: ptr("v")}, ""},
		{"unknown field", `{"txt":"v"}`, LintRequest{}, `unknown field "txt"`},
		{"case differs", `{"Text":"v"}`, LintRequest{}, `unknown field "Text"`},
		{"raw newline", "{\"text\":\"a\nb\"}", LintRequest{}, "control character"},
		{"abi float", `{"abi":1.5}`, LintRequest{}, "not an integer"},
		{"abi string", `{"abi":"1"}`, LintRequest{}, "want a number"},
		{"trailing comma", `{"abi":1,}`, LintRequest{}, "want a field name"},
		{"trailing data", `{"abi":1} x`, LintRequest{}, "data after"},
		{"bad config", `{"config":{"rules":3}}`, LintRequest{}, "config"},
		{"config with trailing", `{"config":{} }`, LintRequest{}, ""},
		{"unterminated", `{"text":"abc`, LintRequest{}, "unterminated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got LintRequest
			err := readRequest([]byte(tt.in), got.fields())
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			got.Config = nil
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadConfig(t *testing.T) {
	on, off := true, false
	tests := []struct {
		name, in string
		want     *analysis.Config
		wantErr  string
	}{
		{"every field", `{"rules":{"a/b":{"enabled":false,"severity":"info"}},"publisher":"The Ledger","wire_services":[{"name":"NTB","aliases":["N"]}],"vague_sources":["insiders say"],"reader_mode":true,"min_severity":"warning"}`,
			&analysis.Config{Rules: map[string]analysis.RuleConfig{"a/b": {Enabled: &off, Severity: analysis.Info}}, Publisher: "The Ledger",
				WireServices: []analysis.Agency{{Name: "NTB", Aliases: []string{"N"}}}, VagueSources: []string{"insiders say"}, ReaderMode: true, MinSeverity: analysis.Warning}, ""},
		{"names match without regard to case", `{"Reader_Mode":true,"RULES":{"x":{"Enabled":true}}}`,
			&analysis.Config{ReaderMode: true, Rules: map[string]analysis.RuleConfig{"x": {Enabled: &on}}}, ""},
		{"null keeps a bool and a severity, empties a map", `{"reader_mode":true,"reader_mode":null,"min_severity":"error","min_severity":null,"rules":{"x":{}},"rules":null}`,
			&analysis.Config{ReaderMode: true, MinSeverity: analysis.Error}, ""},
		{"a map given twice gains keys", `{"rules":{"x":{"enabled":true}},"rules":{"y":null}}`,
			&analysis.Config{Rules: map[string]analysis.RuleConfig{"x": {Enabled: &on}, "y": {}}}, ""},
		{"a list given twice is read over the first", `{"wire_services":[{"name":"A","aliases":["x"]},{"name":"B"}],"wire_services":[{"name":"C"}]}`,
			&analysis.Config{WireServices: []analysis.Agency{{Name: "C", Aliases: []string{"x"}}}}, ""},
		{"an empty list", `{"vague_sources":[]}`, &analysis.Config{VagueSources: []string{}}, ""},
		{"claims", `{"rules":{"attribution/unattributed-claim":{"claims":["statistic","causal"]}}}`,
			&analysis.Config{Rules: map[string]analysis.RuleConfig{"attribution/unattributed-claim": {Claims: []string{"statistic", "causal"}}}}, ""},
		{"unknown field", `{"rule":{}}`, nil, `unknown field "rule"`},
		{"unknown rule field", `{"rules":{"x":{"on":true}}}`, nil, `unknown field "on"`},
		{"unknown severity", `{"min_severity":"loud"}`, nil, "unknown severity"},
		{"severity as a number", `{"min_severity":2}`, nil, "must be a string"},
		{"enabled as a string", `{"rules":{"x":{"enabled":"yes"}}}`, nil, "want true or false"},
		{"a list as a string", `{"vague_sources":"experts say"}`, nil, "must be an array"},
		{"rules as a list", `{"rules":[]}`, nil, "must be an object"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got LintRequest
			err := readRequest([]byte(`{"config":`+tt.in+`}`), got.fields())
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got.Config); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			var std LintRequest
			if err := stdDecode([]byte(`{"config":`+tt.in+`}`), &std); err != nil {
				t.Fatalf("encoding/json refuses it: %v", err)
			}
			if diff := cmp.Diff(std.Config, got.Config); diff != "" {
				t.Errorf("differs from encoding/json (-encoding/json +got):\n%s", diff)
			}
		})
	}
}

// FuzzReadRequest checks the request reader against encoding/json: the
// same inputs accepted, the same values read. The one allowed difference:
// encoding/json matches field names without regard to case.
func FuzzReadRequest(f *testing.F) {
	for _, s := range []string{
		`{"abi":1,"text":"a\"b\\c\n\u00e9\ud83d\udea2","format":"md","config":{"min_severity":"error"}}`,
		`{"abi":1,"text":"x\ud800\u0041","date":"2026-01-02","path":"a\/b"}`,
		`{"ABI":1,"Text":"v"}`, `null`, ` {} `, `{"abi":-0}`, `{"abi":1e2}`, `{"config":{"rules":{"a":{"enabled":true,"severity":"info"}}}}`,
		`{"config":[1,{"a":"]"}]}`, `{"text":"\u12"}`,
		`{"config":{"Rules":{"x":null,"y":{"enabled":null,"Severity":"warn"}},"rules":{"z":{"enabled":false}},"min_severity":null}}`,
		`{"config":{"wire_services":[{"name":"NTB","aliases":["Norsk Telegrambyrå"]},null],"wire_services":[{"name":"TT"}],"vague_sources":["a",null,"b"],"vague_sources":[null]}}`,
		`{"config":{"rule\u017f":{},"publisher":"The Ledger","reader_mode":true,"reader_mode":null,"wire_services":null,"vague_sources":[]}}`,
		`{"config":{"rules":{"x":{"claims":["a",null],"claims":[]},"y":{"claims":null,"Claims":["b"]}}}}`,
		`{"config":{"min_severity":"loud"}}`, `{"config":{"rules":{"a":{"enabled":"yes"}}}}`, `{"config":{"vague_sources":"experts"}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if !utf8.Valid(b) {
			return // decode refuses it before either reader runs
		}
		var mine, std LintRequest
		errMine := readRequest(b, mine.fields())
		errStd := stdDecode(b, &std)
		switch {
		case errMine == nil && errStd == nil:
			if diff := cmp.Diff(std, mine); diff != "" {
				t.Fatalf("%q: values differ (-encoding/json +mine):\n%s", b, diff)
			}
		case errMine == nil:
			t.Fatalf("%q: accepted; encoding/json says %v", b, errStd)
		case errStd == nil:
			if !caseOnly(errMine) {
				t.Fatalf("%q: refused (%v); encoding/json accepts it", b, errMine)
			}
		}
	})
}

// caseOnly reports whether err names a field that is a known one but for case.
func caseOnly(err error) bool {
	var r LintRequest
	msg := err.Error()
	for k := range r.fields() {
		if i := strings.Index(msg, `unknown field "`); i >= 0 {
			name := strings.TrimSuffix(msg[i+len(`unknown field "`):], `"`)
			if strings.EqualFold(name, k) {
				return true
			}
		}
	}
	return false
}
