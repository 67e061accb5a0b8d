package attribution

import (
	"testing"
	"unsafe"
)

// TestWordSize holds the word to the size its comment gives: a document
// keeps one per token, so a field added in a padded place costs a tenth
// of the memory of a large lint.
func TestWordSize(t *testing.T) {
	if got := unsafe.Sizeof(word{}); got != 48 {
		t.Errorf("unsafe.Sizeof(word{}) = %d, want 48: order the fields widest first", got)
	}
}
