package linter

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/analysis"
	"go.yaml.in/yaml/v3"
)

// ConfigName is the file attrlint looks for from a linted file's directory up.
const ConfigName = ".attrlint.yml"

// fileConfig is .attrlint.yml as written.
type fileConfig struct {
	Rules        map[string]ruleSetting `yaml:"rules"`
	Corpus       string                 `yaml:"corpus"`
	Publisher    string                 `yaml:"publisher"`
	WireServices []analysis.Agency      `yaml:"wire_services"`
	VagueSources []string               `yaml:"vague_sources"`
	Ignore       []string               `yaml:"ignore"`
}

// ruleSetting is `id: off|on|info|warning|error` or `id: {enabled, severity}`.
type ruleSetting struct {
	analysis.RuleConfig
	line int
}

func (r *ruleSetting) UnmarshalYAML(n *yaml.Node) error {
	r.line = n.Line
	if n.Kind == yaml.ScalarNode {
		switch n.Value {
		case "off", "false":
			f := false
			r.Enabled = &f
			return nil
		case "on", "true":
			t := true
			r.Enabled = &t
			return nil
		}
		s, err := analysis.ParseSeverity(n.Value)
		if err != nil {
			return fmt.Errorf("line %d: %v (or off)", n.Line, err)
		}
		r.Severity = s
		return nil
	}
	var m struct {
		Enabled  *bool    `yaml:"enabled"`
		Severity string   `yaml:"severity"`
		Claims   []string `yaml:"claims"`
	}
	if err := strictDecode(n, &m); err != nil {
		return err
	}
	r.Enabled = m.Enabled
	r.Claims = m.Claims
	if m.Severity != "" {
		s, err := analysis.ParseSeverity(m.Severity)
		if err != nil {
			return fmt.Errorf("line %d: %v", n.Line, err)
		}
		r.Severity = s
	}
	return nil
}

// strictDecode decodes a node refusing unknown keys.
func strictDecode(n *yaml.Node, v any) error {
	b, err := yaml.Marshal(n)
	if err != nil {
		return err
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		// Line numbers here are relative to the node; add its line.
		return fmt.Errorf("line %d: %v", n.Line, err)
	}
	return nil
}

// Config is one loaded .attrlint.yml (or the defaults).
type Config struct {
	Path   string // "" for defaults
	Dir    string // the directory globs and the corpus path are relative to
	Engine analysis.Config
	Corpus string // absolute or relative to the working directory
	Ignore []string
}

// LoadConfig reads and validates an .attrlint.yml.
func LoadConfig(p string) (*Config, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, fmt.Errorf("config: %w", err)
	}
	var fc fileConfig
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&fc); err != nil && !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("%s: %v", p, strings.TrimPrefix(err.Error(), "yaml: "))
	}
	c := &Config{Path: p, Dir: filepath.Dir(p), Ignore: fc.Ignore}
	c.Engine.Publisher = fc.Publisher
	c.Engine.WireServices = fc.WireServices
	c.Engine.VagueSources = fc.VagueSources
	for id, rs := range fc.Rules {
		if err := rules.ValidateRule(id, rs.RuleConfig); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", p, rs.line, err)
		}
		if c.Engine.Rules == nil {
			c.Engine.Rules = map[string]analysis.RuleConfig{}
		}
		c.Engine.Rules[id] = rs.RuleConfig
	}
	if fc.Corpus != "" {
		c.Corpus = fc.Corpus
		if !filepath.IsAbs(c.Corpus) {
			c.Corpus = filepath.Join(c.Dir, c.Corpus)
		}
	}
	for _, g := range c.Ignore {
		if _, err := path.Match(g, ""); err != nil {
			return nil, fmt.Errorf("%s: ignore: bad glob %q", p, g)
		}
	}
	return c, nil
}

// Ignored reports whether file p matches one of the config's ignore globs.
// A glob matches the path relative to the config's directory, or any
// trailing part of it ("*.html", "drafts/*.md", "archive/**").
func (c *Config) Ignored(p string) bool {
	if len(c.Ignore) == 0 {
		return false
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return false
	}
	dir, _ := filepath.Abs(c.Dir)
	rel, err := filepath.Rel(dir, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		rel = p
	}
	rel = filepath.ToSlash(rel)
	parts := strings.Split(rel, "/")
	for _, g := range c.Ignore {
		g = strings.TrimPrefix(g, "./")
		if strings.HasSuffix(g, "/**") {
			prefix := strings.TrimSuffix(g, "/**")
			for i := range parts {
				if ok, _ := path.Match(prefix, strings.Join(parts[:i+1], "/")); ok && i+1 < len(parts) {
					return true
				}
			}
			continue
		}
		g = strings.TrimPrefix(g, "**/")
		for i := range parts {
			if ok, _ := path.Match(g, strings.Join(parts[i:], "/")); ok {
				return true
			}
		}
	}
	return false
}

// configFinder finds and caches the nearest .attrlint.yml per directory.
type configFinder struct {
	fixed *Config    // --config
	mu    sync.Mutex // files are linted in parallel
	byDir map[string]*Config
	errs  map[string]error
}

func newConfigFinder() *configFinder {
	return &configFinder{byDir: map[string]*Config{}, errs: map[string]error{}}
}

// For returns the config of file: --config, else the nearest config file
// from its directory up.
func (f *configFinder) For(file string) (*Config, error) {
	if f.fixed != nil {
		return f.fixed, nil
	}
	dir, err := filepath.Abs(filepath.Dir(file))
	if err != nil {
		return nil, err
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.dir(dir)
}

// dir finds the config for dir; f.mu is held.
func (f *configFinder) dir(dir string) (*Config, error) {
	if c, ok := f.byDir[dir]; ok {
		return c, f.errs[dir]
	}
	var c *Config
	var err error
	p := filepath.Join(dir, ConfigName)
	if st, e := os.Stat(p); e == nil && !st.IsDir() {
		c, err = LoadConfig(p)
	} else if parent := filepath.Dir(dir); parent != dir {
		c, err = f.dir(parent)
	} else {
		c = &Config{Dir: dir}
	}
	f.byDir[dir], f.errs[dir] = c, err
	return c, err
}
