package linter

import (
	"bytes"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIndentJSON: indentJSON writes exactly what json.Indent writes (at
// depth 0, and deeper with the matching prefix), on the golden reports and
// on generated values full of nesting, empty containers and strings
// holding brackets, quotes, escapes and colons.
func TestIndentJSON(t *testing.T) {
	var inputs [][]byte
	goldens, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.json"))
	sarif, _ := filepath.Glob(filepath.Join("testdata", "golden", "*.sarif"))
	for _, f := range append(goldens, sarif...) {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var c bytes.Buffer
		if err := json.Compact(&c, b); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		inputs = append(inputs, c.Bytes())
	}
	if len(inputs) == 0 {
		t.Fatal("no golden JSON")
	}
	r := rand.New(rand.NewSource(3))
	strs := []string{"", "a", `q"uote`, `back\slash`, "{[,:]}", "tab\there", "ünï", "\u2028", "<&>"}
	var gen func(depth int) any
	gen = func(depth int) any {
		switch k := r.Intn(7); {
		case depth > 4 || k == 0:
			return strs[r.Intn(len(strs))]
		case k == 1:
			return r.Float64() * 1e6
		case k == 2:
			return r.Intn(2) == 0
		case k == 3:
			return nil
		case k == 4:
			a := make([]any, r.Intn(4))
			for i := range a {
				a[i] = gen(depth + 1)
			}
			return a
		default:
			m := map[string]any{}
			for i := r.Intn(4); i > 0; i-- {
				m[strs[r.Intn(len(strs))]+strings.Repeat("k", i)] = gen(depth + 1)
			}
			return m
		}
	}
	for i := 0; i < 2000; i++ {
		var buf bytes.Buffer
		enc := json.NewEncoder(&buf)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(gen(0)); err != nil {
			t.Fatal(err)
		}
		inputs = append(inputs, bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	}
	for _, in := range inputs {
		for _, depth := range []int{0, 3} {
			var want bytes.Buffer
			if err := json.Indent(&want, in, strings.Repeat("  ", depth), "  "); err != nil {
				t.Fatal(err)
			}
			if got := indentJSON(nil, in, depth); !bytes.Equal(got, want.Bytes()) {
				t.Fatalf("indentJSON(%.200s, %d):\n%.400s\nwant\n%.400s", in, depth, got, want.Bytes())
			}
		}
	}
}
