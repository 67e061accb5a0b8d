package abi

import (
	"bytes"
	"strconv"
	"unicode/utf8"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/document"
)

// The responses are written by hand, byte for byte what encoding/json
// writes for them (without HTML escaping, but for errors; the tests hold
// them to that): encoding/json's reflection took about a twentieth of a
// lint under wazero, and the package about 150 KB of the gzipped module.

// appendLint appends r as JSON. A lint response is most of what the
// module writes.
func appendLint(b []byte, r *LintResponse) []byte {
	b = append(b, `{"abi":`...)
	b = strconv.AppendInt(b, int64(r.ABI), 10)
	b = appendList(append(b, `,"findings":`...), r.Findings, appendFinding)
	b = append(b, `,"meta":`...)
	b = appendMeta(b, &r.Meta)
	return append(b, '}')
}

// appendList writes xs as a JSON array, a nil slice as null.
func appendList[T any](b []byte, xs []T, appendOne func([]byte, *T) []byte) []byte {
	if xs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i := range xs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendOne(b, &xs[i])
	}
	return append(b, ']')
}

func appendCorpus(b []byte, r *CorpusResponse) []byte {
	b = appendInt(b, `{"abi":`, r.ABI)
	b = appendInt(b, `,"documents":`, r.Documents)
	if r.Duplicate {
		b = append(b, `,"duplicate":true`...)
	}
	return append(b, '}')
}

func appendRules(b []byte, r *RulesResponse) []byte {
	b = appendInt(b, `{"abi":`, r.ABI)
	b = appendList(append(b, `,"rules":`...), r.Rules, appendRuleInfo)
	return append(b, '}')
}

func appendRuleInfo(b []byte, r *RuleInfo) []byte {
	b = appendField(b, `{"id":`, r.ID)
	b = appendField(b, `,"doc":`, r.Doc)
	b = appendField(b, `,"severity":`, r.Severity.String())
	b = append(b, `,"needs_corpus":`...)
	b = strconv.AppendBool(b, r.NeedsCorpus)
	if len(r.Claims) > 0 {
		b = appendList(append(b, `,"claims":`...), r.Claims, func(b []byte, s *string) []byte { return appendString(b, *s) })
	}
	return append(b, '}')
}

// appendError writes the error response for e as encoding/json's Marshal
// writes an ErrorResponse, with HTML escaping: <, > and & as \u003c,
// \u003e and \u0026.
func appendError(b []byte, e *Error) []byte {
	b = appendInt(b, `{"abi":`, Version)
	start := len(b)
	b = appendField(b, `,"error":{"code":`, string(e.Code))
	b = appendField(b, `,"message":`, e.Message)
	if bytes.ContainsAny(b[start:], "<>&") {
		s := string(b[start:])
		b = b[:start]
		for i := range len(s) {
			switch c := s[i]; c {
			case '<', '>', '&':
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			default:
				b = append(b, c)
			}
		}
	}
	return append(b, "}}"...)
}

const hexDigits = "0123456789abcdef"

func appendFinding(b []byte, f *Finding) []byte {
	b = appendField(b, `{"rule":`, f.Rule)
	b = appendField(b, `,"severity":`, f.Severity.String())
	b = appendField(b, `,"message":`, f.Message)
	b = appendInt(b, `,"offset":`, f.Offset)
	b = appendInt(b, `,"length":`, f.Length)
	b = appendField(b, `,"text":`, f.Text)
	b = appendList(append(b, `,"evidence":`...), f.Evidence, appendEvidence)
	b = appendInt(b, `,"line":`, f.Line)
	b = appendInt(b, `,"column":`, f.Column)
	b = appendInt(b, `,"end_line":`, f.EndLine)
	b = appendInt(b, `,"end_column":`, f.EndColumn)
	b = appendInt(b, `,"utf16_offset":`, f.UTF16Offset)
	b = appendInt(b, `,"utf16_length":`, f.UTF16Length)
	b = appendInt(b, `,"block":`, f.Block)
	b = appendField(b, `,"block_kind":`, f.BlockKind)
	b = appendField(b, `,"locator":`, f.Locator)
	b = appendInt(b, `,"occurrence":`, f.Occurrence)
	return append(b, '}')
}

func appendEvidence(b []byte, e *analysis.Evidence) []byte {
	b = appendField(b, `{"path":`, e.Path)
	b = appendOmitEmpty(b, `,"url":`, e.URL)
	b = appendOmitEmpty(b, `,"title":`, e.Title)
	b = appendOmitEmpty(b, `,"date":`, e.Date)
	b = appendField(b, `,"text":`, e.Text)
	b = appendInt(b, `,"offset":`, e.Offset)
	b = appendInt(b, `,"length":`, e.Length)
	return append(b, '}')
}

// appendMeta writes the fields that are set; the first one opens the
// object.
func appendMeta(b []byte, m *document.Meta) []byte {
	start := len(b)
	for _, f := range [...]struct{ key, v string }{
		{`"title":`, m.Title}, {`"date":`, m.Date}, {`"publisher":`, m.Publisher},
		{`"url":`, m.URL}, {`"lang":`, m.Lang}, {`"section":`, m.Section},
	} {
		if f.v != "" {
			b = append(b, ',')
			b = appendField(b, f.key, f.v)
		}
	}
	if m.Opinion {
		b = append(b, `,"opinion":true`...)
	}
	if len(b) == start {
		return append(b, "{}"...)
	}
	b[start] = '{'
	return append(b, '}')
}

func appendInt(b []byte, key string, v int) []byte {
	return strconv.AppendInt(append(b, key...), int64(v), 10)
}

func appendField(b []byte, key, s string) []byte {
	return appendString(append(b, key...), s)
}

func appendOmitEmpty(b []byte, key, s string) []byte {
	if s == "" {
		return b
	}
	return appendField(b, key, s)
}

// appendString writes s as a JSON string the way encoding/json does with
// HTML escaping off: control characters, quote and backslash escaped,
// invalid UTF-8 as U+FFFD, U+2028 and U+2029 escaped for JavaScript.
func appendString(b []byte, s string) []byte {
	const hex = hexDigits
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
