package document

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files")

type golden struct {
	Meta       Meta        `json:"meta"`
	Blocks     []gotBlock  `json:"blocks"`
	Directives []Directive `json:"directives"`
}

// TestGolden decodes every fixture under testdata/{txt,md,html} and compares
// blocks (kind, text, locator and the source bytes they map to), metadata and
// directives with its .golden.json file; it also checks the source map of
// every block.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*/*")
	n := 0
	for _, path := range files {
		f := FormatOf(path)
		if f == "" || strings.HasSuffix(path, ".golden.json") {
			continue
		}
		n++
		t.Run(path, func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(path, src, f)
			if err != nil {
				t.Fatal(err)
			}
			checkBounds(t, d)
			checkDecodes(t, d)
			got := golden{Meta: d.Meta, Blocks: blocksOf(d), Directives: d.Directives}
			gpath := path + ".golden.json"
			if *update {
				b, _ := json.MarshalIndent(got, "", "  ")
				if err := os.WriteFile(gpath, append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			b, err := os.ReadFile(gpath)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			var want golden
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s (-want +got):\n%s", path, diff)
			}
		})
	}
	if n < 5 {
		t.Fatalf("only %d fixtures found", n)
	}
}
