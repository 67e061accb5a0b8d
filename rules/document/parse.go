package document

import (
	"bytes"
	"fmt"
	"path"
	"strings"
	"unicode/utf8"
)

// MaxSize is the largest input the engine accepts (bytes).
const MaxSize = 100 << 20

// FormatOf returns the format a path's extension names, or "" if none.
func FormatOf(name string) Format {
	switch strings.ToLower(path.Ext(name)) {
	case ".txt", ".text":
		return Text
	case ".md", ".markdown":
		return Markdown
	case ".html", ".htm":
		return HTML
	}
	return ""
}

// ParseFormat reads a format name as given on a command line.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(s) {
	case "txt", "text":
		return Text, nil
	case "md", "markdown":
		return Markdown, nil
	case "html", "htm":
		return HTML, nil
	}
	return "", fmt.Errorf("unknown format %q (want txt, md or html)", s)
}

// Check refuses input that is not text: empty, binary or invalid UTF-8.
func Check(src []byte) error {
	if len(bytes.TrimSpace(src)) == 0 {
		return &Error{Offset: -1, Msg: "empty file: nothing to lint"}
	}
	if len(src) > MaxSize {
		return &Error{Offset: -1, Msg: fmt.Sprintf("input is %d bytes, above the %d-byte limit", len(src), MaxSize)}
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		return &Error{Offset: i, Msg: "binary data (NUL byte): not a text file"}
	}
	if !utf8.Valid(src) {
		for i := 0; i < len(src); {
			r, n := utf8.DecodeRune(src[i:])
			if r == utf8.RuneError && n <= 1 {
				return &Error{Offset: i, Msg: fmt.Sprintf("invalid UTF-8 (byte 0x%02x)", src[i])}
			}
			i += n
		}
	}
	return nil
}

// Parse decodes src in the given format into a Document.
func Parse(name string, src []byte, f Format) (*Document, error) {
	if err := Check(src); err != nil {
		return nil, err
	}
	var d *Document
	var err error
	switch f {
	case Text:
		d, err = parseText(src)
	case Markdown:
		d, err = parseMarkdown(src)
	case HTML:
		d, err = parseHTML(src)
	default:
		return nil, &Error{Offset: -1, Msg: fmt.Sprintf("unknown format %q", f)}
	}
	if err != nil {
		return nil, err
	}
	d.Path, d.Format, d.Source = name, f, src
	classify(d)
	return d, nil
}
