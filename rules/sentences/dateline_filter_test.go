package sentences

import "testing"

// The cheap tests must let through everything the patterns match.
func TestDatelineFilters(t *testing.T) {
	heads := []string{
		"WASHINGTON (AP) — The Senate voted",
		"WASHINGTON (AP) -- The Senate voted",
		"WASHINGTON (AP)— The Senate voted",
		"WASHINGTON (AP)- The Senate voted",
		"NEW YORK, N.Y., Sept. 26 (Reuters) – Stocks fell",
		"Sen. Cory Booker (D-N.J.) said the plan was expected to fail.",
		"NATO — the alliance said",
		"MIAMI — Officials said",
		"MIAMI, Fla. -- Officials said",
		"MIAMI—Officials said",
		"MIAMI -Officials said",
		"BAGHDAD (Reuters)  — two spaces",
		"No dash here (AP) at all",
	}
	tests := []struct {
		s, before string
		hyphen    bool
		want      bool
	}{
		{"(AP) — x", ")", true, true},
		{"(AP)— x", ")", true, true},
		{"(AP) - x", ")", true, true},
		{"(AP) - x", ")", false, false},
		{"(AP)  — x", ")", true, false},
		{"(D-N.J.) said", ")", true, false},
		{"MIAMI — x", " ", false, true},
		{"MIAMI -- x", " ", false, true},
		{"MIAMI - x", " ", false, false},
		{"MIAMI—x", " ", false, false},
		{"", " ", false, false},
	}
	for _, tt := range tests {
		if got := hasDashAfter(tt.s, tt.before, tt.hyphen); got != tt.want {
			t.Errorf("hasDashAfter(%q, %q, %v) = %v, want %v", tt.s, tt.before, tt.hyphen, got, tt.want)
		}
	}
	for _, h := range heads {
		if agencyDateline.Get().MatchString(h) && !hasDashAfter(h, ")", true) {
			t.Errorf("agency dateline %q stopped by its filter", h)
		}
		if staffDateline.Get().MatchString(h) && !hasDashAfter(h, " ", false) {
			t.Errorf("staff dateline %q stopped by its filter", h)
		}
	}
}
