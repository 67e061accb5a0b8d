// Command attrlint checks news drafts and pages for unattributed claims,
// uncredited wire copy and figures that contradict a reference corpus.
package main

import (
	"os"

	"github.com/attrlint/attrlint/linter"
)

func main() {
	os.Exit(linter.Main(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
