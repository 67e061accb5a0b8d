package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/attribution"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/figures"
	"github.com/attrlint/attrlint/rules/wire"
)

// builtin lists every rule, in the order `attrlint rules` prints them.
// Rule IDs are a contract: never rename one.
var builtin = []*Rule{
	attribution.UnattributedClaim,
	attribution.OrphanQuote,
	attribution.VagueSource,
	figures.ContradictsCorpus,
	figures.Inconsistent,
	figures.CorpusDisagrees,
	wire.MissingCredit,
	wire.CreditFormat,
	wire.UncreditedCopy,
}

// Corpus documents get their source from the wire analysis.
func init() {
	figures.SourceOf = func(d *document.Document) string { return wire.DocumentSource(d, nil) }
}

// All returns the built-in rules.
func All() []*Rule { return builtin }

// Lookup finds a rule by ID.
func Lookup(id string) *Rule {
	i := slices.IndexFunc(builtin, func(r *Rule) bool { return r.ID == id })
	if i < 0 {
		return nil
	}
	return builtin[i]
}

// Validate checks that every rule a config names exists and takes the
// settings given for it.
func Validate(cfg *analysis.Config) error {
	for id, rc := range cfg.Rules {
		if err := ValidateRule(id, rc); err != nil {
			return err
		}
	}
	return nil
}

// ValidateRule checks one rule's settings: the rule exists and takes the
// claims given, if any (Rule.Claims).
func ValidateRule(id string, rc analysis.RuleConfig) error {
	r := Lookup(id)
	if r == nil {
		return fmt.Errorf("unknown rule %q (see attrlint rules)", id)
	}
	if len(rc.Claims) > 0 && len(r.Claims) == 0 {
		return fmt.Errorf("rule %q takes no claims", id)
	}
	for _, k := range rc.Claims {
		if !slices.Contains(r.Claims, k) {
			return fmt.Errorf("%s: unknown kind of claim %q (want %s)", id, k, strings.Join(r.Claims, ", "))
		}
	}
	return nil
}
