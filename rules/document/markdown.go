package document

import (
	"bytes"
	"html"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

var mdParser = goldmark.New().Parser()

// parseMarkdown reads CommonMark with goldmark: YAML front matter gives the
// metadata and is never linted; code blocks are ignored; HTML comments may
// carry attrlint directives. Block text maps back to the exact source bytes.
func parseMarkdown(src []byte) (*Document, error) {
	d := &Document{}
	base := 0
	if body, end := frontMatter(src); end > 0 {
		ok, err := readFrontMatter(body, 0, &d.Meta)
		if err != nil {
			return nil, err
		}
		if ok {
			base = end
		}
	}
	if err := checkMDNesting(src, base); err != nil {
		return nil, err
	}
	// A block per blank-line-separated paragraph, about: sized once (at
	// most 2 bytes per source byte however many blank lines there are).
	d.Blocks = make([]Block, 0, min(bytes.Count(src[base:], []byte("\n\n"))+1, len(src)/32+1))
	m := &mdWalker{src: src, base: base, d: d}
	root := mdParser.Parse(text.NewReader(src[base:]), parser.WithContext(parser.NewContext()))
	m.blocks(root, Paragraph)
	resolveNextBlocks(d)
	return d, nil
}

type mdWalker struct {
	src  []byte // the whole source
	base int    // offset of the Markdown body (after front matter)
	d    *Document
	bb   Builder
	soft int // source offset of a pending soft line break, or -1
}

// blocks walks block nodes; kind is the kind a paragraph inside takes.
func (m *mdWalker) blocks(n ast.Node, kind Kind) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Heading:
			m.block(c, Heading)
		case *ast.Paragraph, *ast.TextBlock:
			if !m.table(c) {
				m.block(c, kind)
			}
		case *ast.Blockquote:
			m.blocks(c, Blockquote)
		case *ast.List:
			m.blocks(c, kind)
		case *ast.ListItem:
			k := ListItem
			if kind == Blockquote {
				k = Blockquote
			}
			m.blocks(c, k)
		case *ast.HTMLBlock:
			m.htmlBlock(c)
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.ThematicBreak:
			// not prose
		default:
			m.blocks(c, kind)
		}
	}
}

// table reports a paragraph that is a GFM pipe table (goldmark here parses
// CommonMark, where a table is a paragraph): its second line is the
// delimiter row ("| --- | :-: |"). A table is not prose.
func (m *mdWalker) table(n ast.Node) bool {
	lines := n.Lines()
	if lines.Len() < 2 {
		return false
	}
	row := m.src[m.base+lines.At(1).Start : m.base+lines.At(1).Stop]
	pipe, dash := false, false
	for _, c := range row {
		switch c {
		case '|':
			pipe = true
		case '-':
			dash = true
		case ':', ' ', '\t', '\r', '\n':
		default:
			return false
		}
	}
	return pipe && dash
}

func (m *mdWalker) htmlBlock(h *ast.HTMLBlock) {
	lines := h.Lines()
	if lines.Len() == 0 {
		return
	}
	from, to := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	if h.HasClosure() {
		to = max(to, h.ClosureLine.Stop)
	}
	m.d.Directives = scanDirectives(m.src, m.base+from, m.base+to, m.d.Directives)
}

func (m *mdWalker) block(n ast.Node, kind Kind) {
	m.bb.Reset()
	m.soft = -1
	m.inlines(n, false)
	if m.bb.Len() == 0 {
		return
	}
	b := m.bb.Block(kind, "")
	if b.Text != "" {
		m.d.Blocks = append(m.d.Blocks, b)
	}
}

func (m *mdWalker) inlines(n ast.Node, code bool) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			m.text(c.Segment.Start+m.base, c.Segment.Stop+m.base, code)
			if c.SoftLineBreak() || c.HardLineBreak() {
				m.soft = c.Segment.Stop + m.base
			}
		case *ast.CodeSpan:
			m.inlines(c, true)
		case *ast.RawHTML:
			for i := 0; i < c.Segments.Len(); i++ {
				s := c.Segments.At(i)
				m.d.Directives = scanDirectives(m.src, m.base+s.Start, m.base+s.Stop, m.d.Directives)
				if tag := m.src[m.base+s.Start : m.base+s.Stop]; isBrTag(tag) && m.bb.Len() > 0 && m.bb.LastByte() != ' ' {
					m.bb.Decoded(" ", m.base+s.Start, len(tag)) // <br> reads as a space
				}
			}
		case *ast.Image, *ast.AutoLink:
			// an image's alt text and a bare URL are not prose
		default:
			m.inlines(c, code)
		}
	}
}

