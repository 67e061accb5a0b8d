package abi

import (
	"errors"

	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
	_ "github.com/attrlint/attrlint/rules/figures" // registers the corpus indexer
)

// addDocument adds a parsed document to a corpus index; duplicate reports
// a text the index already holds (not an error for a reader's corpus).
func addDocument(idx *corpus.Index, d *document.Document) (duplicate bool, err error) {
	err = idx.Add(d)
	if errors.Is(err, corpus.ErrDuplicate) {
		return true, nil
	}
	return false, err
}
