package document

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHTMLBlocks(t *testing.T) {
	type kb struct {
		Kind Kind
		Text string
	}
	tests := []struct {
		name string
		src  string
		want []kb
	}{
		{"article preferred over page", `<body><div><p>Site blurb that is long enough to be text.</p></div><article><p>Story.</p></article></body>`,
			[]kb{{Paragraph, "Story."}}},
		{"largest of several articles", `<body><article><p>Teaser.</p></article><article><h1>Head</h1><p>The real story, longer.</p></article></body>`,
			[]kb{{Heading, "Head"}, {Paragraph, "The real story, longer."}}},
		{"articleBody", `<body><div class="promo-top"><p>x</p></div><div itemprop="articleBody"><p>Body one.</p><p>Body two.</p></div></body>`,
			[]kb{{Paragraph, "Body one."}, {Paragraph, "Body two."}}},
		{"role main", `<body><div role="main"><p>Main text.</p></div><p>Outside.</p></body>`,
			[]kb{{Paragraph, "Main text."}}},
		{"site header skipped without article", `<body><header><h1>Site</h1></header><p>Body text.</p></body>`,
			[]kb{{Paragraph, "Body text."}}},
		{"article header keeps headline and byline only", `<article><header><h1>Head</h1><span class="kicker">Kicker</span><div class="byline">By Ann Lee</div></header><p>Text.</p></article>`,
			[]kb{{Heading, "Head"}, {Byline, "By Ann Lee"}, {Paragraph, "Text."}}},
		{"noise by class and id", `<article><p>Keep.</p><div class="related-links"><p>no</p></div><div id="comments"><p>no</p></div><div class="ad-slot"><p>no</p></div><div class="advertisement"><p>no</p></div><ul class="social-share"><li>no</li></ul><div class="newsletter-signup"><p>no</p></div><div class="more-stories"><p>no</p></div><div class="sidebar"><p>no</p></div></article>`,
			[]kb{{Paragraph, "Keep."}}},
		{"noise words are whole parts", `<article><div class="headline-block"><p>Keep head.</p></div><div class="shadow-reader"><p>Keep shadow.</p></div><div class="commentary"><p>Keep commentary.</p></div><div class="body ad-free"><p>Keep ad-free.</p></div><div class="js-ad-loader"><p>Keep loader.</p></div><div class="ads"><p>no</p></div></article>`,
			[]kb{{Paragraph, "Keep head."}, {Paragraph, "Keep shadow."}, {Paragraph, "Keep commentary."}, {Paragraph, "Keep ad-free."}, {Paragraph, "Keep loader."}}},
		{"furniture tags", `<article><nav>n</nav><aside>a</aside><footer>f</footer><form>q</form><script>s()</script><style>p{}</style><noscript>ns</noscript><template>t</template><svg><text>s</text></svg><iframe>i</iframe><p>Only.</p></article>`,
			[]kb{{Paragraph, "Only."}}},
		{"hidden", `<article><p hidden>no</p><p aria-hidden="true">no</p><p style="display: none">no</p><p>Yes.</p></article>`,
			[]kb{{Paragraph, "Yes."}}},
		{"kinds", `<article><h2>Sub</h2><ul><li>Item <b>one</b></li></ul><blockquote>Bare quote<p>Para quote</p></blockquote><figure><figcaption>Cap</figcaption></figure></article>`,
			[]kb{{Heading, "Sub"}, {ListItem, "Item one"}, {Blockquote, "Bare quote"}, {Blockquote, "Para quote"}, {Caption, "Cap"}}},
		{"bare text in divs", `<article><div>Before <p>Inner.</p> after</div></article>`,
			[]kb{{Paragraph, "Before"}, {Paragraph, "Inner."}, {Paragraph, "after"}}},
		{"br is a space", `<article><p>One<br>two<br/>three</p></article>`,
			[]kb{{Paragraph, "One two three"}}},
		{"entities and white space", "<article><p>  A&amp;B &#8217;s\n\t&nbsp;x &lt;tag&gt; &#x1F600;  </p></article>",
			[]kb{{Paragraph, "A&B ’s \u00a0x <tag> 😀"}}},
		{"inline tags join", `<article><p>un<em>believ</em>able <a href="#">link</a>.</p></article>`,
			[]kb{{Paragraph, "unbelievable link."}}},
		{"densest container", `<body><div class="top"><p>Short.</p></div><div class="story"><p>` + strings.Repeat("Long paragraph text here. ", 6) + `</p><p>` + strings.Repeat("More text. ", 10) + `</p></div></body>`,
			[]kb{{Paragraph, strings.TrimSpace(strings.Repeat("Long paragraph text here. ", 6))}, {Paragraph, strings.TrimSpace(strings.Repeat("More text. ", 10))}}},
		{"no body text", `<html><head><title>x</title></head></html>`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, "t.html", tt.src, HTML)
			checkBounds(t, d)
			checkDecodes(t, d)
			var got []kb
			for _, b := range d.Blocks {
				got = append(got, kb{b.Kind, b.Text})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestHTMLMeta(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want Meta
	}{
		{"meta tags", `<html lang="fr"><head><meta property="og:title" content="OG title"><title>Tag title</title><meta property="article:published_time" content="2021-01-02T03:04:05Z"><meta property="og:site_name" content="Pub"><meta property="og:url" content="https://u.example/a"><meta property="article:section" content="Opinion"></head><body><p>x</p></body></html>`,
			Meta{Title: "OG title", Date: "2021-01-02", Publisher: "Pub", URL: "https://u.example/a", Lang: "fr", Section: "Opinion", Opinion: true}},
		{"title tag and canonical", `<head><title> Tag
 title </title><link rel="canonical" href="https://c.example/"><meta property="og:url" content="https://u.example/"></head><p>x</p>`,
			Meta{Title: "Tag title", URL: "https://c.example/"}},
		{"h1 title, time element", `<body><article><h1>Head line</h1><time datetime="2020-02-29T10:00">Feb</time><p>x</p></article></body>`,
			Meta{Title: "Head line", Date: "2020-02-29"}},
		{"json-ld", `<head><script type="application/ld+json">[{"@type":["NewsArticle","OpinionNewsArticle"],"datePublished":"2019-12-31","publisher":{"name":" LD Pub "},"articleSection":"Views"}]</script></head><p>x</p>`,
			Meta{Date: "2019-12-31", Publisher: "LD Pub", Section: "Views", Opinion: true}},
		{"broken json-ld ignored", `<head><script type="application/ld+json">{"@type":</script></head><p>x</p>`, Meta{}},
		{"bad date ignored", `<head><meta property="article:published_time" content="yesterday"></head><p>x</p>`, Meta{}},
		{"date order: meta first", `<head><meta property="article:published_time" content="2022-05-06"><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2011-01-01"}</script></head><time datetime="2000-01-01"></time><p>x</p>`,
			Meta{Date: "2022-05-06"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, "t.html", tt.src, HTML)
			if diff := cmp.Diff(tt.want, d.Meta); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestHTMLLocator checks locators against the tree a browser builds: the
// parser inserts <head>, <body> and <tbody> the way the live DOM does.
func TestHTMLLocator(t *testing.T) {
	src := `<!doctype html><title>t</title><div><span>x</span><p>First.</p></div><article><section><p>Deep <b>one</b>.</p></section></article>`
	d := mustParse(t, "t.html", src, HTML)
	var got []string
	for _, b := range d.Blocks {
		got = append(got, b.Locator+" "+b.Text)
	}
	if diff := cmp.Diff([]string{"1/1/0/0 Deep one."}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestHTMLDirectives(t *testing.T) {
	src := `<article><!-- attrlint-disable --><p>One.</p><!--attrlint-enable a/b--><p>Two.</p><!-- plain comment --><!-- attrlint-disable-next-line a/b,c/d --><p>Three.</p></article>`
	d := mustParse(t, "t.html", src, HTML)
	at := func(c string) (int, int) { return strings.Index(src, c), len(c) }
	o1, l1 := at("<!-- attrlint-disable -->")
	o2, l2 := at("<!--attrlint-enable a/b-->")
	o3, l3 := at("<!-- attrlint-disable-next-line a/b,c/d -->")
	want := []Directive{
		{Kind: Disable, Offset: o1, Length: l1, NextBlock: 0},
		{Kind: Enable, Rules: []string{"a/b"}, Offset: o2, Length: l2, NextBlock: 1},
		{Kind: DisableNextLine, Rules: []string{"a/b", "c/d"}, Offset: o3, Length: l3, NextBlock: 2},
	}
	if diff := cmp.Diff(want, d.Directives); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, dir := range d.Directives {
		if c := src[dir.Offset : dir.Offset+dir.Length]; !strings.HasPrefix(c, "<!--") || !strings.HasSuffix(c, "-->") {
			t.Errorf("directive span %q is not the comment", c)
		}
	}
}

// TestHTMLHostile: deep nesting and huge inputs neither panic nor take
// more than linear-ish time.
func TestHTMLHostile(t *testing.T) {
	// Deeper than the parser's limit: a clear error at the first tag past it.
	for _, deep := range []string{
		strings.Repeat("<div>", 10000) + "<p>Deep text.</p>" + strings.Repeat("</div>", 10000),
		strings.Repeat("<div>", 600),
	} {
		_, err := Parse("deep.html", []byte(deep), HTML)
		var de *Error
		if !errors.As(err, &de) || de.Offset != 5*512 || !strings.Contains(de.Msg, "nested deeper than 512") {
			t.Errorf("deep: err = %v, want *Error at byte %d", err, 5*512)
		}
	}
	// Within the limit: linted, with a locator as deep as the tree.
	deep := strings.Repeat("<div>", 400) + "<p>Deep text.</p>" + strings.Repeat("</div>", 400)
	d := mustParse(t, "deep.html", deep, HTML)
	if len(d.Blocks) != 1 || d.Blocks[0].Text != "Deep text." {
		t.Fatalf("deep: got %d blocks", len(d.Blocks))
	}
	if n := strings.Count(d.Blocks[0].Locator, "/"); n != 401 {
		t.Errorf("deep locator has %d levels, want 401", n)
	}
	// Inline formatting tags deeper than the limit are reconstructed by the
	// parser up to a bound (the adoption agency), not nested: fine.
	deepInline := "<p>" + strings.Repeat("<b>", 10000) + "inline" + strings.Repeat("</b>", 10000) + "</p>"
	if d, err := Parse("deepinline.html", []byte(deepInline), HTML); err == nil {
		checkBounds(t, d)
	}
	unclosed := strings.Repeat("<p><span>text &amp; <i>", 5000)
	d = mustParse(t, "unclosed.html", unclosed, HTML)
	checkBounds(t, d)
}
