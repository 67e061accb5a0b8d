package sentences

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The Army sent troops. They arrived Monday.", []string{"The Army sent troops.", "They arrived Monday."}},
		{"titles", "Sen. Cory Booker (D-N.J.) said Brig. Gen. Pat Ryder and Lt. Col. Ann Lee met Gov. Ron Pike. They agreed.", []string{"Sen. Cory Booker (D-N.J.) said Brig. Gen. Pat Ryder and Lt. Col. Ann Lee met Gov. Ron Pike.", "They agreed."}},
		{"U.S. mid sentence", "The U.S. Army will send 1,500 troops.", []string{"The U.S. Army will send 1,500 troops."}},
		{"U.S. at end", "Troops returned to the U.S. The mission ended.", []string{"Troops returned to the U.S.", "The mission ended."}},
		{"time", "The vote is at 9 a.m. Tuesday. It may slip to 5 p.m. The chair agreed.", []string{"The vote is at 9 a.m. Tuesday.", "It may slip to 5 p.m.", "The chair agreed."}},
		{"a time ends a sentence before a name", "It was found at 5.40 a.m. Residents of Coldharbour Road heard a crash.", []string{"It was found at 5.40 a.m.", "Residents of Coldharbour Road heard a crash."}},
		{"a time zone goes on", "Polls close at 8 p.m. ET on Tuesday.", []string{"Polls close at 8 p.m. ET on Tuesday."}},
		{"month", "On Sept. 26 the House voted. In Jan. 2024 it passed.", []string{"On Sept. 26 the House voted.", "In Jan. 2024 it passed."}},
		{"initials and decimals", "John F. Kennedy got 1.5 million votes. It was 3.2 percent more.", []string{"John F. Kennedy got 1.5 million votes.", "It was 3.2 percent more."}},
		{"a decimal ends a sentence", "A loaf was marked at 1.95. Several shoppers stopped. It cost $2.40. Then it rose 3.5%. Buyers left.", []string{"A loaf was marked at 1.95.", "Several shoppers stopped.", "It cost $2.40.", "Then it rose 3.5%.", "Buyers left."}},
		{"a dotted abbreviation before a name goes on", "Troops left the U.S. Navy base at 1.30 p.m. Tuesday.", []string{"Troops left the U.S. Navy base at 1.30 p.m. Tuesday."}},
		{"quote inside", `"We will go," she said. "It is time."`, []string{`"We will go," she said.`, `"It is time."`}},
		{"question in quote", `"Why now?" she asked. He shrugged.`, []string{`"Why now?" she asked.`, "He shrugged."}},
		{"curly", "“We are ready.” The general left.", []string{"“We are ready.”", "The general left."}},
		{"no final stop", "Troops arrive", []string{"Troops arrive"}},
		{"lowercase after period", "The plan, e.g. more troops, failed.", []string{"The plan, e.g. more troops, failed."}},
		{"ellipsis", "He paused... Then he spoke.", []string{"He paused...", "Then he spoke."}},
		{"empty", "", nil},
		// A dateline is not part of the first sentence.
		{"AP dateline", "WASHINGTON (AP) — Critics argue it failed. They left.", []string{"Critics argue it failed.", "They left."}},
		{"AFP en dash", "Beirut (AFP) – Officials met.", []string{"Officials met."}},
		{"Reuters hyphen", "MACAU (Reuters) - Casinos shut.", []string{"Casinos shut."}},
		{"UPI dated", "SAN DIEGO, May 4 (UPI) -- The port reopened.", []string{"The port reopened."}},
		{"state", "PORTLAND, Maine (AP) — Snow fell.", []string{"Snow fell."}},
		{"staff dateline", "WASHINGTON — The Senate voted.", []string{"The Senate voted."}},
		{"staff dateline, quote", "KYIV, Ukraine — “We stay,” she said.", []string{"“We stay,” she said."}},
		{"not a dateline: lowercase after dash", "NATO — the alliance — said it would act.", []string{"NATO — the alliance — said it would act."}},
		{"not a dateline: mixed case without agency", "Officials — and critics — agreed.", []string{"Officials — and critics — agreed."}},
		{"not a dateline: parenthesis without dash", "The mayor (D) said so.", []string{"The mayor (D) said so."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Split(tt.in) {
				got = append(got, tt.in[s[0]:s[1]])
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Split(%q) mismatch (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}
