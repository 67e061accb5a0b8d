package analysis

// Config is the engine's whole configuration: the CLI fills it from flags
// and .attrlint.yml, the WASM module from its request.
type Config struct {
	// Rules turns rules on or off and overrides their severity, by rule ID.
	Rules map[string]RuleConfig `json:"rules,omitempty" yaml:"rules,omitempty"`
	// Publisher is the newsroom's own publication; corpus documents from it
	// are "ours" (reusing them is not copying).
	Publisher string `json:"publisher,omitempty" yaml:"publisher,omitempty"`
	// WireServices adds agencies to the built-in list.
	WireServices []Agency `json:"wire_services,omitempty" yaml:"wire_services,omitempty"`
	// VagueSources adds phrases that count as vague sources.
	VagueSources []string `json:"vague_sources,omitempty" yaml:"vague_sources,omitempty"`
	// ReaderMode ignores attrlint-disable comments in the document: a
	// publisher cannot hide findings from readers.
	ReaderMode bool `json:"reader_mode,omitempty" yaml:"-"`
	// MinSeverity drops findings below it (0: keep all).
	MinSeverity Severity `json:"min_severity,omitempty" yaml:"min_severity,omitempty"`
}

// RuleConfig is the per-rule part of Config.
type RuleConfig struct {
	Enabled  *bool    `json:"enabled,omitempty" yaml:"enabled,omitempty"`
	Severity Severity `json:"severity,omitempty" yaml:"severity,omitempty"`
	// Claims, for attribution/unattributed-claim only, names the kinds of
	// claim it reports: statistic, prediction, intent, allegation, causal,
	// comparison. Empty: all of them.
	Claims []string `json:"claims,omitempty" yaml:"claims,omitempty"`
}

// Agency is a wire service and the names it goes by.
type Agency struct {
	Name    string   `json:"name" yaml:"name"`
	Aliases []string `json:"aliases,omitempty" yaml:"aliases,omitempty"`
}

// Enabled reports whether rule id runs under c (rules are on by default).
func (c *Config) Enabled(id string) bool {
	if c == nil {
		return true
	}
	if rc, ok := c.Rules[id]; ok && rc.Enabled != nil {
		return *rc.Enabled
	}
	return true
}

// SeverityOf returns the configured severity of rule r.
func (c *Config) SeverityOf(r *Rule) Severity {
	if c != nil {
		if rc, ok := c.Rules[r.ID]; ok && rc.Severity != 0 {
			return rc.Severity
		}
	}
	return r.Severity
}

// Set turns a rule on or off.
func (c *Config) Set(id string, on bool) {
	if c.Rules == nil {
		c.Rules = map[string]RuleConfig{}
	}
	rc := c.Rules[id]
	rc.Enabled = &on
	c.Rules[id] = rc
}
