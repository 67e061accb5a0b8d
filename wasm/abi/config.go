package abi

import (
	"fmt"
	"strings"

	"github.com/attrlint/attrlint/internal/jsonread"
	"github.com/attrlint/attrlint/rules/analysis"
)

// readConfig reads a lint request's config object into cfg as
// encoding/json decodes an analysis.Config with unknown fields refused
// (FuzzReadRequest holds it to that): field names match without regard to
// case; null leaves a string, a bool or a severity as it is and empties a
// map, a slice or a pointer; a field given twice is read again over what
// the first left (a map gains keys, a slice's elements are read over).
func readConfig(r *jsonread.Reader, cfg *analysis.Config) error {
	return r.Object(func(key string) error {
		switch {
		case strings.EqualFold(key, "rules"):
			if r.Null() {
				cfg.Rules = nil
				return nil
			}
			if r.Peek() != '{' {
				return typeError("rules", "an object")
			}
			if cfg.Rules == nil {
				cfg.Rules = map[string]analysis.RuleConfig{}
			}
			return r.Object(func(id string) error {
				var rc analysis.RuleConfig
				err := readRuleConfig(r, &rc)
				cfg.Rules[id] = rc
				return err
			})
		case strings.EqualFold(key, "publisher"):
			return readString(r, &cfg.Publisher)
		case strings.EqualFold(key, "wire_services"):
			return readSlice(r, &cfg.WireServices, readAgency)
		case strings.EqualFold(key, "vague_sources"):
			return readSlice(r, &cfg.VagueSources, readString)
		case strings.EqualFold(key, "reader_mode"):
			return readBool(r, &cfg.ReaderMode)
		case strings.EqualFold(key, "min_severity"):
			return readSeverity(r, &cfg.MinSeverity)
		}
		return unknownField(key)
	})
}

func readRuleConfig(r *jsonread.Reader, rc *analysis.RuleConfig) error {
	if r.Null() {
		return nil
	}
	return r.Object(func(key string) error {
		switch {
		case strings.EqualFold(key, "enabled"):
			if r.Null() {
				rc.Enabled = nil
				return nil
			}
			if rc.Enabled == nil {
				rc.Enabled = new(bool)
			}
			return readBool(r, rc.Enabled)
		case strings.EqualFold(key, "severity"):
			return readSeverity(r, &rc.Severity)
		case strings.EqualFold(key, "claims"):
			return readSlice(r, &rc.Claims, readString)
		}
		return unknownField(key)
	})
}

func readAgency(r *jsonread.Reader, a *analysis.Agency) error {
	if r.Null() {
		return nil
	}
	return r.Object(func(key string) error {
		switch {
		case strings.EqualFold(key, "name"):
			return readString(r, &a.Name)
		case strings.EqualFold(key, "aliases"):
			return readSlice(r, &a.Aliases, readString)
		}
		return unknownField(key)
	})
}

// readSlice reads an array over *s as encoding/json does: element i is
// read into what s holds there (within its capacity), and s ends at the
// last element read; an empty array makes an empty slice, null a nil one.
func readSlice[T any](r *jsonread.Reader, s *[]T, readOne func(*jsonread.Reader, *T) error) error {
	if r.Null() {
		*s = nil
		return nil
	}
	if r.Peek() != '[' {
		return typeError("a list", "an array")
	}
	i := 0
	err := r.Array(func() error {
		if i < cap(*s) {
			*s = (*s)[:i+1]
		} else {
			var zero T
			*s = append(*s, zero)
		}
		i++
		return readOne(r, &(*s)[i-1])
	})
	if err != nil {
		return err
	}
	if i == 0 {
		*s = []T{}
	} else {
		*s = (*s)[:i]
	}
	return nil
}

func readString(r *jsonread.Reader, s *string) error {
	if r.Null() {
		return nil
	}
	if r.Peek() != '"' {
		return typeError("a name", "a string")
	}
	v, err := r.String()
	*s = v
	return err
}

func readBool(r *jsonread.Reader, b *bool) error {
	if r.Null() {
		return nil
	}
	v, err := r.Bool()
	*b = v
	return err
}

func readSeverity(r *jsonread.Reader, s *analysis.Severity) error {
	if r.Null() {
		return nil
	}
	if r.Peek() != '"' {
		return typeError("a severity", "a string")
	}
	v, err := r.String()
	if err != nil {
		return err
	}
	return s.UnmarshalText([]byte(v))
}

func typeError(what, want string) error { return fmt.Errorf("%s must be %s", what, want) }

func unknownField(key string) error { return fmt.Errorf("unknown field %q", key) }
