package document

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/attrlint/attrlint/rules/wordtable"
)

// parseHTML reads a news page: the article body only (navigation, site
// header and footer, asides, related-story lists, comments, scripts, forms
// and ads are left out), its metadata, and attrlint directive comments.
// Each block's text maps back to the exact source bytes through entities,
// collapsed white space and inline tags; its Locator is the element-child
// index path from <html>.
func parseHTML(src []byte) (*Document, error) {
	st := tokenizeHTML(src)
	root, err := html.Parse(bytes.NewReader(src))
	if err != nil {
		if st.tooDeep >= 0 {
			return nil, &Error{Offset: st.tooDeep, Msg: fmt.Sprintf("HTML nested deeper than %d elements: not linted", maxHTMLDepth)}
		}
		return nil, &Error{Offset: -1, Msg: "cannot parse HTML: " + err.Error()}
	}
	d := &Document{Directives: st.comments}
	pos := locateText(root, st)
	page := scanPage(root)
	region, articleLike := page.articleRegion()
	d.Meta = page.meta(region)
	if region != nil {
		w := &htmlWalker{d: d, st: st, pos: pos, lastEnd: -1}
		w.walk(region, articleLike)
	}
	resolveNextBlocks(d)
	return d, nil
}

// locateText gives every text node of the tree its offset in the stream
// (document order), or leaves it out when it cannot be found.
func locateText(root *html.Node, st *htmlStream) *textPos {
	tp := &textPos{at: map[*html.Node][2]int32{}}
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if n.Type == html.TextNode {
			start := len(tp.pieces)
			if tp.pieces = st.find(n.Data, tp.pieces); len(tp.pieces) > start {
				tp.at[n] = [2]int32{int32(start), int32(len(tp.pieces))}
			}
			continue
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Br && len(st.brs) > 0 {
			// A <br> reads as a space and maps to its tag.
			tp.at[n] = [2]int32{int32(len(tp.pieces)), int32(len(tp.pieces) + 1)}
			tp.pieces = append(tp.pieces, st.brs[0])
			st.brs = st.brs[1:]
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return tp
}

// textPos holds where each text node's pieces are in the stream, and each
// <br>'s tag in the source.
type textPos struct {
	at     map[*html.Node][2]int32 // node -> pieces[a:b]
	pieces []piece
}

func (tp *textPos) of(n *html.Node) []piece {
	r, ok := tp.at[n]
	if !ok {
		return nil
	}
	return tp.pieces[r[0]:r[1]]
}

var skipTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Script: true, atom.Style: true,
	atom.Noscript: true, atom.Template: true, atom.Form: true, atom.Svg: true, atom.Iframe: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Pre: true, atom.Table: true,
	atom.Math: true, atom.Canvas: true, atom.Video: true, atom.Audio: true, atom.Object: true,
	atom.Embed: true, atom.Dialog: true, atom.Menu: true, atom.Head: true, atom.Title: true,
}

// invisible elements are left out without breaking the text around them.
var invisible = map[atom.Atom]bool{atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true}

var noiseWords = wordtable.Words(`related recommend recommended recommendations
	newsletter newsletters promo promos share
	sharing social comment comments ad ads
	advert adverts advertisement sidebar outbrain
	taboola sponsored subscribe paywall breadcrumb
	breadcrumbs`)

// noise reports an element that is page furniture, not the story: by role,
// visibility, or a class or id naming related stories, promos, sharing,
// comments or ads.
func noise(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if a.Val == "true" {
				return true
			}
		case "role":
			switch a.Val {
			case "navigation", "complementary", "banner", "contentinfo", "search", "dialog":
				return true
			}
		case "class", "id":
			v := strings.ToLower(a.Val)
			if strings.Contains(v, "more-stories") || strings.Contains(v, "advert") {
				return true
			}
			for _, tok := range strings.Fields(v) {
				parts := strings.FieldsFunc(tok, func(r rune) bool { return r == '-' || r == '_' })
				for i, part := range parts {
					if (part == "ad" || part == "ads") && (i > 0 || len(parts) > 1 && parts[1] == "free") {
						continue // "js-ad-…", "ad-free": not an ad slot
					}
					if noiseWords[part] {
						return true
					}
				}
			}
		case "style":
			v := strings.ReplaceAll(strings.ToLower(a.Val), " ", "")
			if strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// frame is an element being walked; the parent chain gives the locator.
type frame struct {
	parent  *frame
	node    *html.Node
	idx     int // index among the parent's element children
	kind    Kind
	context bool // the element holds its own blocks
	header  bool // inside an article header: only headings and bylines
	loc     string
}

func (f *frame) locator() string {
	if f == nil || f.node.DataAtom == atom.Html {
		return ""
	}
	if f.loc == "" {
		p := f.parent.locator()
		if p != "" {
			p += "/"
		}
		f.loc = p + strconv.Itoa(f.idx)
	}
	return f.loc
}

type htmlWalker struct {
	d   *Document
	st  *htmlStream
	pos *textPos
	bb  Builder
	ctx []*frame // block-holding elements, innermost last
	// lastEnd is the stream offset after the last text emitted, or -1.
	lastEnd int
}

// chain builds the frames from <html> down to n.
func chain(n *html.Node) *frame {
	var nodes []*html.Node
	for x := n; x != nil && x.Type == html.ElementNode; x = x.Parent {
		nodes = append(nodes, x)
	}
	var f *frame
	for i := len(nodes) - 1; i >= 0; i-- {
		x := nodes[i]
		idx := 0
		for s := x.PrevSibling; s != nil; s = s.PrevSibling {
			if s.Type == html.ElementNode {
				idx++
			}
		}
		f = &frame{parent: f, node: x, idx: idx, kind: Paragraph, context: true}
	}
	return f
}

func headingAtom(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

func (w *htmlWalker) walk(region *html.Node, articleLike bool) {
	top := chain(region)
	if top == nil {
		return
	}
	w.ctx = append(w.ctx, top)
	type item struct {
		n    *html.Node
		f    *frame // the element's parent frame
		idx  int
		exit *frame // non-nil: leaving this element
	}
	var stack []item
	push := func(parent *frame) {
		// Children in reverse so the first is walked first.
		count := 0
		for c := parent.node.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode {
				count++
			}
		}
		idx := count
		for c := parent.node.LastChild; c != nil; c = c.PrevSibling {
			if c.Type == html.ElementNode {
				idx--
			}
			stack = append(stack, item{n: c, f: parent, idx: idx})
		}
	}
	push(top)
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.exit != nil {
			if it.exit.context {
				w.flush()
				w.ctx = w.ctx[:len(w.ctx)-1]
			}
			continue
		}
		n := it.n
		switch n.Type {
		case html.TextNode:
			if it.f.header && !w.inHeaderBlock() {
				continue
			}
			for _, pc := range w.pos.of(n) {
				if w.bb.Len() > 0 && w.lastEnd >= 0 && (pc.p < w.lastEnd || !isHTMLSpaceBytes(w.st.b.text[w.lastEnd:pc.p])) {
					// Text the source does not have next to what precedes
					// (moved by the parser, or after left-out text): the
					// block does not run on across the gap.
					w.flush()
				}
				w.st.emit(&w.bb, pc.p, pc.n)
				w.lastEnd = pc.p + pc.n
			}
			continue
		case html.ElementNode:
		default:
			continue
		}
		if skipTags[n.DataAtom] || noise(n) {
			if !invisible[n.DataAtom] {
				// Text around left-out furniture does not run on across it.
				w.flush()
			}
			continue
		}
		f := &frame{parent: it.f, node: n, idx: it.idx, header: it.f.header}
		if n.DataAtom == atom.Header {
			if !articleLike {
				continue
			}
			f.header = true
		}
		if n.DataAtom == atom.Br {
			if w.bb.Len() > 0 && w.bb.LastByte() != ' ' {
				if br := w.pos.of(n); len(br) == 1 {
					w.bb.Decoded(" ", br[0].p, br[0].n)
				} else {
					w.bb.Decoded(" ", w.lastSrc(), 0)
				}
			}
			continue
		}
		outer := w.ctx[len(w.ctx)-1].kind
		switch {
		case headingAtom(n.DataAtom):
			f.context, f.kind = true, Heading
		case n.DataAtom == atom.Figcaption:
			f.context, f.kind = true, Caption
		case n.DataAtom == atom.Li || n.DataAtom == atom.Dd || n.DataAtom == atom.Dt:
			f.context, f.kind = true, ListItem
			if outer == Blockquote {
				f.kind = Blockquote
			}
		case n.DataAtom == atom.Blockquote:
			f.context, f.kind = true, Blockquote
		case blockAtom(n.DataAtom):
			f.context, f.kind = true, Paragraph
			if outer == Blockquote || outer == ListItem || outer == Caption {
				f.kind = outer
			}
		}
		if f.context {
			w.flush()
			w.ctx = append(w.ctx, f)
			stack = append(stack, item{exit: f})
		}
		push(f)
	}
	w.flush()
}

// inHeaderBlock: inside an article header, text counts only in a heading or
// a byline.
func (w *htmlWalker) inHeaderBlock() bool {
	for i := len(w.ctx) - 1; i >= 0; i-- {
		f := w.ctx[i]
		if !f.header {
			return false
		}
		if f.kind == Heading {
			return true
		}
		c := strings.ToLower(attr(f.node, "class") + " " + attr(f.node, "rel") + " " + attr(f.node, "itemprop"))
		if strings.Contains(c, "byline") || strings.Contains(c, "author") || strings.Contains(c, "dateline") {
			return true
		}
	}
	return false
}

func (w *htmlWalker) lastSrc() int {
	if k := len(w.bb.segs) - 1; k >= 0 {
		return int(w.bb.segs[k].S + w.bb.segs[k].SL)
	}
	return 0
}

func blockAtom(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.Header, atom.Ul, atom.Ol, atom.Dl,
		atom.Figure, atom.Hgroup, atom.Address, atom.Details, atom.Summary, atom.Body, atom.Center, atom.Hr:
		return true
	}
	return false
}

func (w *htmlWalker) flush() {
	if w.bb.Len() == 0 {
		return
	}
	f := w.ctx[len(w.ctx)-1]
	b := w.bb.Block(f.kind, f.locator())
	w.bb.Reset()
	if b.Text != "" {
		w.d.Blocks = append(w.d.Blocks, b)
	}
}
