package wordtable

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWords(t *testing.T) {
	tests := []struct {
		in   string
		want map[string]bool
	}{
		{"", map[string]bool{}},
		{"said", map[string]bool{"said": true}},
		{"said told\n\twarned  said", map[string]bool{"said": true, "told": true, "warned": true}},
		{"can't won't", map[string]bool{"can't": true, "won't": true}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Words(tt.in)); diff != "" {
			t.Errorf("Words(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}
