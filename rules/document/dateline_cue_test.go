package document

import "testing"

// datelineOnlyCue must pass every block datelineOnlyRe matches, or a lone
// dateline would be read as a paragraph.
func TestDatelineOnlyCue(t *testing.T) {
	tests := []struct {
		t    string
		want bool
	}{
		{"PORT ELLIS (AP) —", true}, {"PORT ELLIS, Ore. (Reuters) -", true}, {"ÉVORA (Lusa)", true},
		{"port ellis (AP)", false}, {"PORT ELLIS AP —", false}, {"PORT ELLIS (AP", false}, {"", false},
	}
	for _, tt := range tests {
		if got := datelineOnlyCue(tt.t); got != tt.want {
			t.Errorf("datelineOnlyCue(%q) = %v, want %v", tt.t, got, tt.want)
		}
		if m := datelineOnlyRe.Get().MatchString(tt.t); m && !tt.want {
			t.Errorf("datelineOnlyRe matches %q, which datelineOnlyCue stops", tt.t)
		}
	}
}

func FuzzDatelineOnlyCue(f *testing.F) {
	f.Add("PORT ELLIS (AP) —")
	f.Add("ÉVORA, Port. 3 (Lusa) --")
	f.Fuzz(func(t *testing.T, s string) {
		if datelineOnlyRe.Get().MatchString(s) && !datelineOnlyCue(s) {
			t.Fatalf("datelineOnlyRe matches %q, which datelineOnlyCue stops", s)
		}
	})
}
