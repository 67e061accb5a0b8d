package linter

import (
	"errors"
	"io"

	"github.com/attrlint/attrlint/rules/corpus"
)

// LoadCorpus reads a reference corpus from a directory of articles or an
// index file written by `attrlint corpus build`. (Skeleton.)
func LoadCorpus(path string) (*corpus.Index, error) {
	return nil, errors.New("reference corpus: not implemented yet")
}

// BuildCorpus indexes the articles under dir and writes the index to out.
// progress receives human-readable progress (a terminal) or nil. (Skeleton.)
func BuildCorpus(dir, out string, progress io.Writer) error {
	return errors.New("corpus build: not implemented yet")
}
