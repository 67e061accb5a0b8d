package document

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/attrlint/attrlint/internal/jsonread"
)

// pageScan is what one walk of the whole tree collects for choosing the
// article region and reading the page's metadata.
type pageScan struct {
	metas     map[string]string // meta property, name or itemprop -> content (first wins)
	canonical string
	title     string
	h1        *html.Node
	lang      string
	ld        []string
	timePub   string       // <time itemprop=datePublished datetime>
	times     []*html.Node // <time datetime>
	articles  []*html.Node
	bodies    []*html.Node // [itemprop=articleBody]
	mains     []*html.Node
	roleMains []*html.Node
	ps        []*html.Node
	body      *html.Node
}

func scanPage(root *html.Node) *pageScan {
	s := &pageScan{metas: map[string]string{}}
	stack := []*html.Node{root}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			if c.Type == html.ElementNode {
				stack = append(stack, c)
			}
		}
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Html:
			if s.lang == "" {
				s.lang = strings.TrimSpace(attr(n, "lang"))
			}
		case atom.Body:
			if s.body == nil {
				s.body = n
			}
		case atom.Meta:
			content := strings.TrimSpace(attr(n, "content"))
			if content == "" {
				break
			}
			for _, k := range []string{"property", "name", "itemprop"} {
				if key := strings.ToLower(strings.TrimSpace(attr(n, k))); key != "" {
					if _, seen := s.metas[key]; !seen {
						s.metas[key] = content
					}
				}
			}
		case atom.Link:
			if s.canonical == "" && strings.EqualFold(attr(n, "rel"), "canonical") {
				s.canonical = strings.TrimSpace(attr(n, "href"))
			}
		case atom.Title:
			if s.title == "" && n.Parent != nil && n.Parent.DataAtom == atom.Head {
				s.title = collapse(nodeText(n))
			}
		case atom.H1:
			if s.h1 == nil {
				s.h1 = n
			}
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") {
				s.ld = append(s.ld, nodeText(n))
			}
		case atom.Time:
			if dt := attr(n, "datetime"); dt != "" {
				s.times = append(s.times, n)
				if s.timePub == "" && attr(n, "itemprop") == "datePublished" {
					s.timePub = dt
				}
			}
		case atom.Article:
			s.articles = append(s.articles, n)
		case atom.Main:
			s.mains = append(s.mains, n)
		case atom.P:
			s.ps = append(s.ps, n)
		}
		if attr(n, "itemprop") == "articleBody" {
			s.bodies = append(s.bodies, n)
		}
		if attr(n, "role") == "main" {
			s.roleMains = append(s.roleMains, n)
		}
	}
	return s
}

// nodeText is all the text under n, in document order.
func nodeText(n *html.Node) string {
	var sb strings.Builder
	stack := []*html.Node{n}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if x.Type == html.TextNode {
			sb.WriteString(x.Data)
			continue
		}
		for c := x.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, c)
		}
	}
	return sb.String()
}

// textLen is how much visible-looking text n holds.
func textLen(n *html.Node) int {
	l := 0
	stack := []*html.Node{n}
	for len(stack) > 0 {
		x := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		switch {
		case x.Type == html.TextNode:
			l += len(strings.TrimSpace(x.Data))
		case x.Type == html.ElementNode && (x.DataAtom == atom.Script || x.DataAtom == atom.Style):
		default:
			for c := x.LastChild; c != nil; c = c.PrevSibling {
				stack = append(stack, c)
			}
		}
	}
	return l
}

