// Package corpus holds a reference corpus: the newsroom's earlier articles,
// their figures and passage fingerprints, in a flat, pointer-free index that
// serialises to bytes (no file system: the same bytes load in WASM).
package corpus

import "errors"

// Index is a loaded reference corpus. (Skeleton: filled in by the corpus work.)
type Index struct{}

// New returns an empty index.
func New() *Index { return &Index{} }

// Load decodes index bytes written by Encode.
func Load(b []byte) (*Index, error) { return nil, errors.New("corpus index: not implemented") }

// Encode writes the index as bytes.
func (x *Index) Encode() []byte { return nil }

// Len is the number of documents.
func (x *Index) Len() int { return 0 }
