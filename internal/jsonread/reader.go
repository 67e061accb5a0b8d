// Package jsonread reads JSON without reflection, accepting exactly what
// encoding/json accepts. A Reader walks values of known types (the WASM
// module's requests); Decode reads any value into the types encoding/json
// gives an `any` (a page's JSON-LD). encoding/json made up about 150 KB of
// the gzipped WASM module, which has a size budget; it stays the oracle in
// this package's tests.
package jsonread

import (
	"bytes"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// ErrSyntax wraps every error about the JSON itself, as opposed to a value
// of the wrong type.
var ErrSyntax = errors.New("invalid JSON")

// Reader reads JSON from b, from byte Offset on. Its methods read one
// token or value each, after skipping white space before it; the input
// must be valid UTF-8 (strings are copied as they are).
type Reader struct {
	b []byte
	i int
}

// New returns a Reader at the start of b.
func New(b []byte) *Reader { return &Reader{b: b} }

// Offset is where the reader stands.
func (r *Reader) Offset() int { return r.i }

// Fail returns a syntax error at the reader's offset.
func (r *Reader) Fail(what string) error {
	return fmt.Errorf("%w at byte %d: %s", ErrSyntax, r.i, what)
}

// Peek skips white space and returns the next byte, 0 at the end (or at
// a NUL byte).
func (r *Reader) Peek() byte {
	for r.i < len(r.b) {
		switch c := r.b[r.i]; c {
		case ' ', '\t', '\n', '\r':
			r.i++
		default:
			return c
		}
	}
	return 0
}

// End reports an error unless only white space is left.
func (r *Reader) End() error {
	if r.Peek(); r.i < len(r.b) {
		return r.Fail("data after the value")
	}
	return nil
}

// Null reads a null if one is next.
func (r *Reader) Null() bool {
	if r.Peek() == 'n' && bytes.HasPrefix(r.b[r.i:], []byte("null")) {
		r.i += 4
		return true
	}
	return false
}

// Bool reads true or false.
func (r *Reader) Bool() (bool, error) {
	switch r.Peek() {
	case 't':
		if bytes.HasPrefix(r.b[r.i:], []byte("true")) {
			r.i += 4
			return true, nil
		}
	case 'f':
		if bytes.HasPrefix(r.b[r.i:], []byte("false")) {
			r.i += 5
			return false, nil
		}
	}
	return false, r.Fail("want true or false")
}

// Number reads a number and returns its text.
func (r *Reader) Number() ([]byte, error) {
	r.Peek()
	b, i := r.b, r.i
	digits := func() bool {
		start := i
		for i < len(b) && '0' <= b[i] && b[i] <= '9' {
			i++
		}
		return i > start
	}
	if i < len(b) && b[i] == '-' {
		i++
	}
	switch {
	case i < len(b) && b[i] == '0':
		i++
	case !digits():
		return nil, r.Fail("want a number")
	}
	if i < len(b) && b[i] == '.' {
		i++
		if !digits() {
			return nil, r.Fail("want a digit after the decimal point")
		}
	}
	if i < len(b) && (b[i] == 'e' || b[i] == 'E') {
		i++
		if i < len(b) && (b[i] == '+' || b[i] == '-') {
			i++
		}
		if !digits() {
			return nil, r.Fail("want a digit in the exponent")
		}
	}
	start := r.i
	r.i = i
	return b[start:i], nil
}

// Object reads an object, calling each with every key in turn; each must
// read the key's value.
func (r *Reader) Object(each func(key string) error) error {
	if r.Peek() != '{' {
		return r.Fail("want an object")
	}
	r.i++
	if r.Peek() == '}' {
		r.i++
		return nil
	}
	for {
		if r.Peek() != '"' {
			return r.Fail("want a field name")
		}
		key, err := r.String()
		if err != nil {
			return err
		}
		if r.Peek() != ':' {
			return r.Fail("want ':'")
		}
		r.i++
		if err := each(key); err != nil {
			return err
		}
		switch r.Peek() {
		case ',':
			r.i++
		case '}':
			r.i++
			return nil
		default:
			return r.Fail("want ',' or '}'")
		}
	}
}

// Array reads an array, calling each once per element; each must read
// the element.
func (r *Reader) Array(each func() error) error {
	if r.Peek() != '[' {
		return r.Fail("want an array")
	}
	r.i++
	if r.Peek() == ']' {
		r.i++
		return nil
	}
	for {
		if err := each(); err != nil {
			return err
		}
		switch r.Peek() {
		case ',':
			r.i++
		case ']':
			r.i++
			return nil
		default:
			return r.Fail("want ',' or ']'")
		}
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

// String reads a string as encoding/json decodes it: invalid or lone
// surrogate escapes become U+FFFD.
func (r *Reader) String() (string, error) {
	if r.Peek() != '"' {
		return "", r.Fail("want a string")
	}
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
		return "", r.Fail("control character in string")
	}
	// Size the copy by where the string ends (escapes only shrink it).
	end := r.i
	for end < len(b) && b[end] != '"' {
		if b[end] == '\\' {
			end++
		}
		end++
	}
	out := make([]byte, 0, min(end, len(b))-start)
	out = append(out, b[start:r.i]...)
	for r.i < len(b) {
		c := b[r.i]
		switch {
		case c == '"':
			r.i++
			return string(out), nil
		case c < 0x20:
			return "", r.Fail("control character in string")
		case c != '\\':
			// Copy the run up to the next quote, backslash or control byte.
			j := r.i + 1
			for j < len(b) && !strStops[b[j]] {
				j++
			}
			out = append(out, b[r.i:j]...)
			r.i = j
			continue
		}
		if r.i+1 >= len(b) {
			break
		}
		e := b[r.i+1]
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
				return "", r.Fail("bad \\u escape")
			}
			r.i += 4
			if utf16.IsSurrogate(rr) {
				if r.i+1 < len(b) && b[r.i] == '\\' && b[r.i+1] == 'u' {
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
			return "", r.Fail("bad escape")
		}
	}
	return "", r.Fail("unterminated string")
}

func (r *Reader) hex4(at int) rune {
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