// text appends src[start:stop], decoding backslash escapes and entities
// (not in code), after a pending soft line break.
func (m *mdWalker) text(start, stop int, code bool) {
	if start >= stop {
		return
	}
	if m.soft >= 0 {
		// The break reads as one space and maps to the white space run
		// after the line (trailing spaces, the newline, indentation).
		e := m.soft
		for e < len(m.src) && e < start && (m.src[e] == ' ' || m.src[e] == '\t') {
			e++
		}
		if e < start && m.src[e] == '\\' {
			e++ // a backslash hard line break
		}
		if e < start && m.src[e] == '\r' {
			e++
		}
		if e < start && m.src[e] == '\n' {
			e++
		}
		for e < start && (m.src[e] == ' ' || m.src[e] == '\t') {
			e++
		}
		if m.bb.Len() > 0 && m.bb.LastByte() != ' ' {
			if e > m.soft {
				m.bb.Decoded(" ", m.soft, e-m.soft)
			} else {
				m.bb.Decoded(" ", m.soft, 0)
			}
		}
		m.soft = -1
	}
	s := m.src
	if m.bb.LastByte() == ' ' {
		for start < stop && (s[start] == ' ' || s[start] == '\t') {
			start++
		}
	}
	if code {
		// Line endings in a code span read as spaces.
		run := start
		for i := start; i < stop; i++ {
			if s[i] == '\n' || s[i] == '\r' {
				m.bb.verbatimBytes(s[run:i], run)
				n := 1
				if s[i] == '\r' && i+1 < stop && s[i+1] == '\n' {
					n = 2
				}
				m.bb.Decoded(" ", i, n)
				i += n - 1
				run = i + 1
			}
		}
		m.bb.verbatimBytes(s[run:stop], run)
		return
	}
	run := start
	for i := start; i < stop; {
		c := s[i]
		if c == '\\' && i+1 < stop && isASCIIPunct(s[i+1]) {
			m.bb.verbatimBytes(s[run:i], run)
			m.bb.Decoded(string(s[i+1]), i, 2)
			i += 2
			run = i
			continue
		}
		if c == '\r' || c == '\f' || c == '\v' {
			// A lone CR (goldmark keeps it in the text) reads as a space.
			m.bb.verbatimBytes(s[run:i], run)
			m.bb.Decoded(" ", i, 1)
			i++
			run = i
			continue
		}
		if c == '&' {
			if n, dec := mdEntity(s[i:stop]); n > 0 {
				m.bb.verbatimBytes(s[run:i], run)
				m.bb.Decoded(dec, i, n)
				i += n
				run = i
				continue
			}
		}
		i++
	}
	m.bb.verbatimBytes(s[run:stop], run)
}

// isBrTag reports an inline <br>, <br/> or <br />.
func isBrTag(tag []byte) bool {
	if len(tag) < 4 || tag[0] != '<' || tag[1]|0x20 != 'b' || tag[2]|0x20 != 'r' {
		return false
	}
	switch tag[3] {
	case '>', '/', ' ', '\t', '\n':
		return true
	}
	return false
}

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// mdEntity reads a CommonMark entity or numeric character reference at the
// start of b: its length and decoded text, or 0.
func mdEntity(b []byte) (int, string) {
	end := -1
	for i := 1; i < len(b) && i < 40; i++ {
		if b[i] == ';' {
			end = i
			break
		}
		if !(b[i] >= 'a' && b[i] <= 'z' || b[i] >= 'A' && b[i] <= 'Z' || b[i] >= '0' && b[i] <= '9' || i == 1 && b[i] == '#' || i == 2 && b[1] == '#' && (b[i] == 'x' || b[i] == 'X')) {
			return 0, ""
		}
	}
	if end < 2 {
		return 0, ""
	}
	cand := string(b[:end+1])
	dec := html.UnescapeString(cand)
	if dec == cand {
		return 0, ""
	}
	if cand[1] != '#' && utf8.RuneCountInString(dec) > 2 {
		return 0, "" // only a prefix was an entity (&ampx;)
	}
	if cand[1] == '#' && end == 2 {
		return 0, ""
	}
	return end + 1, dec
}
