package document

import (
	"encoding/json"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// htmlMeta reads what a page says about itself: meta tags, JSON-LD, the
// canonical link, <html lang>, and as a last resort the page's own text.
func htmlMeta(gq *goquery.Document, region *html.Node) Meta {
	var m Meta
	metaContent := func(keys ...string) string {
		for _, k := range keys {
			for _, sel := range []string{`meta[property="` + k + `"]`, `meta[name="` + k + `"]`, `meta[itemprop="` + k + `"]`} {
				if v, ok := gq.Find(sel).First().Attr("content"); ok && strings.TrimSpace(v) != "" {
					return strings.TrimSpace(v)
				}
			}
		}
		return ""
	}
	ld := jsonLD(gq)

	m.Title = metaContent("og:title", "twitter:title")
	if m.Title == "" {
		m.Title = collapse(gq.Find("head title").First().Text())
	}
	if m.Title == "" {
		m.Title = collapse(gq.Find("h1").First().Text())
	}

	m.Date = normDate(metaContent("article:published_time", "datePublished", "date", "pubdate"))
	if m.Date == "" {
		m.Date = normDate(ld.date)
	}
	if m.Date == "" {
		var scope *goquery.Selection
		if region != nil {
			scope = goquery.NewDocumentFromNode(region).Selection
		} else {
			scope = gq.Selection
		}
		for _, s := range []*goquery.Selection{gq.Find(`time[itemprop="datePublished"]`), scope.Find("time[datetime]"), gq.Find("time[datetime]")} {
			if v, ok := s.First().Attr("datetime"); ok {
				if m.Date = normDate(v); m.Date != "" {
					break
				}
			}
		}
	}

	m.Publisher = metaContent("og:site_name", "application-name")
	if m.Publisher == "" {
		m.Publisher = ld.publisher
	}
	if v, ok := gq.Find(`link[rel="canonical"]`).First().Attr("href"); ok && strings.TrimSpace(v) != "" {
		m.URL = strings.TrimSpace(v)
	} else {
		m.URL = metaContent("og:url")
	}
	if v, ok := gq.Find("html").First().Attr("lang"); ok {
		m.Lang = strings.TrimSpace(v)
	}
	m.Section = metaContent("article:section")
	if m.Section == "" {
		m.Section = ld.section
	}
	m.Opinion = ld.opinion || strings.EqualFold(m.Section, "opinion")
	return m
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

type ldFacts struct {
	date, publisher, section string
	opinion                  bool
}

// jsonLD reads the first article facts found in JSON-LD scripts.
func jsonLD(gq *goquery.Document) ldFacts {
	var f ldFacts
	gq.Find(`script[type="application/ld+json"]`).Each(func(_ int, s *goquery.Selection) {
		var v any
		if json.Unmarshal([]byte(s.Text()), &v) != nil {
			return
		}
		f.visit(v, 0)
	})
	return f
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
