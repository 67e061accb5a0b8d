package figures_test

import (
	"strings"
	"testing"

	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/ruletest"
	"github.com/google/go-cmp/cmp"
)

func lintText(t *testing.T, date, text string, idx *corpus.Index) []string {
	t.Helper()
	src := text
	if date != "" {
		src = "date " + date + "\n" + text
	}
	var out []string
	for _, f := range ruletest.Lint(t, src, document.Text, nil, idx) {
		if strings.HasPrefix(f.Rule, "figures/") {
			out = append(out, f.Rule+" "+f.Text)
		}
	}
	return out
}

func TestInconsistent(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"restated differently", "The Pentagon sent 1,500 soldiers to the southern border on Monday.\n\nThe 1,800 soldiers set up camps along the southern border on Monday.", []string{"figures/inconsistent 1,800 soldiers"}},
		{"words and digits agree", "The Pentagon sent fifteen hundred soldiers to the southern border on Monday.\n\nThe 1,500 soldiers set up camps along the southern border on Monday.", nil},
		{"approximately the same", "The Pentagon sent roughly 1,500 soldiers to the southern border on Monday.\n\nThe 1,550 soldiers set up camps along the southern border on Monday.", nil},
		{"months and days agree", "The Pentagon deployed soldiers to the southern border for three months.\n\nThe soldiers were deployed to the southern border for 90 days, the Pentagon said.", nil},
		{"increment, not a total", "The Pentagon sent 1,500 soldiers to the southern border on Monday.\n\nThe additional 500 soldiers reached the southern border on Monday.", nil},
		{"different identity", "The Pentagon sent 1,500 active-duty soldiers to the southern border on Monday.\n\nThe 2,500 National Guard soldiers at the southern border stayed on Monday.", nil},
		{"different time", "The storm killed 37 people in the coastal towns by Monday.\n\nThe 41 deaths in the coastal towns were counted by Wednesday.", nil},
		{"deadline, not a length", "Soldiers will deploy to the southern border for 90 days.\n\nThe Pentagon must decide on the southern border deployment within 45 days.", nil},
		{"same number, different thing", "The Pentagon sent 1,500 soldiers to the southern border.\n\nThe 1,500 residents of the border town left.", nil},
		// "the" after a partitive "of" names the whole a part is counted
		// from, not something mentioned before.
		{"the whole of a partitive", "With 64 delegates at stake in the caucus state, Ortiz will win at least 30 delegates there.\n\nOrtiz is now sure of at least 410 of the 1,020 delegates at stake in the Tuesday primaries.", nil},
		{"a goal is not a total", "The agency fell short of its goal of releasing 43,000 pages of the files by December.\n\nThe agency has struggled to post the roughly 54,000 pages of the files on time.", nil},
		{"two goals disagree", "The council set a target of 2,000 homes in the county this year.\n\nThe council's target of the 2,500 homes in the county this year was set in March.", []string{"figures/inconsistent 2,500 homes"}},
		{"of the, after no number, refers back", "The Pentagon sent 1,500 soldiers to the southern border on Monday.\n\nMost of the 1,800 soldiers set up camps along the southern border on Monday.", []string{"figures/inconsistent 1,800 soldiers"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lintText(t, "2023-05-10", tt.text, nil)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}

func TestContradictsCorpus(t *testing.T) {
	idx := exampleCorpus(t)
	tests := []corpusCase{
		{"contradiction", "2023-05-10", "The Pentagon sent 2,000 active-duty troops to the southern border.", []string{"figures/contradicts-corpus 2,000 active-duty troops"}},
		{"synonym head", "2023-05-10", "The Pentagon sent 2,000 active-duty soldiers to the southern border.", []string{"figures/contradicts-corpus 2,000 active-duty soldiers"}},
		{"agrees", "2023-05-10", "The Pentagon sent 1,500 active-duty troops to the southern border.", nil},
		{"agrees in words", "2023-05-10", "The Pentagon sent fifteen hundred active-duty troops to the southern border.", nil},
		{"before the corpus knew", "2023-04-01", "The Pentagon sent 2,000 active-duty troops to the southern border.", nil},
		{"a year later: another deployment", "2024-05-10", "The Pentagon sent 2,000 active-duty troops to the southern border.", nil},
		{"National Guard, not active duty", "2023-05-10", "The state keeps 3,000 National Guard troops at the southern border, the Pentagon said.", nil},
		{"growing toll: latest wins", "2023-09-14", "The death toll from the storm rose to 41, the state emergency agency said.", nil},
		{"growing toll: earlier figure is stale", "2023-09-14", "The death toll from the storm rose to 37, the state emergency agency said.", []string{"figures/contradicts-corpus 37"}},
		{"same-date sources disagree", "2023-09-16", "The death toll from the storm stands at 45, county and state emergency officials said.", []string{"figures/corpus-disagrees 45"}},
		{"undated draft compared with all", "", "The death toll from the storm rose to 37, the state emergency agency said.", nil},
		{"other story", "2023-05-10", "The company sent 2,000 active-duty troops of toy soldiers to stores.", nil},
	}
	checkCorpusCases(t, idx, tests)
}

// TestNamedDayAnchors: a figure with no event, place or identifying
// modifier is compared with the corpus when both sentences name the same
// day ("on Thursday", resolved against each document's date) and share
// the story's words.
func TestNamedDayAnchors(t *testing.T) {
	idx := corpus.New()
	d, err := document.Parse("2024-10-17-walkout.txt", []byte("date 2024-10-17\nBus drivers walk out\n\nAbout 1,400 bus drivers left their depots across the county on Thursday, the drivers' union said.\n"), document.Text)
	if err != nil {
		t.Fatal(err)
	}
	if err := idx.Add(d); err != nil {
		t.Fatal(err)
	}
	tests := []corpusCase{
		{"same named day, same story", "2024-10-18", "The 4,100 bus drivers who left their depots across the county on Thursday were back at work on Friday, union officials said.", []string{"figures/contradicts-corpus 4,100 bus drivers"}},
		{"same named day, agrees", "2024-10-18", "The 1,400 bus drivers who left their depots across the county on Thursday were back at work on Friday, union officials said.", nil},
		{"another day", "2024-10-23", "Some 4,100 bus drivers left their depots across the county on Tuesday, union officials said.", nil},
		{"same day, another story", "2024-10-18", "On Thursday 4,100 bus drivers in the capital voted on a new contract, officials said.", nil},
		{"no named day in the draft", "2024-10-18", "The 4,100 bus drivers across the county are back at work, union officials said.", nil},
	}
	checkCorpusCases(t, idx, tests)
}

// corpusCase is a draft (with its date) checked against a corpus.
type corpusCase struct {
	name, date, text string
	want             []string
}

func checkCorpusCases(t *testing.T, idx *corpus.Index, tests []corpusCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := lintText(t, tt.date, tt.text, idx)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got)\n%s", diff)
			}
		})
	}
}
