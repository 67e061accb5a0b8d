package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseCases(t *testing.T) {
	src := `## case one
# config publisher: The Harbor Times
# corpus a.txt
date 2024-01-01
Title

Body A.
# draft
Draft body.
# want
wire/missing-credit | LISBON (AFP)

## case two
# draft
Only a draft.
# want
`
	got, err := parseCases(src)
	if err != nil {
		t.Fatal(err)
	}
	want := []heldoutCase{
		{name: "one", publisher: "The Harbor Times", corpus: []heldoutFile{{"a.txt", "date 2024-01-01\nTitle\n\nBody A.\n"}}, draft: "Draft body.\n", want: []heldoutWant{{"wire/missing-credit", "LISBON (AFP)"}}},
		{name: "two", draft: "Only a draft.\n"},
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(heldoutCase{}, heldoutFile{}, heldoutWant{})); diff != "" {
		t.Errorf("(-want +got)\n%s", diff)
	}
}

func TestParseCasesErrors(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"unknown rule", "## case a\n# draft\nx\n# want\nwire/nope | x\n", "known rule"},
		{"unknown section", "## case a\n# drafts\nx\n", "unknown section"},
		{"no draft", "## case a\n# want\n", "no draft"},
		{"text outside", "## case a\nstray\n", "outside a section"},
		{"before a case", "# draft\nx\n", "before the first case"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := parseCases(tt.src)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want one saying %q", err, tt.want)
			}
		})
	}
}

// TestHeldoutFilesParse keeps the shipped case files well formed.
func TestHeldoutFilesParse(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "heldout", "*.cases"))
	if len(files) < 2 {
		t.Fatalf("only %d case files", len(files))
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cases, err := parseCases(string(src))
		if err != nil || len(cases) < 10 {
			t.Errorf("%s: %d cases, %v", f, len(cases), err)
		}
	}
}