// articleRegion picks the element holding the story: the biggest
// <article>, [itemprop=articleBody], <main> or [role=main], in that order
// of preference; else the parent of the most paragraph text; else <body>.
// articleLike reports one of the first four.
func (s *pageScan) articleRegion() (region *html.Node, articleLike bool) {
	for _, group := range [][]*html.Node{s.articles, s.bodies, s.mains, s.roleMains} {
		var best *html.Node
		bestLen := 0
		for _, n := range group {
			if noise(n) {
				continue
			}
			if l := textLen(n); l > bestLen {
				best, bestLen = n, l
			}
		}
		if best != nil {
			return best, true
		}
	}
	score := map[*html.Node]int{}
	var best *html.Node
	for _, p := range s.ps {
		if p.Parent == nil {
			continue
		}
		score[p.Parent] += textLen(p)
		if best == nil || score[p.Parent] > score[best] {
			best = p.Parent
		}
	}
	if best != nil && score[best] >= 200 {
		return best, false
	}
	return s.body, false
}

// meta reads what a page says about itself: meta tags, JSON-LD, the
// canonical link, <html lang>, and as a last resort the page's own text.
func (s *pageScan) meta(region *html.Node) Meta {
	var m Meta
	metaContent := func(keys ...string) string {
		for _, k := range keys {
			if v := s.metas[strings.ToLower(k)]; v != "" {
				return v
			}
		}
		return ""
	}
	var ld ldFacts
	for _, text := range s.ld {
		if v, err := jsonread.Decode([]byte(text)); err == nil {
			ld.visit(v, 0)
		}
	}

	m.Title = metaContent("og:title", "twitter:title")
	if m.Title == "" {
		m.Title = s.title
	}
	if m.Title == "" && s.h1 != nil {
		m.Title = collapse(nodeText(s.h1))
	}

	m.Date = normDate(metaContent("article:published_time", "datePublished", "date", "pubdate"))
	if m.Date == "" {
		m.Date = normDate(ld.date)
	}
	if m.Date == "" {
		m.Date = normDate(s.timePub)
	}
	if m.Date == "" {
		// A <time> in the article first, then anywhere.
		for _, inRegion := range []bool{true, false} {
			for _, t := range s.times {
				if inRegion && !contains(region, t) {
					continue
				}
				if m.Date = normDate(attr(t, "datetime")); m.Date != "" {
					break
				}
			}
			if m.Date != "" {
				break
			}
		}
	}

	m.Publisher = metaContent("og:site_name", "application-name")
	if m.Publisher == "" {
		m.Publisher = ld.publisher
	}
	m.URL = s.canonical
	if m.URL == "" {
		m.URL = metaContent("og:url")
	}
	m.Lang = s.lang
	m.Section = metaContent("article:section")
	if m.Section == "" {
		m.Section = ld.section
	}
	m.Opinion = ld.opinion || strings.EqualFold(m.Section, "opinion")
	return m
}

func contains(anc, n *html.Node) bool {
	if anc == nil {
		return false
	}
	for x := n; x != nil; x = x.Parent {
		if x == anc {
			return true
		}
	}
	return false
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

type ldFacts struct {
	date, publisher, section string
	opinion                  bool
}

func (f *ldFacts) visit(v any, depth int) {
	if depth > 12 {
		return
	}
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			f.visit(e, depth+1)
		}
	case map[string]any:
		isArticle := false
		for _, t := range ldTypes(x["@type"]) {
			if strings.HasSuffix(t, "Article") || t == "Report" || t == "BlogPosting" {
				isArticle = true
			}
			if t == "OpinionNewsArticle" {
				f.opinion = true
			}
		}
		if isArticle {
			if s, ok := x["datePublished"].(string); ok && f.date == "" {
				f.date = s
			}
			if s, ok := x["articleSection"].(string); ok && f.section == "" {
				f.section = s
			}
			if p, ok := x["publisher"].(map[string]any); ok && f.publisher == "" {
				if s, ok := p["name"].(string); ok {
					f.publisher = strings.TrimSpace(s)
				}
			}
		}
		if g, ok := x["@graph"]; ok {
			f.visit(g, depth+1)
		}
		if me, ok := x["mainEntity"]; ok {
			f.visit(me, depth+1)
		}
	}
}

func ldTypes(v any) []string {
	switch x := v.(type) {
	case string:
		return []string{x}
	case []any:
		var out []string
		for _, e := range x {
			if s, ok := e.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}
