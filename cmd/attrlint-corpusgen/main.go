// Command attrlint-corpusgen writes a synthetic corpus of made-up news
// articles (about 600 words each, deterministic for a seed) for
// benchmarks: attrlint-corpusgen -n 100000 -seed 1 -o DIR.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/attrlint/attrlint/rules/corpus/synth"
)

func main() {
	n := flag.Int("n", 1000, "number of articles")
	seed := flag.Uint64("seed", 1, "random seed")
	words := flag.Int("words", 600, "words per article")
	out := flag.String("o", "", "output directory (created)")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: attrlint-corpusgen -n N [-seed S] [-words W] -o DIR")
		os.Exit(2)
	}
	g := synth.New(*seed)
	for i := 0; i < *n; i++ {
		name, text := g.Article(i, *words)
		dir := filepath.Join(*out, fmt.Sprintf("%03d", i/1000))
		if err := os.MkdirAll(dir, 0o755); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(2)
		}
	}
	fmt.Fprintf(os.Stderr, "wrote %d articles to %s\n", *n, *out)
}
