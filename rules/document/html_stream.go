package document

import (
	"bytes"
	"sort"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var voidElement = map[atom.Atom]bool{
	atom.Area: true, atom.Base: true, atom.Br: true, atom.Col: true, atom.Embed: true, atom.Hr: true,
	atom.Img: true, atom.Input: true, atom.Link: true, atom.Meta: true, atom.Source: true,
	atom.Track: true, atom.Wbr: true,
}

// htmlStream is every text token of an HTML source, decoded as the parser
// decodes it, one after the other, with a map back to the source bytes. The
// parsed tree's text nodes are found in it in document order, which gives
// each of them its source position (the tree itself has none).
type htmlStream struct {
	b        Builder
	comments []Directive
	cursor   int
	brs      []piece // source spans of <br> tags, in order
	tooDeep  int     // offset of the first tag nested past maxHTMLDepth, or -1
}

// maxHTMLDepth is the x/net/html parser's limit on open elements.
const maxHTMLDepth = 512

func tokenizeHTML(src []byte) *htmlStream {
	st := &htmlStream{tooDeep: -1}
	st.b.text = make([]byte, 0, len(src))
	z := html.NewTokenizer(bytes.NewReader(src))
	off, depth := 0, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		switch tt {
		case html.TextToken:
			// Text decodes in place over raw: decode raw ourselves first.
			segs, tlen, n := len(st.b.segs), st.b.Len(), len(raw)
			st.text(raw, off)
			if want := z.Text(); !bytes.Equal(st.b.text[tlen:], want) {
				// Our decoding disagrees with the tokenizer's (raw text
				// elements): the whole token maps to its whole source run.
				st.b.text = append(st.b.text[:tlen], want...)
				st.b.segs = append(st.b.segs[:segs], seg{int32(tlen), int32(len(want)), int32(off), int32(n)})
			}
			off += n
			continue
		case html.StartTagToken:
			name, _ := z.TagName()
			switch a := atom.Lookup(name); {
			case a == atom.Br:
				st.brs = append(st.brs, piece{off, len(raw)})
			case !voidElement[a]:
				if depth++; depth > maxHTMLDepth && st.tooDeep < 0 {
					st.tooDeep = off
				}
			}
		case html.SelfClosingTagToken:
			if name, _ := z.TagName(); atom.Lookup(name) == atom.Br {
				st.brs = append(st.brs, piece{off, len(raw)})
			}
		case html.EndTagToken:
			if name, _ := z.TagName(); atom.Lookup(name) == atom.Br {
				st.brs = append(st.brs, piece{off, len(raw)}) // </br> is a <br>
				break
			}
			depth = max(0, depth-1)
		case html.CommentToken:
			if d, ok := parseDirective(string(raw), off); ok {
				st.comments = append(st.comments, d)
			}
		}
		off += len(raw)
	}
	return st
}

// text appends one text token, raw at source offset off, decoded as the
// tokenizer decodes it: entities and CR LF map to their source runs.
func (st *htmlStream) text(raw []byte, off int) {
	i, run := 0, 0
	for i < len(raw) {
		switch c := raw[i]; c {
		case '&':
			j := i + 1
			for j < len(raw) && raw[j] != '&' && raw[j] != '<' && j-i < 40 {
				j++
			}
			chunk := string(raw[i:j])
			dec := html.UnescapeString(chunk)
			if dec == chunk {
				i++
				continue
			}
			// The entity is the part before the common suffix.
			k := 0
			for k < len(chunk) && k < len(dec) && chunk[len(chunk)-1-k] == dec[len(dec)-1-k] {
				k++
			}
			st.b.verbatimBytes(raw[run:i], off+run)
			st.b.Decoded(dec[:len(dec)-k], off+i, len(chunk)-k)
			i += len(chunk) - k
			run = i
		case '\r':
			st.b.verbatimBytes(raw[run:i], off+run)
			if i+1 < len(raw) && raw[i+1] == '\n' {
				st.b.Decoded("\n", off+i, 2)
				i += 2
			} else {
				st.b.Decoded("\n", off+i, 1)
				i++
			}
			run = i
		default:
			i++
		}
	}
	st.b.verbatimBytes(raw[run:], off+run)
}

