package document

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attrlint/attrlint/rules/lazyregexp"
)

var bom = []byte("\ufeff")

var leadingDate = lazyregexp.New(`^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*\r?\n?`)

// parseText reads plain text: paragraphs separated by blank lines, an
// optional leading "date YYYY-MM-DD" token, and a short first line without
// closing punctuation as the headline.
func parseText(src []byte) (*Document, error) {
	d := &Document{}
	pos := 0
	if bytes.HasPrefix(src, bom) {
		pos = len(bom)
	}
	if m := leadingDate.Get().FindSubmatchIndex(src[pos:]); m != nil {
		if date := string(src[pos+m[2] : pos+m[3]]); normDate(date) == date {
			d.Meta.Date = date
			pos += m[1]
		}
	}
	first := true
	var bb, hb Builder // reused from block to block
	for pos < len(src) {
		// Skip blank lines.
		lineEnd := indexFrom(src, pos, '\n')
		if isBlank(src[pos:lineEnd]) {
			pos = next(lineEnd, len(src))
			continue
		}
		// A paragraph runs to the next blank line.
		bb.Reset()
		start := pos
		prevEnd := -1 // source end of the previous line's text
		for pos < len(src) {
			lineEnd = indexFrom(src, pos, '\n')
			line := src[pos:lineEnd]
			if isBlank(line) {
				break
			}
			content := strings.TrimRight(string(line), " \t\r")
			if first && pos == start && isHeadline(content, true) && lineEnd < len(src) && !isBlank(src[next(lineEnd, len(src)):indexFrom(src, next(lineEnd, len(src)), '\n')]) {
				// A headline line directly followed by body text.
				hb.Reset()
				appendLine(&hb, content, pos)
				if b := hb.Block(Heading, ""); b.Text != "" {
					d.Blocks = append(d.Blocks, b)
				}
				pos = next(lineEnd, len(src))
				start = pos
				first = false
				continue
			}
			if bb.Len() > 0 {
				// The line break and the white space around it read as one space.
				lead := len(content) - len(strings.TrimLeft(content, " \t"))
				bb.Decoded(" ", prevEnd, pos+lead-prevEnd)
				appendLine(&bb, content[lead:], pos+lead)
			} else {
				appendLine(&bb, content, pos)
			}
			prevEnd = pos + len(content)
			pos = next(lineEnd, len(src))
		}
		kind := Paragraph
		if first && isHeadline(strings.TrimSpace(string(bb.text)), len(bytes.TrimSpace(src[pos:])) > 0) {
			kind = Heading
		}
		first = false
		if b := bb.Block(kind, ""); b.Text != "" {
			d.Blocks = append(d.Blocks, b)
		}
	}
	return d, nil
}

// appendLine appends a line's text at source offset pos; a stray CR or
// form feed in it reads as a space.
func appendLine(bb *Builder, line string, pos int) {
	run := 0
	for i := 0; i < len(line); i++ {
		if c := line[i]; c == '\r' || c == '\f' || c == '\v' {
			bb.Verbatim(line[run:i], pos+run)
			bb.Decoded(" ", pos+i, 1)
			run = i + 1
		}
	}
	bb.Verbatim(line[run:], pos+run)
}

// isHeadline reports whether a line reads as a headline: short, and not
// closed by sentence punctuation. With more text after it (more), a
// question or an exclamation is a headline too: "Who gains from the
// deposit grant?".
func isHeadline(line string, more bool) bool {
	line = strings.TrimSpace(line)
	if line == "" || len(line) > 160 || len(strings.Fields(line)) > 20 {
		return false
	}
	switch line[len(line)-1] {
	case '!', '?':
		return more
	case '.':
		return more && titleCase(strings.TrimSuffix(line, "."))
	case '"', ':', ';', ',':
		return false
	}
	return !strings.HasSuffix(line, "”") && !strings.HasSuffix(line, "’")
}

// titleCase reports whether a line is written in title case, as a
// headline is and a sentence is not: at least four words, each word of
// four letters or more capitalised ("Visa Program Up for Renewal Amid
// Allegations of Fraud."; some sources end every headline with a full
// stop).
func titleCase(line string) bool {
	f := strings.Fields(line)
	if len(f) < 4 {
		return false
	}
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) >= 4 && unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func indexFrom(b []byte, from int, c byte) int {
	for i := from; i < len(b); i++ {
		if b[i] == c {
			return i
		}
	}
	return len(b)
}

func next(lineEnd, n int) int {
	if lineEnd < n {
		return lineEnd + 1
	}
	return n
}

func isBlank(line []byte) bool {
	for _, c := range line {
		if c != ' ' && c != '\t' && c != '\r' {
			return false
		}
	}
	return true
}
