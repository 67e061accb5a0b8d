package document

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"
)

var isoDay = regexp.MustCompile(`^\s*(\d{4}-\d{2}-\d{2})`)

// normDate reads a date as YYYY-MM-DD from an ISO date, a timestamp, or a
// few common written forms; "" when it cannot.
func normDate(s string) string {
	s = strings.TrimSpace(s)
	if m := isoDay.FindStringSubmatch(s); m != nil {
		if _, ok := ParseDay(m[1]); ok {
			return m[1]
		}
		return ""
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, time.ANSIC, "January 2, 2006", "Jan 2, 2006", "2 January 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02")
		}
	}
	return ""
}

// frontMatter finds YAML front matter ("---" line, YAML, "---" or "..."
// line) at the start of src. It returns the end offset of the closing line,
// or 0 when there is none.
func frontMatter(src []byte) (body []byte, end int) {
	if !bytes.HasPrefix(src, []byte("---")) {
		return nil, 0
	}
	first := indexFrom(src, 0, '\n')
	if first == len(src) || strings.TrimRight(string(src[3:first]), " \t\r") != "" {
		return nil, 0
	}
	for pos := first + 1; pos < len(src); {
		lineEnd := indexFrom(src, pos, '\n')
		line := strings.TrimRight(string(src[pos:lineEnd]), " \t\r")
		if line == "---" || line == "..." {
			return src[first+1 : pos], next(lineEnd, len(src))
		}
		pos = next(lineEnd, len(src))
	}
	return nil, 0
}

// readFrontMatter fills m from YAML front matter. ok is false when the
// YAML is not a mapping (then it is not front matter but a thematic break).
// Front matter in drafts is a flat mapping of scalars ("title: ...",
// "date: 2023-05-02"), so this reads that subset of YAML itself: a YAML
// library would cost the WASM module a tenth of its size budget. Nested
// values (indented lines, lists) are skipped; a line that is neither a key
// nor part of one is an error, as are unclosed quotes and brackets.
func readFrontMatter(body []byte, off int, m *Meta) (ok bool, err error) {
	v, mapping, err := flatYAML(string(body))
	if err != nil {
		return false, &Error{Offset: off, Msg: "front matter is not valid YAML: " + err.Error()}
	}
	if !mapping {
		return false, nil
	}
	str := func(keys ...string) string {
		for _, k := range keys {
			if s := strings.TrimSpace(v.val[k]); s != "" {
				return s
			}
		}
		return ""
	}
	m.Title = str("title", "headline")
	m.Date = normDate(str("date", "published", "datePublished", "pubdate"))
	m.Publisher = str("source", "publisher", "site")
	m.URL = str("url", "canonical", "link")
	m.Lang = str("lang", "language")
	m.Section = str("section", "category")
	if o, ok := v.val["opinion"]; ok && !v.quoted["opinion"] {
		m.Opinion = o == "true" || o == "True" || o == "TRUE"
	}
	if strings.EqualFold(m.Section, "opinion") {
		m.Opinion = true
	}
	return true, nil
}

// scalars are a flat YAML mapping's values by key, and which of them
// were quoted (so that "opinion: 'true'" stays a string).
type scalars struct {
	val    map[string]string
	quoted map[string]bool
}

// flatYAML reads the top-level keys of a YAML mapping whose values are
// scalars. mapping is false when the first content line is no key (a
// scalar or a list: valid YAML, but no front matter).
func flatYAML(src string) (v scalars, mapping bool, err error) {
	v = scalars{val: map[string]string{}, quoted: map[string]bool{}}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimRight(line, " \t\r")
		trimmed := strings.TrimLeft(line, " \t")
		if trimmed == "" || trimmed[0] == '#' {
			continue
		}
		if line[0] == ' ' || line[0] == '\t' || strings.HasPrefix(line, "- ") || line == "-" {
			if !mapping {
				return v, false, nil // a list or an indented scalar: not a mapping
			}
			continue // a nested value of the key above
		}
		key, val, found := strings.Cut(line, ":")
		if !found || key == "" || strings.ContainsAny(key, "\"'[]{}#") {
			if !mapping {
				return v, false, nil // "Some text": a scalar document
			}
			return v, false, fmt.Errorf("line %d: %q is not a key", n+1, line)
		}
		if val != "" && val[0] != ' ' && val[0] != '\t' {
			if !mapping {
				return v, false, nil // "http://x": a scalar
			}
			return v, false, fmt.Errorf("line %d: %q is not a key", n+1, line)
		}
		mapping = true
		s, quoted, err := yamlScalar(strings.TrimSpace(val))
		if err != nil {
			return v, false, fmt.Errorf("line %d: %v", n+1, err)
		}
		k := strings.TrimSpace(key)
		v.val[k], v.quoted[k] = s, quoted
	}
	return v, mapping, nil
}

var errUnclosed = errors.New("unclosed quote or bracket")

// yamlScalar reads one value: a quoted string, a flow list or mapping
// (kept as its text), or a plain scalar up to a comment.
func yamlScalar(s string) (val string, quoted bool, err error) {
	if s == "" {
		return "", false, nil
	}
	switch s[0] {
	case '"':
		var b strings.Builder
		for i := 1; i < len(s); i++ {
			switch c := s[i]; c {
			case '\\':
				if i+1 < len(s) {
					i++
					switch s[i] {
					case 'n':
						b.WriteByte('\n')
					case 't':
						b.WriteByte('\t')
					default:
						b.WriteByte(s[i])
					}
				}
			case '"':
				return b.String(), true, nil
			default:
				b.WriteByte(c)
			}
		}
		return "", false, errUnclosed
	case '\'':
		var b strings.Builder
		for i := 1; i < len(s); i++ {
			if s[i] == '\'' {
				if i+1 < len(s) && s[i+1] == '\'' {
					b.WriteByte('\'')
					i++
					continue
				}
				return b.String(), true, nil
			}
			b.WriteByte(s[i])
		}
		return "", false, errUnclosed
	case '[', '{':
		closer := byte(']')
		if s[0] == '{' {
			closer = '}'
		}
		if !strings.HasSuffix(strings.TrimSpace(strings.SplitN(s, " #", 2)[0]), string(closer)) {
			return "", false, errUnclosed
		}
		return "", false, nil // a list or a mapping: no scalar
	}
	if i := strings.Index(s, " #"); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	return s, false, nil
}
