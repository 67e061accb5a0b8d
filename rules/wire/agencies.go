package wire

import (
	"strings"

	"github.com/attrlint/attrlint/rules/analysis"
)

// builtin is the embedded list of wire services: the canonical name first,
// then the names the agency also goes by in datelines, bylines and credits.
var builtin = []analysis.Agency{
	{Name: "The Associated Press", Aliases: []string{"Associated Press", "AP"}},
	{Name: "Reuters", Aliases: []string{"Thomson Reuters"}},
	{Name: "Agence France-Presse", Aliases: []string{"AFP"}},
	{Name: "United Press International", Aliases: []string{"UPI"}},
	{Name: "Bloomberg", Aliases: []string{"Bloomberg News"}},
	{Name: "dpa", Aliases: []string{"Deutsche Presse-Agentur"}},
	{Name: "EFE", Aliases: []string{"Agencia EFE"}},
	{Name: "ANSA", Aliases: []string{"Agenzia Nazionale Stampa Associata"}},
	{Name: "Kyodo", Aliases: []string{"Kyodo News"}},
	{Name: "Xinhua", Aliases: []string{"Xinhua News Agency"}},
	{Name: "PA Media", Aliases: []string{"Press Association", "PA"}},
	{Name: "The Canadian Press", Aliases: []string{"Canadian Press", "CP"}},
	{Name: "AAP", Aliases: []string{"Australian Associated Press"}},
	{Name: "Yonhap", Aliases: []string{"Yonhap News Agency"}},
	{Name: "TASS", Aliases: []string{}},
	{Name: "ANP", Aliases: []string{}},
}

// Agencies returns the built-in agencies followed by those cfg adds.
func Agencies(cfg *analysis.Config) []analysis.Agency {
	if cfg == nil || len(cfg.WireServices) == 0 {
		return builtin
	}
	return append(append([]analysis.Agency{}, builtin...), cfg.WireServices...)
}

// names returns every name of a: canonical, without a leading "The", aliases.
func names(a analysis.Agency) []string {
	out := []string{a.Name}
	if t, ok := strings.CutPrefix(a.Name, "The "); ok {
		out = append(out, t)
	}
	return append(out, a.Aliases...)
}

// lookup returns the canonical name of the agency called name, or "".
func lookup(agencies []analysis.Agency, name string) string {
	name = strings.TrimSpace(name)
	for _, a := range agencies {
		for _, n := range names(a) {
			if strings.EqualFold(n, name) && (len(n) > 3 || n == name) {
				return a.Name
			}
		}
	}
	return ""
}

// Lookup returns the canonical name of the built-in agency called name, or "".
func Lookup(name string) string { return lookup(builtin, name) }
