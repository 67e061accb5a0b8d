package jsonread

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name, in string
		want     any
		err      string // part of the error; "" for none
	}{
		{"object", `{"@type":"NewsArticle","datePublished":"2024-03-05","n":-1.5e2}`,
			map[string]any{"@type": "NewsArticle", "datePublished": "2024-03-05", "n": -150.0}, ""},
		{"array and literals", ` [true, false, null, 0, "x"] `, []any{true, false, nil, 0.0, "x"}, ""},
		{"empty containers", `{"a":[],"b":{}}`, map[string]any{"a": []any{}, "b": map[string]any{}}, ""},
		{"a key given twice keeps its last value", `{"a":1,"a":2}`, map[string]any{"a": 2.0}, ""},
		{"escapes", `"a\"b\\c\/\n\u00e9\ud83d\udea2"`, "a\"b\\c/\né🚢", ""},
		{"lone surrogate", `"x\ud800y"`, "x\ufffdy", ""},
		{"trailing comma", `[1,]`, nil, "want a number"},
		{"leading zero", `01`, nil, "data after the value"},
		{"bare word", `nul`, nil, "want a value"},
		{"data after the value", `{} {}`, nil, "data after the value"},
		{"a NUL byte after the value", "0\x00", nil, "data after the value"},
		{"unterminated string", `"abc`, nil, "unterminated string"},
		{"control character", "\"a\tb\"", nil, "control character"},
		{"number out of range", `1e400`, nil, "out of range"},
		{"exponent without digits", `1e`, nil, "exponent"},
		{"invalid UTF-8", "\"\xff\"", nil, "UTF-8"},
		{"empty", ``, nil, "want a number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode([]byte(tt.in))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Decode(%q) error = %v, want one saying %q", tt.in, err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Decode(%q): %v", tt.in, err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Decode(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

// TestDecodeDepth: containers nest as deep as encoding/json lets them, and
// no deeper.
func TestDecodeDepth(t *testing.T) {
	for _, n := range []int{maxDepth, maxDepth + 1} {
		in := strings.Repeat("[", n) + "1" + strings.Repeat("]", n)
		_, err := Decode([]byte(in))
		var v any
		stdErr := json.Unmarshal([]byte(in), &v)
		if (err == nil) != (stdErr == nil) {
			t.Errorf("%d nested arrays: Decode error %v, encoding/json error %v", n, err, stdErr)
		}
		if n > maxDepth && !errors.Is(err, ErrSyntax) {
			t.Errorf("%d nested arrays: error %v, want a syntax error", n, err)
		}
	}
}

// FuzzDecode holds Decode to encoding/json's Unmarshal into an `any`: the
// same inputs accepted, the same values read.
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		`{"@context":"https://schema.org","@graph":[{"@type":["NewsArticle","OpinionNewsArticle"],"datePublished":"2024-03-05T10:00:00Z","publisher":{"name":" The Ledger "}}]}`,
		`[1,-0,0.5,1E+2,-1e-7,true,false,null,"\u0041\ud83d\udea2\ud800"]`, `{"a":{"a":{"a":[[]]}}}`, `"\/\b\f\n\r\t"`, `1e309`, ` 7 `, `{"a":1,"a":{}}`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		if !utf8.Valid(b) {
			return // Decode refuses it; encoding/json reads it with U+FFFD
		}
		got, err := Decode(b)
		var want any
		stdErr := json.Unmarshal(b, &want)
		switch {
		case err == nil && stdErr == nil:
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("%q: values differ (-encoding/json +Decode):\n%s", b, diff)
			}
		case err == nil:
			t.Fatalf("%q: accepted; encoding/json says %v", b, stdErr)
		case stdErr == nil:
			t.Fatalf("%q: refused (%v); encoding/json accepts it", b, err)
		}
	})
}
