package abi

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/attrlint/attrlint/rules/analysis"
)

// A request is one JSON object with a fixed set of fields. encoding/json
// reads a 1 MB text at well under 100 MB/s natively and ten times slower
// in WASM, so requests are read by this small strict reader instead: it
// copies string runs without escapes in one go and hands only the config
// object to encoding/json. It accepts exactly what encoding/json accepts
// for these types (checked by FuzzReadRequest), except that field names
// must match in case.

// fields maps a field name to where its value goes: *string, **string,
// **int or **analysis.Config.
type fields map[string]any

func (r *LintRequest) fields() fields {
	return fields{"abi": &r.ABI, "text": &r.Text, "format": &r.Format, "path": &r.Path,
		"url": &r.URL, "date": &r.Date, "config": &r.Config}
}

func (r *CorpusAddRequest) fields() fields {
	return fields{"abi": &r.ABI, "text": &r.Text, "format": &r.Format, "path": &r.Path,
		"url": &r.URL, "date": &r.Date, "title": &r.Title, "publisher": &r.Publisher}
}

type reader struct {
	b []byte
	i int
}

var errSyntax = errors.New("invalid JSON")

func (r *reader) fail(what string) error {
	return fmt.Errorf("%w at byte %d: %s", errSyntax, r.i, what)
}

func (r *reader) ws() {
	for r.i < len(r.b) {
		switch r.b[r.i] {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return
		}
	}
}

func (r *reader) peek() byte {
	if r.i < len(r.b) {
		return r.b[r.i]
	}
	return 0
}

// readRequest reads one JSON object into fs and nothing else after it.
func readRequest(b []byte, fs fields) error {
	r := &reader{b: b}
	r.ws()
	if bytes.Equal(bytes.TrimRight(r.b[r.i:], " \t\r\n"), []byte("null")) {
		return nil // encoding/json reads a null request as no fields
	}
	if r.peek() != '{' {
		return r.fail("want an object")
	}
	r.i++
	r.ws()
	if r.peek() == '}' {
		r.i++
	} else {
		for {
			r.ws()
			if r.peek() != '"' {
				return r.fail("want a field name")
			}
			key, err := r.str()
			if err != nil {
				return err
			}
			r.ws()
			if r.peek() != ':' {
				return r.fail("want ':'")
			}
			r.i++
			r.ws()
			dst, ok := fs[key]
			if !ok {
				return fmt.Errorf("unknown field %q", key)
			}
			if err := r.field(key, dst); err != nil {
				return err
			}
			r.ws()
			if r.peek() == ',' {
				r.i++
				continue
			}
			if r.peek() != '}' {
				return r.fail("want ',' or '}'")
			}
			r.i++
			break
		}
	}
	r.ws()
	if r.i != len(r.b) {
		return r.fail("data after the object")
	}
	return nil
}

// field reads the value of one field into dst. null leaves dst as it is,
// as encoding/json does.
func (r *reader) field(key string, dst any) error {
	if bytes.HasPrefix(r.b[r.i:], []byte("null")) {
		r.i += 4
		return nil
	}
	switch d := dst.(type) {
	case *string:
		if r.peek() != '"' {
			return fmt.Errorf("field %q: want a string", key)
		}
		s, err := r.str()
		*d = s
		return err
	case **string:
		if r.peek() != '"' {
			return fmt.Errorf("field %q: want a string", key)
		}
		s, err := r.str()
		*d = &s
		return err
	case **int:
		start := r.i
		for r.i < len(r.b) && bytes.IndexByte([]byte("+-.0123456789eE"), r.b[r.i]) >= 0 {
			r.i++
		}
		num := r.b[start:r.i]
		if !json.Valid(num) {
			return fmt.Errorf("field %q: want a number", key)
		}
		n, err := strconv.Atoi(string(num))
		if err != nil {
			return fmt.Errorf("field %q: %s is not an integer", key, num)
		}
		*d = &n
		return nil
	case **analysis.Config:
		start := r.i
		if err := r.skip(0); err != nil {
			return err
		}
		raw := r.b[start:r.i]
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.DisallowUnknownFields()
		cfg := new(analysis.Config)
		if err := dec.Decode(cfg); err != nil {
			return fmt.Errorf("field %q: %v", key, err)
		}
		if dec.InputOffset() != int64(len(raw)) {
			return fmt.Errorf("field %q: invalid value", key)
		}
		*d = cfg
		return nil
	}
	return fmt.Errorf("field %q: unsupported type %T", key, dst)
}

