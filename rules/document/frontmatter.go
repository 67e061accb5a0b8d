package document

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
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
func readFrontMatter(body []byte, off int, m *Meta) (ok bool, err error) {
	var v map[string]any
	if err := yaml.Unmarshal(body, &v); err != nil {
		var probe any
		if yaml.Unmarshal(body, &probe) == nil {
			return false, nil // valid YAML, but not a mapping
		}
		return false, &Error{Offset: off, Msg: fmt.Sprintf("front matter is not valid YAML: %v", err)}
	}
	if v == nil {
		return false, nil
	}
	str := func(keys ...string) string {
		for _, k := range keys {
			switch x := v[k].(type) {
			case string:
				if s := strings.TrimSpace(x); s != "" {
					return s
				}
			case time.Time:
				return x.Format("2006-01-02")
			case int, float64, bool:
				return fmt.Sprint(x)
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
	if b, isBool := v["opinion"].(bool); isBool {
		m.Opinion = b
	}
	if strings.EqualFold(m.Section, "opinion") {
		m.Opinion = true
	}
	return true, nil
}