// piece is a run of a text node found in the stream.
type piece struct{ p, n int }

// find appends to out the pieces of a text node's data in the stream at or shortly after the
// cursor. The parser may merge text the tokenizer split (around an ignored
// end tag, foster-parented table text) or drop some (a newline after
// <pre>), so data is matched piecewise; text that cannot be found is left
// out (nil).
func (st *htmlStream) find(data string, out []piece) []piece {
	t := st.b.text
	if bytes.HasPrefix(t[st.cursor:], []byte(data)) {
		p := st.cursor
		st.cursor += len(data)
		return append(out, piece{p, len(data)})
	}
	if strings.TrimSpace(data) == "" {
		return out
	}
	base := len(out)
	rest := data
	for rest != "" && len(out)-base < 64 {
		l := 0
		for st.cursor+l < len(t) && l < len(rest) && t[st.cursor+l] == rest[l] {
			l++
		}
		if l > 0 && (l == len(rest) || len(out) > base || l >= 8) {
			out = append(out, piece{st.cursor, l})
			st.cursor += l
			rest = rest[l:]
			continue
		}
		probe := rest[:min(len(rest), 24)]
		win := t[st.cursor:min(len(t), st.cursor+len(rest)+4096)]
		i := bytes.Index(win, []byte(probe))
		if i <= 0 {
			break
		}
		st.cursor += i
	}
	// Partly found: keep what was, as a reader may miss the rest.
	return out
}

// emit appends stream text [p, p+n) to bb, collapsing white space runs
// into one space as a browser renders them.
func (st *htmlStream) emit(bb *Builder, p, n int) {
	segs := st.b.segs
	i := sort.Search(len(segs), func(i int) bool { return int(segs[i].T) > p }) - 1
	if i < 0 {
		i = 0
	}
	end := p + n
	for ; i < len(segs) && int(segs[i].T) < end; i++ {
		s := segs[i]
		lo, hi := max(p, int(s.T)), min(end, int(s.T+s.TL))
		if lo >= hi {
			continue
		}
		txt := st.b.text[lo:hi]
		if !s.verbatim() {
			if isHTMLSpaceBytes(txt) {
				if bb.Len() > 0 && bb.LastByte() != ' ' {
					bb.Decoded(" ", int(s.S), int(s.SL))
				}
			} else {
				bb.Decoded(string(txt), int(s.S), int(s.SL))
			}
			continue
		}
		emitCollapsed(bb, txt, int(s.S)+lo-int(s.T))
	}
}

// emitCollapsed appends verbatim text at source offset src, each white
// space run read as one space (none after a space or at the start). Runs
// of words with single spaces between them go in as one piece.
func emitCollapsed(bb *Builder, txt []byte, src int) {
	chunk := 0
	for a := 0; a < len(txt); {
		if !isHTMLSpace(txt[a]) {
			a++
			continue
		}
		b := a + 1
		for b < len(txt) && isHTMLSpace(txt[b]) {
			b++
		}
		afterSpace := a == chunk && (bb.Len() == 0 || bb.LastByte() == ' ')
		if b-a == 1 && txt[a] == ' ' && !afterSpace {
			a = b // a single space stays in the chunk
			continue
		}
		bb.verbatimBytes(txt[chunk:a], src+chunk)
		if bb.Len() > 0 && bb.LastByte() != ' ' {
			bb.Decoded(" ", src+a, b-a)
		}
		chunk, a = b, b
	}
	bb.verbatimBytes(txt[chunk:], src+chunk)
}

func isHTMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

func isHTMLSpaceBytes(b []byte) bool {
	for _, c := range b {
		if !isHTMLSpace(c) {
			return false
		}
	}
	return true
}

func isHTMLSpaceString(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isHTMLSpace(s[i]) {
			return false
		}
	}
	return true
}