// skip passes over one value of any kind (encoding/json checks it later).
func (r *reader) skip(depth int) error {
	if depth > 1000 {
		return r.fail("nested too deep")
	}
	r.ws()
	switch c := r.peek(); c {
	case '"':
		_, err := r.str()
		return err
	case '{', '[':
		end := byte('}')
		if c == '[' {
			end = ']'
		}
		r.i++
		r.ws()
		if r.peek() == end {
			r.i++
			return nil
		}
		for {
			if err := r.skip(depth + 1); err != nil {
				return err
			}
			r.ws()
			switch r.peek() {
			case ',', ':':
				r.i++
			case end:
				r.i++
				return nil
			default:
				return r.fail("unterminated object or array")
			}
		}
	case 0:
		return r.fail("unexpected end")
	default:
		start := r.i
		for r.i < len(r.b) && bytes.IndexByte([]byte(" \t\r\n,:]}{[\""), r.b[r.i]) < 0 {
			r.i++
		}
		if r.i == start {
			return r.fail("want a value")
		}
		return nil
	}
}

// strStops marks the bytes that end a run of a string's plain bytes: a
// quote, a backslash and the control bytes (one table load a byte rather
// than three comparisons; the text of a lint request is most of it).
var strStops = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

// str reads a JSON string at r.i (which is '"'), as encoding/json decodes
// it: invalid or lone surrogate escapes become U+FFFD.
func (r *reader) str() (string, error) {
	r.i++
	start := r.i
	// Fast path: no escapes.
	b := r.b
	for r.i < len(b) {
		c := b[r.i]
		if !strStops[c] {
			r.i++
			continue
		}
		if c == '"' {
			s := string(b[start:r.i])
			r.i++
			return s, nil
		}
		if c == '\\' {
			break
		}
		return "", r.fail("control character in string")
	}
	// Size the copy by where the string ends (escapes only shrink it).
	end := r.i
	for end < len(r.b) && r.b[end] != '"' {
		if r.b[end] == '\\' {
			end++
		}
		end++
	}
	out := make([]byte, 0, min(end, len(r.b))-start)
	out = append(out, r.b[start:r.i]...)
	for r.i < len(r.b) {
		c := r.b[r.i]
		switch {
		case c == '"':
			r.i++
			return string(out), nil
		case c < 0x20:
			return "", r.fail("control character in string")
		case c != '\\':
			// Copy the run up to the next quote, backslash or control byte.
			b, j := r.b, r.i+1
			for j < len(b) && !strStops[b[j]] {
				j++
			}
			out = append(out, b[r.i:j]...)
			r.i = j
			continue
		}
		if r.i+1 >= len(r.b) {
			break
		}
		e := r.b[r.i+1]
		r.i += 2
		switch e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			rr := r.hex4(r.i)
			if rr < 0 {
				return "", r.fail("bad \\u escape")
			}
			r.i += 4
			if utf16.IsSurrogate(rr) {
				if r.i+1 < len(r.b) && r.b[r.i] == '\\' && r.b[r.i+1] == 'u' {
					if rr1 := r.hex4(r.i + 2); rr1 >= 0 {
						if dec := utf16.DecodeRune(rr, rr1); dec != unicode.ReplacementChar {
							r.i += 6
							out = utf8.AppendRune(out, dec)
							continue
						}
					}
				}
				rr = unicode.ReplacementChar
			}
			out = utf8.AppendRune(out, rr)
		default:
			r.i -= 2
			return "", r.fail("bad escape")
		}
	}
	return "", r.fail("unterminated string")
}

func (r *reader) hex4(at int) rune {
	if at+4 > len(r.b) {
		return -1
	}
	var v rune
	for _, c := range r.b[at : at+4] {
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c = c - 'a' + 10
		case 'A' <= c && c <= 'F':
			c = c - 'A' + 10
		default:
			return -1
		}
		v = v<<4 | rune(c)
	}
	return v
}
