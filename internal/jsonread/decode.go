package jsonread

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// maxDepth is how deep encoding/json lets values nest.
const maxDepth = 10000

// Decode reads one JSON value, and nothing after it, into the types
// encoding/json's Unmarshal gives an `any`: map[string]any (a key given
// twice keeps its last value), []any, string, float64, bool or nil.
func Decode(b []byte) (any, error) {
	if !utf8.Valid(b) {
		return nil, errors.New("invalid UTF-8")
	}
	r := New(b)
	v, err := r.value(0)
	if err != nil {
		return nil, err
	}
	return v, r.End()
}

// value reads a value inside depth containers.
func (r *Reader) value(depth int) (any, error) {
	c := r.Peek()
	if (c == '{' || c == '[') && depth >= maxDepth {
		return nil, r.Fail("nested too deep")
	}
	switch c {
	case '{':
		m := map[string]any{}
		err := r.Object(func(key string) error {
			v, err := r.value(depth + 1)
			m[key] = v
			return err
		})
		return m, err
	case '[':
		a := []any{}
		err := r.Array(func() error {
			v, err := r.value(depth + 1)
			a = append(a, v)
			return err
		})
		return a, err
	case '"':
		return r.String()
	case 't', 'f':
		return r.Bool()
	case 'n':
		if r.Null() {
			return nil, nil
		}
		return nil, r.Fail("want a value")
	}
	num, err := r.Number()
	if err != nil {
		return nil, err
	}
	f, err := strconv.ParseFloat(string(num), 64)
	if err != nil {
		return nil, r.Fail("number out of range")
	}
	return f, nil
}
