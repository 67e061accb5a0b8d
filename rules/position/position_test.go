package position

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPositions(t *testing.T) {
	src := []byte("ab\n“é” 😀x\r\nz")
	x := New(src)
	tests := []struct {
		off          int
		want, want16 Pos
		utf16        int
	}{
		{0, Pos{1, 1}, Pos{1, 1}, 0},
		{3, Pos{2, 1}, Pos{2, 1}, 3},
		{6, Pos{2, 2}, Pos{2, 2}, 4},         // after “
		{12, Pos{2, 5}, Pos{2, 5}, 7},        // at 😀
		{16, Pos{2, 6}, Pos{2, 7}, 9},        // after 😀
		{len(src), Pos{3, 2}, Pos{3, 2}, 13}, // end
	}
	for _, tt := range tests {
		got := []any{x.LineCol(tt.off), x.LineColUTF16(tt.off), NewUTF16(src).At(tt.off)}
		want := []any{tt.want, tt.want16, tt.utf16}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("offset %d (-want +got):\n%s", tt.off, diff)
		}
	}
	if got := x.LineText(2); got != "“é” 😀x" {
		t.Errorf("LineText(2) = %q", got)
	}
}
