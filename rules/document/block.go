package document

import (
	"sort"
	"strings"

	"github.com/attrlint/attrlint/rules/slab"
)

// Block is a unit of text as a reader sees it (entities decoded, markup
// removed, soft line breaks as spaces), with a map back to source bytes.
type Block struct {
	Kind Kind
	Text string
	// Locator lets a host find the block again: for HTML, the child-index
	// path of its element from <html> ("0/1/3/2"); empty for other formats.
	Locator string
	segs    []seg
}

// seg maps text[T:T+TL] to source[S:S+SL]. When TL == SL the bytes map one
// to one (verbatim); otherwise the text run is a decoded form of the source
// run (an entity, a soft break) and maps to the whole source run.
type seg struct{ T, TL, S, SL int32 }

func (s seg) verbatim() bool { return s.TL == s.SL }

// Span maps the text range [start, end) to a source byte span.
func (b *Block) Span(start, end int) (offset, length int) {
	s := b.SourceOffset(start, false)
	e := b.SourceOffset(end, true)
	if e < s {
		e = s
	}
	return s, e - s
}

// SourceOffset maps a text offset to a source byte offset. An offset inside
// a decoded run maps to the start of its source run, or to its end when
// isEnd is set, so a span never cuts an entity in half.
func (b *Block) SourceOffset(t int, isEnd bool) int {
	if len(b.segs) == 0 {
		return 0
	}
	i := sort.Search(len(b.segs), func(i int) bool { return int(b.segs[i].T) > t }) - 1
	if i < 0 {
		return int(b.segs[0].S)
	}
	sg := b.segs[i]
	off := t - int(sg.T)
	if isEnd && off == 0 && i > 0 {
		// The end of a range belongs to the segment before it.
		sg = b.segs[i-1]
		off = t - int(sg.T)
	}
	switch {
	case off >= int(sg.TL):
		return int(sg.S + sg.SL)
	case sg.verbatim():
		return int(sg.S) + off
	case isEnd && off > 0:
		return int(sg.S + sg.SL)
	default:
		return int(sg.S)
	}
}

// Builder accumulates the text of a block and its source map.
type Builder struct {
	text []byte
	segs []seg
	// spare is storage for the maps of finished blocks: a builder reused
	// with Reset hands out slices of it rather than one allocation each.
	spare slab.Slab[seg]
	// texts holds the texts of finished blocks, likewise: a
	// strings.Builder only appends, so a text taken from it stays valid
	// and unchanged while later texts are written after it.
	texts strings.Builder
}

// textChunk is the size of a chunk of block texts.
const textChunk = 32 << 10

// keepText copies b into texts and returns it as a string.
func (bb *Builder) keepText(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	if len(b) > textChunk/4 {
		return string(b) // a long block has its own
	}
	if bb.texts.Cap()-bb.texts.Len() < len(b) {
		bb.texts = strings.Builder{}
		bb.texts.Grow(textChunk)
	}
	start := bb.texts.Len()
	bb.texts.Write(b)
	return bb.texts.String()[start:]
}

// Reset empties the builder for the next block, keeping its buffers.
func (bb *Builder) Reset() {
	bb.text = bb.text[:0]
	bb.segs = bb.segs[:0]
}

// Verbatim appends text that stands unchanged at source offset src.
func (bb *Builder) Verbatim(text string, src int) { appendVerbatim(bb, text, src) }

// verbatimBytes is Verbatim for a byte slice, without a string copy.
func (bb *Builder) verbatimBytes(text []byte, src int) { appendVerbatim(bb, text, src) }

func appendVerbatim[T string | []byte](bb *Builder, text T, src int) {
	if len(text) == 0 {
		return
	}
	t := int32(len(bb.text))
	bb.text = append(bb.text, text...)
	n := int32(len(text))
	if k := len(bb.segs) - 1; k >= 0 {
		last := &bb.segs[k]
		if last.verbatim() && last.T+last.TL == t && last.S+last.SL == int32(src) {
			last.TL += n
			last.SL += n
			return
		}
	}
	bb.segs = append(bb.segs, seg{t, n, int32(src), n})
}

// Decoded appends text that is the decoded form of source[src:src+srcLen]:
// an entity, a soft line break, a run of collapsed white space.
func (bb *Builder) Decoded(text string, src, srcLen int) {
	if text == "" {
		return
	}
	if len(text) == srcLen {
		// Same length (a newline read as a space): byte for byte is exact.
		bb.Verbatim(text, src)
		return
	}
	bb.segs = append(bb.segs, seg{int32(len(bb.text)), int32(len(text)), int32(src), int32(srcLen)})
	bb.text = append(bb.text, text...)
}

// Len is the length of the text so far.
func (bb *Builder) Len() int { return len(bb.text) }

// LastByte returns the last text byte, or 0.
func (bb *Builder) LastByte() byte {
	if len(bb.text) == 0 {
		return 0
	}
	return bb.text[len(bb.text)-1]
}

// Block finishes the block, trimming white space at both ends. The block
// keeps nothing of the builder's buffers: Reset may follow.
func (bb *Builder) Block(kind Kind, locator string) Block {
	raw := bb.text
	segs := bb.segs
	// Trim leading and trailing spaces by shifting the map.
	start, end := 0, len(raw)
	for start < end && isSpace(raw[start]) {
		start++
	}
	for end > start && isSpace(raw[end-1]) {
		end--
	}
	text := bb.keepText(raw[start:end])
	if start > 0 || end < len(raw) {
		out := segs[:0] // in place: each segment is written at or before its own index
		for _, s := range segs {
			lo, hi := max(int(s.T), start), min(int(s.T+s.TL), end)
			if lo >= hi {
				continue
			}
			ns := seg{int32(lo - start), int32(hi - lo), s.S, s.SL}
			if s.verbatim() {
				ns.S += int32(lo) - s.T
				ns.SL = ns.TL
			}
			out = append(out, ns)
		}
		segs = out
	}
	return Block{Kind: kind, Text: text, Locator: locator, segs: bb.spare.Copy(segs)}
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
