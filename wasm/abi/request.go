package abi

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/attrlint/attrlint/internal/jsonread"
	"github.com/attrlint/attrlint/rules/analysis"
)

// A request is one JSON object with a fixed set of fields, read by
// jsonread without reflection: encoding/json read a 1 MB text at well
// under 100 MB/s natively and ten times slower in WASM, and made up about
// 150 KB of the gzipped module. The request is read exactly as
// encoding/json would read it into these types with unknown fields
// refused (checked by FuzzReadRequest), except that a request's own field
// names must match in case (a config's need not, as before).

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

// readRequest reads one JSON object into fs and nothing else after it.
func readRequest(b []byte, fs fields) error {
	r := jsonread.New(b)
	if bytes.Equal(bytes.Trim(b, " \t\r\n"), []byte("null")) {
		return nil // encoding/json reads a null request as no fields
	}
	if r.Peek() != '{' {
		return r.Fail("want an object")
	}
	err := r.Object(func(key string) error {
		dst, ok := fs[key]
		if !ok {
			return fmt.Errorf("unknown field %q", key)
		}
		return readField(r, key, dst)
	})
	if err != nil {
		return err
	}
	if err := r.End(); err != nil {
		return r.Fail("data after the object")
	}
	return nil
}

// readField reads the value of one field into dst. null leaves dst as it
// is, as encoding/json does.
func readField(r *jsonread.Reader, key string, dst any) error {
	if r.Null() {
		return nil
	}
	switch d := dst.(type) {
	case *string:
		if r.Peek() != '"' {
			return fmt.Errorf("field %q: want a string", key)
		}
		s, err := r.String()
		*d = s
		return err
	case **string:
		if r.Peek() != '"' {
			return fmt.Errorf("field %q: want a string", key)
		}
		s, err := r.String()
		*d = &s
		return err
	case **int:
		num, err := r.Number()
		if err != nil {
			return fmt.Errorf("field %q: want a number", key)
		}
		n, err := strconv.Atoi(string(num))
		if err != nil {
			return fmt.Errorf("field %q: %s is not an integer", key, num)
		}
		*d = &n
		return nil
	case **analysis.Config:
		cfg := new(analysis.Config)
		if err := readConfig(r, cfg); err != nil {
			return fmt.Errorf("field %q: %w", key, err)
		}
		*d = cfg
		return nil
	}
	return fmt.Errorf("field %q: unsupported type %T", key, dst)
}
