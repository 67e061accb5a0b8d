// Package position turns byte offsets into the positions each edge wants:
// 1-based line and column in code points (text, JSON, GitHub), columns in
// UTF-16 code units (SARIF), and UTF-16 offsets (JavaScript).
package position

import (
	"sort"
	"unicode/utf8"
)

// Index answers position questions about one source.
type Index struct {
	src   []byte
	lines []int // byte offset of each line start
}

// New indexes src.
func New(src []byte) *Index {
	lines := []int{0}
	for i, c := range src {
		if c == '\n' {
			lines = append(lines, i+1)
		}
	}
	return &Index{src: src, lines: lines}
}

// Pos is a 1-based line and column.
type Pos struct{ Line, Column int }

// LineCol returns the line and the column in code points of byte offset off.
func (x *Index) LineCol(off int) Pos {
	l, start := x.line(off)
	return Pos{l + 1, utf8.RuneCount(x.src[start:off]) + 1}
}

// LineColUTF16 returns the line and the column in UTF-16 code units.
func (x *Index) LineColUTF16(off int) Pos {
	l, start := x.line(off)
	return Pos{l + 1, UTF16Len(x.src[start:off]) + 1}
}

// Line returns the 1-based line of off.
func (x *Index) Line(off int) int { l, _ := x.line(off); return l + 1 }

// LineText returns the text of the 1-based line n without its newline.
func (x *Index) LineText(n int) string {
	if n < 1 || n > len(x.lines) {
		return ""
	}
	start, end := x.lines[n-1], len(x.src)
	if n < len(x.lines) {
		end = x.lines[n] - 1
	}
	if end > start && x.src[end-1] == '\r' {
		end--
	}
	return string(x.src[start:end])
}

func (x *Index) line(off int) (int, int) {
	off = min(max(off, 0), len(x.src))
	l := sort.SearchInts(x.lines, off+1) - 1
	return l, x.lines[l]
}

// UTF16Len counts the UTF-16 code units of b.
func UTF16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
	}
	return n
}

// UTF16Offsets maps sorted byte offsets to UTF-16 offsets in one pass.
type UTF16Offsets struct {
	src       []byte
	lastByte  int
	lastUnits int
}

// NewUTF16 starts a converter over src.
func NewUTF16(src []byte) *UTF16Offsets { return &UTF16Offsets{src: src} }

// At returns the UTF-16 offset of byte offset off. Calls are fastest with
// non-decreasing offsets; a smaller offset restarts from the beginning.
func (u *UTF16Offsets) At(off int) int {
	off = min(max(off, 0), len(u.src))
	if off < u.lastByte {
		u.lastByte, u.lastUnits = 0, 0
	}
	u.lastUnits += UTF16Len(u.src[u.lastByte:off])
	u.lastByte = off
	return u.lastUnits
}
