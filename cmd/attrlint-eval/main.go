// Command attrlint-eval measures the engine against annotated data: it
// runs a list of evaluations and fails when one fails. `make eval` runs it.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
)

// evaluation is one measurement. run returns an error when the evaluation
// could not score anything although its data is there; it prints its own
// numbers.
type evaluation struct {
	name string
	run  func(root string) error
}

// evaluations lists what `make eval` runs, in order; other files append.
var evaluations []evaluation

func main() {
	root := flag.String("root", ".", "project root (the data is looked up at ROOT/../shared/data)")
	show := flag.String("show", "", "print the attributions and findings of one text file and exit")
	flag.Parse()
	if *show != "" {
		if err := showFile(*show); err != nil {
			fmt.Fprintln(os.Stderr, "attrlint-eval:", err)
			os.Exit(2)
		}
		return
	}
	abs, err := filepath.Abs(*root)
	if err != nil {
		fmt.Fprintln(os.Stderr, "attrlint-eval:", err)
		os.Exit(2)
	}
	failed := false
	for _, e := range evaluations {
		fmt.Printf("== %s\n", e.name)
		if err := e.run(abs); err != nil {
			fmt.Fprintf(os.Stderr, "attrlint-eval: %s: %v\n", e.name, err)
			failed = true
		}
	}
	if failed {
		os.Exit(1)
	}
}
