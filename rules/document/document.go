// Package document holds the document model every rule reads: the original
// bytes of a news text and the text blocks a reader sees, each able to map a
// text offset back to the exact bytes of the source.
package document

import "fmt"

// Format is the input format of a document.
type Format string

const (
	Text     Format = "txt"
	Markdown Format = "md"
	HTML     Format = "html"
)

// Kind is the role of a text block in a news story.
type Kind uint8

const (
	Paragraph Kind = iota
	Heading
	ListItem
	Blockquote
	Caption
	Credit
	Dateline
	Byline
)

var kindNames = [...]string{"paragraph", "heading", "list-item", "blockquote", "caption", "credit", "dateline", "byline"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "unknown"
}

// MarshalText makes a Kind print as its name in JSON.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText reads a Kind from its name.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("unknown block kind %q", b)
}

// Meta is what a document says about itself: front matter, meta tags, a
// leading date token.
type Meta struct {
	Title     string `json:"title,omitempty"`
	Date      string `json:"date,omitempty"` // YYYY-MM-DD, or empty when unknown
	Publisher string `json:"publisher,omitempty"`
	URL       string `json:"url,omitempty"`
	Lang      string `json:"lang,omitempty"`
	Section   string `json:"section,omitempty"`
	Opinion   bool   `json:"opinion,omitempty"`
}

// Document is one input: its original bytes and its text blocks.
type Document struct {
	Path       string
	Format     Format
	Source     []byte
	Meta       Meta
	Blocks     []Block
	Directives []Directive
}

// Span returns the source byte span of text[start:end] of block b.
func (d *Document) Span(b, start, end int) (offset, length int) {
	return d.Blocks[b].Span(start, end)
}
