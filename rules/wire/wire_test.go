package wire_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/ruletest"
	"github.com/attrlint/attrlint/rules/wire"
)

// lint returns the texts flagged by rule r alone.
func lint(t testing.TB, r *analysis.Rule, src string, cfg *rules.Config, idx *corpus.Index) []string {
	t.Helper()
	return ruletest.Texts(ruletest.Lint(t, src, document.Text, cfg, idx, r))
}

const body = "The council voted 7-2 to close the depot after a long night of debate."

// lead is a staff story's opening, long enough that a dateline after it is
// in the middle of the story.
const lead = body + " Residents packed the hall and the meeting ran past midnight. " + body + " Two members asked for a delay and lost."

func TestMissingCredit(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"staff byline, AP dateline", "By Jane Roe\n\nWASHINGTON (AP) — " + body, []string{"WASHINGTON (AP) —"}},
		{"mid-story dateline", lead + "\n\nBEIRUT (AFP) – Officials met on Monday.", []string{"BEIRUT (AFP) –"}},
		{"UPI dated dateline mid-story", lead + "\n\nSAN DIEGO, May 4 (UPI) -- Officials met.", []string{"SAN DIEGO, May 4 (UPI) --"}},
		{"Reuters under staff byline", "By Sam Poe\n\nMACAU (Reuters) - " + body, []string{"MACAU (Reuters) -"}},
		// silent
		{"whole story is AP", "WASHINGTON (AP) — " + body, nil},
		{"headline then AP dateline", "Council closes depot.\n\nWASHINGTON (AP) — " + body, nil},
		{"AP live updates", "WASHINGTON (AP) — " + lead + "\n\nDENVER (AP) — " + body, nil},
		{"staff story quotes AP dateline agency elsewhere", lead + "\n\nBEIRUT (AFP) – " + body + "\n\nAgence France-Presse contributed to this report.", nil},
		{"byline names agency", "By The Associated Press\n\nWASHINGTON (AP) — " + body, nil},
		{"credit line", "By Jane Roe\n\nWASHINGTON (AP) — " + body + "\n\nThe Associated Press contributed to this report.", nil},
		{"Reuters reporting by", "By Sam Poe\n\nMACAU (Reuters) - " + body + "\n\n(Reporting by Ann Lee; Editing by Bo Chan)", nil},
		{"inline attribution", "By Jane Roe\n\n" + body + " The vote was first reported by The Associated Press, according to The Associated Press.", nil},
		{"wire photo credit", body + "\n\nA worker stands by the depot. (AP Photo/Kim Doe)", nil},
		{"via AP photo", body + "\n\nA worker stands by the depot. (Kim Doe/City Hall via AP)", nil},
		{"publisher credit", "By Jane Roe\n\n" + body + "\n\nFox News' John Doe contributed to this report.", nil},
		{"syndication", body + "\n\nThis article originally appeared on USA TODAY.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lint(t, wire.MissingCredit, tt.src, nil, nil)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

// typo returns every string at edit distance 1 from s (substitutions,
// deletions, insertions, transpositions of letters).
func typos(s string) []string {
	var out []string
	letters := "aeiourstnl"
	for i := range s {
		if s[i] == ' ' || s[i] == '-' {
			continue
		}
		if i > 0 {
			out = append(out, s[:i]+s[i+1:])
		}
		for _, c := range letters {
			if byte(c) != s[i] && i > 0 {
				out = append(out, s[:i]+string(c)+s[i+1:])
			}
		}
		if i+1 < len(s) && s[i+1] != ' ' && s[i+1] != s[i] && i > 0 {
			out = append(out, s[:i]+string(s[i+1])+string(s[i])+s[i+2:])
		}
	}
	return out
}

func TestCreditFormatGenerated(t *testing.T) {
	n := 0
	for _, a := range wire.Agencies(nil) {
		for _, name := range append([]string{a.Name}, a.Aliases...) {
			if len(name) < 5 {
				continue // two- to four-letter abbreviations: every edit is another word
			}
			for _, typo := range typos(name) {
				if wire.Lookup(typo) != "" || strings.EqualFold(typo, name) || containsName(typo, a) || typo == "Kyoto" {
					continue
				}
				n++
				src := body + "\n\n" + typo + " contributed to this report."
				got := lint(t, wire.CreditFormat, src, nil, nil)
				if len(got) != 1 {
					t.Errorf("%q (typo of %q): got %q, want one finding", typo, name, got)
				}
			}
		}
	}
	if n < 200 {
		t.Fatalf("only %d generated misspellings", n)
	}
}

func TestCreditFormat(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"Reuter", "Reuter contributed to this report.", []string{"Reuter"}},
		{"Asociated", "The Asociated Press contributed to this report.", []string{"The Asociated Press"}},
		{"AFP no hyphen", "Agence France Presse contributed to this report.", []string{"Agence France Presse"}},
		{"unclosed reporting", "(Reporting by Ann Lee; Editing by Bo Chan", []string{"(Reporting by Ann Lee; Editing by Bo Chan"}},
		// silent
		{"AP Stylebook", "The AP Stylebook editors contributed to this report.", nil},
		{"Reuters Institute", "The Reuters Institute contributed reporting.", nil},
		{"APR", "APR Partners contributed to this report.", nil},
		{"correct AP", "The Associated Press contributed to this report.", nil},
		{"correct Reuters", "(Reporting by Ann Lee; Additional reporting by Reuters; Editing by Bo Chan)", nil},
		{"staff", "Fox News' Jane Doe contributed.", nil},
		{"syndication", "This article originally appeared on USA TODAY.", nil},
		{"reporting from Kyoto", "With reporting from Kyoto by Ann Lee.", nil},
		{"not a credit line", "Reuter once sat on the board, the mayor said.", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lint(t, wire.CreditFormat, body+"\n\n"+tt.src, nil, nil)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestDocumentSource(t *testing.T) {
	tests := []struct{ src, want string }{
		{"WASHINGTON (AP) — " + body, "The Associated Press"},
		{"By Reuters Staff\n\n" + body, "Reuters"},
		{body + "\n\nAgence France-Presse contributed to this report.", "Agence France-Presse"},
		{"By Jane Roe\n\n" + body, ""},
	}
	for _, tt := range tests {
		d, err := document.Parse("t.txt", []byte(tt.src), document.Text)
		if err != nil {
			t.Fatal(err)
		}
		if got := wire.DocumentSource(d, nil); got != tt.want {
			t.Errorf("DocumentSource(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}

// containsName: the typo still holds another exact name of the agency
// ("he Associated Press" from "The Associated Press").
func containsName(typo string, a analysis.Agency) bool {
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if len(n) >= 5 && strings.Contains(typo, n) {
			return true
		}
	}
	return false
}
