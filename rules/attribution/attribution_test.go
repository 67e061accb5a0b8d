package attribution_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/attribution"
	"github.com/attrlint/attrlint/rules/document"
)

// rel is an attribution as text: Source is "-" when there is none.
type rel struct{ Kind, Source, Cue, Content string }

func analyze(t *testing.T, src string) (*document.Document, *attribution.Result) {
	t.Helper()
	d, err := document.Parse("t.txt", []byte(src), document.Text)
	if err != nil {
		t.Fatal(err)
	}
	res, err := rules.Analyze(d, nil, nil, attribution.Analyzer)
	if err != nil {
		t.Fatal(err)
	}
	return d, res[attribution.Analyzer].(*attribution.Result)
}

func rels(d *document.Document, r *attribution.Result) []rel {
	text := func(s attribution.Span) string { return d.Blocks[s.Block].Text[s.Start:s.End] }
	var out []rel
	for _, a := range r.Attributions {
		src := "-"
		if a.HasSource {
			src = text(a.Source)
		}
		out = append(out, rel{a.Kind.String(), src, text(a.Cue), text(a.Content)})
	}
	return out
}

func TestAnalysis(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []rel
	}{
		{"cue after content", "The troops will leave on Friday, Ryder said.",
			[]rel{{"direct", "Ryder", "said", "The troops will leave on Friday"}}},
		{"cue before content", "Ryder said the troops would leave on Friday.",
			[]rel{{"direct", "Ryder", "said", "the troops would leave on Friday"}}},
		{"inverted", "“We are ready to go,” said Brig. Gen. Pat Ryder, a spokesman.",
			[]rel{{"direct", "Brig. Gen. Pat Ryder, a spokesman", "said", "“We are ready to go,”"}}},
		{"parenthetical", "The troops, Ryder said, will stay for 90 days.",
			[]rel{{"direct", "Ryder", "said", "The troops, Ryder said, will stay for 90 days"}}},
		{"according to", "The deployment will cost $50 million, according to the Pentagon.",
			[]rel{{"direct", "the Pentagon", "according to", "The deployment will cost $50 million"}}},
		{"document source", "Ridership fell 12 percent last year, the report found.",
			[]rel{{"direct", "the report", "found", "Ridership fell 12 percent last year"}}},
		{"colon speech", "Ryder: “The mission is clear and we are ready.”",
			[]rel{{"direct", "Ryder", ":", "“The mission is clear and we are ready.”"}}},
		{"an announcing verb in a which-clause closing the sentence", "The answer is a subsidy covering half of a grower's premium, which the minister announced in September.",
			[]rel{{"direct", "the minister", "announced", "The answer is a subsidy covering half of a grower's premium"}}},
		{"the main verb after a who clause with a cue of its own", "Podesta, who said the project was vetted by his firm's counsel, said he was unaware of any dispute.",
			[]rel{{"direct", "Podesta", "said", "the project was vetted by his firm's counsel"}, {"direct", "Podesta", "said", "he was unaware of any dispute"}}},
		{"the main verb after a who clause set off by dashes", "Trump - who previously said he would close the mines - said at a rally that the borders should close.",
			[]rel{{"direct", "Trump", "previously said", "he would close the mines"}, {"direct", "Trump", "said", "that the borders should close"}}},
		{"a verb after a comma that closes no who clause", "Podesta said the project was vetted by his firm's counsel, said to be the best in town.",
			[]rel{{"direct", "Podesta", "said", "the project was vetted by his firm's counsel, said to be the best in town"}}},
		{"a participle after a comma inside a closing quote", "Trump gave a speech on “New York values,” saying the city was brave.",
			[]rel{{"direct", "Trump", "saying", "the city was brave"}}},
		{"a participle after a dash", "Rubio changed his pick on the spot – saying he would now back the Panthers.",
			[]rel{{"direct", "Rubio", "saying", "he would now back the Panthers"}}},
		{"a second cue after a comma inside a closing quote", "Cruz said there is “only one conservative who can win,” adding that it is why he is attacked.",
			[]rel{{"direct", "Cruz", "said", "there is “only one conservative who can win,”"}, {"direct", "Cruz", "adding", "that it is why he is attacked"}}},
		{"the and a noun, then a verb of showing, closing the sentence", "Eleven of the grants went to churches, the list shows.",
			[]rel{{"direct", "the list", "shows", "Eleven of the grants went to churches"}}},
		{"the and a noun, then a verb of showing, not closing the sentence", "Eleven of the grants went to churches, the list shows clearly enough to anyone.",
			nil},
		{"a cue that needs a tail, as a quote's tag", "“We will not back down from this fight,” Gorka declared.",
			[]rel{{"direct", "Gorka", "declared", "“We will not back down from this fight,”"}}},
		{"a cue that needs a tail, before a quote", "She declared “What a night for this town!”",
			[]rel{{"direct", "She", "declared", "“What a night for this town!”"}}},
		{"a cue that needs a tail, before a colon", "The mayor declared: the bridge will reopen in May.",
			[]rel{{"direct", "The mayor", "declared:", "the bridge will reopen in May"}}},
		{"a cue word that needs a tail, as a noun in an inverted source", "“We are done,” said the suspect.",
			[]rel{{"direct", "the suspect", "said", "“We are done,”"}}},
		{"a cue that needs a tail, without one", "The candidate won after declaring in the final week.",
			nil},
		{"'add up to' is a sum, no cue", "The purses he owes add up to roughly 310,000 ornas.",
			nil},
		{"a proof that may be made is no report", "The appeal fails unless it can show that nine votes were lost.",
			nil},
		{"a quote after its own verb of speech keeps it from a later tag", "At the end the whole playground shouted “Happy Christmas!” on the count of three. “And give her a carrot!” her mother added.",
			[]rel{{"direct", "her mother", "added", "“And give her a carrot!”"}}},
		{"a document that shows reports", "The audit shows that nine votes were lost.",
			[]rel{{"direct", "The audit", "shows", "that nine votes were lost"}}},
		{"dash name", "Ward spoke at noon.\n\n“We will not back down from this fight.” — Mayor Ellen Ward",
			[]rel{{"lede", "Mayor Ellen Ward", "—", "Ward spoke at noon"}, {"direct", "Mayor Ellen Ward", "—", "“We will not back down from this fight.”"}}},
		{"dash name after the quote's sentence, its full stop left out", "Ward spoke at noon.\n\n“We will not back down from this fight.” — Bernie Sanders.",
			[]rel{{"lede", "Bernie Sanders", "—", "Ward spoke at noon"}, {"direct", "Bernie Sanders", "—", "“We will not back down from this fight.”"}}},
		{"a spaced hyphen as the dash", "Ward spoke at noon.\n\n\"We will not back down from this fight.\" - Bernie Sanders.",
			[]rel{{"lede", "Bernie Sanders", "-", "Ward spoke at noon"}, {"direct", "Bernie Sanders", "-", "\"We will not back down from this fight.\""}}},
		{"a hyphen in a word is no dash", "Ward spoke at noon.\n\n\"We will not back down from this fight.\" Mid-Sanders.",
			nil},
		{"multi-sentence quote attributed once", "“We are ready,” she said. “The mission is clear.”",
			[]rel{{"direct", "she", "said", "“We are ready,”"}, {"quote", "she", "said", "“The mission is clear.”"}}},
		{"quote continues into next paragraph", "“We will not stop here,” Okafor said. “We will keep going.\n\n“And we will finish the job.”",
			[]rel{{"direct", "Okafor", "said", "“We will not stop here,”"}, {"quote", "Okafor", "said", "“We will keep going"}, {"previous", "Okafor", "said", "“And we will finish the job.”"}}},
		{"speaker in the paragraph before", "Okafor addressed the crowd at noon and said:\n\n“We will finish the job.”",
			[]rel{{"direct", "Okafor", "said:", "Okafor addressed the crowd at noon and said:"}, {"previous", "Okafor", "said:", "“We will finish the job.”"}}},
		{"paragraph scope", "Ryder said the troops would leave Friday. He added that they would stay 90 days. They will be armed.",
			[]rel{{"direct", "Ryder", "said", "the troops would leave Friday"}, {"direct", "He", "added", "that they would stay 90 days"}, {"scope", "He", "added", "They will be armed"}}},
		{"lede sourced in the next paragraphs", "Troops head south\n\nThe Pentagon will send 2,000 troops to the border.\n\nThe soldiers will come from Texas bases.\n\nThe order was signed Monday, officials said.",
			[]rel{{"lede", "officials", "said", "The Pentagon will send 2,000 troops to the border"}, {"direct", "officials", "said", "The order was signed Monday"}}},
		{"a title and a name set off by commas", "The developer, Corrin Homes, said the flats would sell.",
			[]rel{{"direct", "The developer, Corrin Homes", "said", "the flats would sell"}}},
		{"intent with named actor", "The Pentagon plans to send more aircraft.",
			[]rel{{"intent", "The Pentagon", "plans", "send more aircraft"}}},
		{"sourceless it is believed", "It is believed the ship sank in the storm.",
			[]rel{{"sourceless", "-", "It is believed", "the ship sank in the storm"}}},
		{"sourceless reportedly", "The move reportedly angered officials in Mexico.",
			[]rel{{"sourceless", "-", "reportedly", "The move reportedly angered officials in Mexico"}}},
		{"two apostrophes as quote marks", "''The levy is overdue,'' said Dana Okafor, the council president. ''We waited long enough.''",
			[]rel{{"direct", "Dana Okafor, the council president", "said", "''The levy is overdue,''"}, {"quote", "Dana Okafor, the council president", "said", "''We waited long enough.''"}}},
		{"that after a place and time", "Ryder said at a news conference on Tuesday that the troops would leave.",
			[]rel{{"direct", "Ryder", "said", "that the troops would leave"}}},
		{"that after an object of told", "Okafor told reporters that the levy would pass.",
			[]rel{{"direct", "Okafor", "told", "that the levy would pass"}}},
		{"appositive source then that", "Pat Ryder, a spokesman, said that the troops would leave Friday.",
			[]rel{{"direct", "Pat Ryder, a spokesman", "said", "that the troops would leave Friday"}}},
		{"introductory phrase before the frame", "In a video released by the campaign, Okafor said the levy would pass easily.",
			[]rel{{"direct", "Okafor", "said", "the levy would pass easily"}}},
		{"participle continues the named source", "“We are ready,” Ryder said, adding that the troops would leave Friday.",
			[]rel{{"direct", "Ryder", "said", "“We are ready,”"}, {"direct", "Ryder", "adding", "that the troops would leave Friday"}}},
		{"and continues the named source", "Okafor said the levy was overdue and warned that the buses would stop.",
			[]rel{{"direct", "Okafor", "said", "the levy was overdue"}, {"direct", "Okafor", "warned", "that the buses would stop"}}},
		{"speaker label carries its paragraph", "OKAFOR: We will finish the job this year. Nobody should doubt it.",
			[]rel{{"direct", "OKAFOR", ":", "We will finish the job this year"}, {"scope", "OKAFOR", ":", "Nobody should doubt it"}}},
		{"speaker label in a headline", "Okafor: Levy Will Pass This Year",
			[]rel{{"direct", "Okafor", ":", "Levy Will Pass This Year"}}},
		{"asked whether", "Asked whether the levy would pass, Okafor said it would.",
			[]rel{{"direct", "Okafor", "said", "it would"}, {"sourceless", "-", "Asked", "whether the levy would pass"}}},
		{"was asked about", "Ryder was asked about the cost of the deployment.",
			[]rel{{"sourceless", "-", "was asked about", "the cost of the deployment"}}},
		{"in a named poll, sentence first", "In a new Harbor College poll, 40 percent of voters backed the levy.",
			[]rel{{"direct", "a new Harbor College poll", "In", "40 percent of voters backed the levy"}}},
		{"in a named poll, sentence last", "Okafor leads the race by 12 points in the latest Harbor College poll.",
			[]rel{{"direct", "the latest Harbor College poll", "in", "Okafor leads the race by 12 points"}}},
		{"appears to with a named actor", "Okafor appears to have the votes she needs.",
			[]rel{{"intent", "Okafor", "appears", "have the votes she needs"}}},
		{"pointed to with its tail", "Okafor pointed to the budget gap.",
			[]rel{{"direct", "Okafor", "pointed to", "the budget gap"}}},
		{"a stance verb with a named source", "Ryder questioned the cost of the deployment.",
			[]rel{{"direct", "Ryder", "questioned", "the cost of the deployment"}}},
		{"states that", "The filing states that the levy expired in May.",
			[]rel{{"direct", "The filing", "states", "that the levy expired in May"}}},
		{"a name ending in s plans", "The council backed Sanders on Monday. Sanders plans to run again.",
			[]rel{{"intent", "Sanders", "plans", "run again"}}},
		{"a recipient after to", "“We are out of money,” Okafor wrote to the council.",
			[]rel{{"direct", "Okafor", "wrote", "“We are out of money,”"}}},
		{"said opening the sentence", "Said Okafor, “We are out of money.”",
			[]rel{{"direct", "Okafor", "Said", "“We are out of money.”"}}},
		{"a lone name ending in s as a weak cue's source", "Jacobs called the levy a mistake.",
			[]rel{{"direct", "Jacobs", "called", "the levy a mistake"}}},
		{"polling as a document source", "Exit polling shows the levy passing by 12 points.",
			[]rel{{"direct", "Exit polling", "shows", "the levy passing by 12 points"}}},
		{"quote after a sourced sentence", "Okafor said the levy was overdue. “We waited long enough.”",
			[]rel{{"direct", "Okafor", "said", "the levy was overdue"}, {"quote", "Okafor", "said", "“We waited long enough.”"}}},
		{"source set off by dashes", "Council members in two wards — Eastside and Harbor — said the levy was overdue.",
			[]rel{{"direct", "Council members in two wards — Eastside and Harbor —", "said", "the levy was overdue"}}},
		{"source set off by double hyphens", "The treasurer -- who has served since 2019 -- said the fund was empty.",
			[]rel{{"direct", "The treasurer -- who has served since 2019 --", "said", "the fund was empty"}}},
		{"an age before the appositive", "Okafor, 52, the council president, said the levy was overdue.",
			[]rel{{"direct", "Okafor, 52, the council president", "said", "the levy was overdue"}}},
		{"a party tag with a period", "“We will vote no,” Sen. Dana Reyes, D-Ore., said.",
			[]rel{{"direct", "Sen. Dana Reyes, D-Ore", "said", "“We will vote no,”"}}},
		{"a long source", "A senior city budget official familiar with the negotiations said the deal was close.",
			[]rel{{"direct", "A senior city budget official familiar with the negotiations", "said", "the deal was close"}}},
		{"a title before a name with an appositive", "Harbor ward delegate Mary Okafor, clad in green, said the vote was close.",
			[]rel{{"direct", "Harbor ward delegate Mary Okafor, clad in green", "said", "the vote was close"}}},
		{"a subordinate clause before the frame", "Even if the levy fails, council members said the buses would run.",
			[]rel{{"direct", "council members", "said", "the buses would run"}}},
		{"a verb in a title-case headline", "Okafor Says Levy Will Pass In May",
			[]rel{{"direct", "Okafor", "Says", "Levy Will Pass In May"}}},
		{"a stance verb in a title-case headline", "Council Leader Slams Plan To Cut Routes",
			[]rel{{"direct", "Council Leader", "Slams", "Plan To Cut Routes"}}},
		{"a frame inside a clause", "The delay came as the council opposed a new audit of the fund.",
			[]rel{{"direct", "the council", "opposed", "a new audit of the fund"}}},
		{"an appositive closing an inverted frame", "The fund is empty, said Dana Okafor, Harbor's treasurer.",
			[]rel{{"direct", "Dana Okafor, Harbor's treasurer", "said", "The fund is empty"}}},
		{"a second cue of one source ends the first content", "Okafor defended the levy, calling it overdue.",
			[]rel{{"direct", "Okafor", "defended", "the levy"}, {"direct", "Okafor", "calling", "it overdue"}}},
		{"a speaker label before a turn with cue words", "OKAFOR: I think the levy will pass.",
			[]rel{{"direct", "OKAFOR", ":", "I think the levy will pass"}, {"direct", "I", "think", "the levy will pass"}}},
		{"a speaker label with a party tag", "Sen. Dana Reyes (D-Ore.): We will vote no on the levy.",
			[]rel{{"direct", "Sen. Dana Reyes (D-Ore.)", ":", "We will vote no on the levy"}}},
		{"a name and a colon before a quote paragraph", "The result did not surprise the pollster Dana Shaw:\n\n“Turnout decided it. It always does.”",
			[]rel{{"lede", "Dana Shaw", ":", "The result did not surprise the pollster Dana Shaw:"}, {"previous", "Dana Shaw", ":", "“Turnout decided it"}, {"previous", "Dana Shaw", ":", "It always does.”"}}},
		{"a quote split by its frame", "“We waited,” Okafor said, “and we will wait no longer.”",
			[]rel{{"direct", "Okafor", "said", "“We waited,” Okafor said, “and we will wait no longer.”"}}},
		{"a connective before the frame is not content", "Rather, council members say the levy is overdue.",
			[]rel{{"direct", "council members", "say", "the levy is overdue"}}},
		{"a recipient of told is not content", "Okafor told the Herald she would run again.",
			[]rel{{"direct", "Okafor", "told", "she would run again"}}},
		{"a participle after by", "Okafor answered the mayor by saying the levy was overdue.",
			[]rel{{"direct", "Okafor", "answered", "the mayor"}, {"direct", "Okafor", "saying", "the levy was overdue"}}},
		{"a share of a group in a relative clause", "It is a city in which 67 percent of voters say the levy is overdue.",
			[]rel{{"direct", "67 percent of voters", "say", "the levy is overdue"}}},
		{"a split quote with an object", "“We waited,” Okafor told the Herald on Monday, “and we will not wait again.”",
			[]rel{{"direct", "Okafor", "told", "“We waited,” Okafor told the Herald on Monday, “and we will not wait again.”"}}},
		{"a time phrase before the frame", "Over the past two weeks, Okafor said the levy was overdue.",
			[]rel{{"direct", "Okafor", "said", "the levy was overdue"}}},
		// Negative cases.
		{"a short sentence after the frame keeps the content before", "This is wrong, Okafor said.",
			[]rel{{"direct", "Okafor", "said", "This is wrong"}}},
		{"a connective inside a quote is content", "“Finally,” a resident said.",
			[]rel{{"direct", "a resident", "said", "“Finally,”"}}},
		{"a one-word name before a colon is not enough", "The result had one cause, Turnout:\n\n“It decided everything.”", nil},
		{"a nested source keeps the outer content whole", "Okafor said Ryder told her the buses would stop.",
			[]rel{{"direct", "Okafor", "said", "Ryder told her the buses would stop"}, {"direct", "Ryder", "told", "the buses would stop"}}},
		{"a relative clause after an inverted frame is no appositive", "The fund is empty, said Okafor, who warned of cuts.",
			[]rel{{"direct", "Okafor", "said", "The fund is empty"}, {"direct", "Okafor", "warned", "of cuts"}}},
		{"a noun-verb in a title-case headline", "Harbor County Reports Record Turnout Again", nil},
		{"a capitalised cue word in running text is a name", "The Said family runs the bakery on Main Street.", nil},
		{"a dash without its pair is no appositive", "The vote was close — said to be the closest in years.", nil},
		{"no quote carried from another paragraph's plain sentence", "Okafor said the levy was overdue.\n\nThe crowd cheered. “Finally,” a resident said.",
			[]rel{{"direct", "Okafor", "said", "the levy was overdue"}, {"direct", "a resident", "said", "“Finally,”"}}},
		{"a verb after to is not a recipient", "Okafor wrote to complain about the levy.", nil},
		{"states as a noun", "Okafor won the battleground states by wide margins.", nil},
		{"points as a noun", "Okafor scored points with the council.", nil},
		{"a quantity makes a noun", "The levy drew 45 percent support from the council.", nil},
		{"an adjective of amount makes a noun", "The levy drew broad support from the council.", nil},
		{"a label is not a speaker", "Update: The council voted on Monday to delay the levy.", nil},
		{"an interview turn is not a speaker", "Q: Will the levy pass this year?", nil},
		{"a tally is not a speaker", "Okafor: 781.", nil},
		{"asked with a named asker is a speech cue", "Ryder asked whether the troops could leave.",
			[]rel{{"direct", "Ryder", "asked", "whether the troops could leave"}}},
		{"strength in the polls is not a finding", "Okafor's strength in the polls surprised the council.", nil},
		{"appears without a named actor", "The levy appears to have the votes.", nil},
		{"relative that is not reported speech", "Ryder said the report that he wrote was wrong.",
			[]rel{{"direct", "Ryder", "said", "the report that he wrote was wrong"}}},
		{"a trailing frame with a long tail keeps the content before", "The levy will pass, Okafor said in a statement released Tuesday by her office.",
			[]rel{{"direct", "Okafor", "said in a statement", "The levy will pass"}}},
		{"possessive makes a noun", "The mayor's support for the levy was clear.", nil},
		{"possessive pronoun makes a noun", "Her comments drew criticism from the council.", nil},
		{"no continuation without a cue", "Ryder said the troops left, and the reports were filed late.",
			[]rel{{"direct", "Ryder", "said", "the troops left, and the reports were filed late"}}},
		{"cue word inside two-apostrophe quotes", "''I think they know the way,'' Okafor said.",
			[]rel{{"direct", "Okafor", "said", "''I think they know the way,''"}}},
		{"plain description", "The mayor visited the shelter on Sept. 26 and spoke with families.", nil},
		{"passive is not a cue", "The troops were told to wait at the gate.", nil},
		{"cue word inside a quote", "“He said no to everything,” the mayor said.",
			[]rel{{"direct", "the mayor", "said", "“He said no to everything,”"}}},
		{"noun not verb", "The reports were filed late on Monday.", nil},
		{"no scope without a continuation", "Ryder said the troops would leave. The border is 2,000 miles long.",
			[]rel{{"direct", "Ryder", "said", "the troops would leave"}}},
		{"lede not sourced nearby", "The Pentagon will send 2,000 troops.\n\nThey will come from Texas.\n\nThe order was signed Monday.\n\nThe plan was approved, officials said.",
			[]rel{{"direct", "officials", "said", "The plan was approved"}}},
		{"unnamed intent actor is not a source", "Troops plan to leave.", nil},
		{"stance with an adverb", "Council members were sharply divided on the levy.",
			[]rel{{"direct", "Council members", "were sharply divided", "on the levy"}}},
		{"no scope for a new claimant", "Ryder said the troops would leave. But Patel disagreed with the plan.",
			[]rel{{"direct", "Ryder", "said", "the troops would leave"}, {"direct", "Patel", "disagreed", "with the plan"}}},
		{"no scope for a new document", "Ryder said the troops would leave. But the budget data shows 2,000 more.",
			[]rel{{"direct", "Ryder", "said", "the troops would leave"}, {"direct", "the budget data", "shows", "2,000 more"}}},
		{"no scope for a new figure source", "Ryder said the troops would leave. And the report lists 2,000 more.",
			[]rel{{"direct", "Ryder", "said", "the troops would leave"}}},
		{"horizontal bar before a name", "“We will not back down.” ― Mayor Ellen Ward",
			[]rel{{"direct", "Mayor Ellen Ward", "―", "“We will not back down.”"}}},
		{"dash before a name with an appositive", "“Nobody asked us about the levy.” — Dana Okafor, 41, a teacher in Dayton",
			[]rel{{"direct", "Dana Okafor, 41, a teacher in Dayton", "—", "“Nobody asked us about the levy.”"}}},
		{"dash before a clause is no credit", "The levy passed easily — Dayton, Ohio, voted for it first.", nil},
		{"dash before a clause with a cue is no credit", "The levy passed easily — Okafor, the mayor, said it would pass.",
			[]rel{{"direct", "Okafor, the mayor", "said", "it would pass"}}},
		{"progressive intent with a named actor", "Rep. Dana Okafor is planning to run for mayor.",
			[]rel{{"intent", "Rep. Dana Okafor", "is planning", "run for mayor"}}},
		{"an effort is not intent", "Okafor will try to win the race.", nil},
		{"stance verb", "The mayor emphasizes that the budget is balanced.",
			[]rel{{"direct", "The mayor", "emphasizes", "that the budget is balanced"}}},
		{"stress is a noun first", "Exam stress is rising among students.", nil},
		{"criticism verb", "The mayor chastised the board for the delay.",
			[]rel{{"direct", "The mayor", "chastised", "the board for the delay"}}},
		{"participle after a clause", "Two parents, Ann Lee and Bo Park, sued the district, contending that the vote was rigged.",
			[]rel{{"direct", "Two parents", "contending", "that the vote was rigged"}}},
		// Source noun phrases with appositives and relative clauses.
		{"appositive with a comma of its own", "Dana Okafor, a teacher from Dayton, Ohio, said the levy would pass.",
			[]rel{{"direct", "Dana Okafor, a teacher from Dayton, Ohio", "said", "the levy would pass"}}},
		{"appositive place after an opening phrase is not the source", "In Dayton, Ohio, the mayor said the levy would pass.",
			[]rel{{"direct", "the mayor", "said", "the levy would pass"}}},
		{"appositive of a common noun", "Several council members, including Okafor, said the vote should wait.",
			[]rel{{"direct", "Several council members, including Okafor", "said", "the vote should wait"}}},
		{"relative clause after the source", "Parents and teachers who oppose the levy said the vote would be close.",
			[]rel{{"direct", "Parents and teachers", "said", "the vote would be close"}}},
		{"relative clause with a comma", "Okafor, who chairs the board, said the vote would be close.",
			[]rel{{"direct", "Okafor, who chairs the board", "said", "the vote would be close"}}},
		{"a relative clause in the content is not the source", "The board thanked the parents who oppose the levy, the mayor said.",
			[]rel{{"direct", "the mayor", "said", "The board thanked the parents who oppose the levy"}}},
		{"appositive after a name with a suffix", "“The vote was rigged,” Ellen Ward Jr., the director of the county board, said at a news conference.",
			[]rel{{"direct", "Ellen Ward Jr., the director of the county board", "said", "“The vote was rigged,”"}}},
		{"party in parentheses before the comma", "Sen. Dana Okafor (D-Ohio), said on Tuesday that she had not read the bill.",
			[]rel{{"direct", "Sen. Dana Okafor (D-Ohio)", "said", "that she had not read the bill"}}},
		{"relative clause after a party", "Sen. Dana Okafor (D-Ohio), who has endorsed Ward, said the race was close.",
			[]rel{{"direct", "Sen. Dana Okafor (D-Ohio), who has endorsed Ward", "said", "the race was close"}}},
		{"adverb between the source and a relative clause", "Okafor, meanwhile, who has no such endorsements, said that fact speaks volumes.",
			[]rel{{"direct", "Okafor, meanwhile, who has no such endorsements", "said", "that fact speaks volumes"}}},
		{"a statement phrase between the source and the cue", "Dana Okafor, in a statement released by the campaign on Thursday, said she would run again.",
			[]rel{{"direct", "Dana Okafor", "said", "she would run again"}}},
		{"an aside with with before added", "Smith, with a smile, added that the fund had grown.",
			[]rel{{"direct", "Smith", "added", "that the fund had grown"}}},
		{"a poll inside the source", "Some 78 percent of voters in a recent Marist poll said they think she is honest.",
			[]rel{{"direct", "Some 78 percent of voters in a recent Marist poll", "said", "they think she is honest"}, {"direct", "they", "think", "she is honest"}}},
		{"relative pronoun as the source", "Among those who said they cared most about honesty, Okafor won.",
			[]rel{{"direct", "who", "said", "they cared most about honesty, Okafor won"}}},
		{"inverted source with a name appositive and a time", "The vote was fair, said the board's director, Ellen Ward, on Monday.",
			[]rel{{"direct", "the board's director, Ellen Ward", "said", "The vote was fair"}}},
		{"inverted source before a clause stays a parenthetical", "The vote, said the board's director, Ellen Ward, was fair.",
			[]rel{{"direct", "the board's director, Ellen Ward", "said", "The vote, said the board's director, Ellen Ward, was fair"}}},
		{"two coordinated sources", "Asked about it, 21 percent said “not too likely” and 14 percent said “not at all likely.”",
			[]rel{{"direct", "21 percent", "said", "“not too likely”"}, {"direct", "14 percent", "said", "“not at all likely.”"}, {"sourceless", "-", "Asked about", "it"}}},
		{"a source after but", "Okafor said the levy was overdue, but Ward said it could wait.",
			[]rel{{"direct", "Okafor", "said", "the levy was overdue"}, {"direct", "Ward", "said", "it could wait"}}},
		{"a nested source stays in the content", "Okafor said Ward told her the levy was overdue.",
			[]rel{{"direct", "Okafor", "said", "Ward told her the levy was overdue"}, {"direct", "Ward", "told", "the levy was overdue"}}},
		{"inverted source with a long description", "The race will be tight, said Dan Ward, director of the county board and an independent analyst in Dayton.",
			[]rel{{"direct", "Dan Ward", "said", "The race will be tight"}}},
		{"inverted source with a relative clause", "“We will win,” said Ellen Ward, who backs the levy but is not working for the campaign.",
			[]rel{{"direct", "Ellen Ward", "said", "“We will win,”"}}},
		{"transcript after as follows", "Partial transcript as follows:\n\nWARD: The levy is overdue.\n\n(BEGIN VIDEO CLIP.)\n\nOKAFOR: We have waited long enough.\n\nAnd the teachers have waited too, and so have the parents of this city.\n\n\"We will win this year.\"\n\nFollow Dana Okafor on Twitter.",
			[]rel{{"direct", "Partial transcript", "as follows:", "as follows:"}, {"direct", "WARD", ":", "The levy is overdue"}, {"direct", "OKAFOR", ":", "We have waited long enough"},
				{"previous", "Partial transcript", "as follows:", "And the teachers have waited too, and so have the parents of this city"}, {"previous", "Partial transcript", "as follows:", "\"We will win this year.\""}}},
		{"no transcript without its introduction", "The council met:\n\nAnd the teachers have waited too, and so have the parents of this city.", nil},
		{"a transcript introduction sources no lede", "The levy passed on Monday.\n\nTranscript:\n\n\"We will win this year.\"",
			[]rel{{"direct", "Transcript", ":", ":"}, {"previous", "Transcript", ":", "\"We will win this year.\""}}},
		{"a slash inside a name", "Ward leads with 41 percent, according to an NBC/Marist poll.",
			[]rel{{"direct", "an NBC/Marist poll", "according to", "Ward leads with 41 percent"}}},
		{"a slash before a lowercase word ends the source", "The levy passed, according to Ward/staff notes.",
			[]rel{{"direct", "Ward", "according to", "The levy passed"}}},
		{"frame after a quote that ends in an exclamation mark", "The board met.\n\n“We had waited long enough!” Okafor said to reporters.",
			[]rel{{"lede", "Okafor", "said", "The board met"}, {"direct", "Okafor", "said", "“We had waited long enough!”"}, {"direct", "Okafor", "said", "to reporters"}}},
		{"no quote before a frame that opens a clause", "The board met.\n\n“Why wait?” Okafor said the levy was overdue.",
			[]rel{{"lede", "Okafor", "said", "The board met"}, {"direct", "Okafor", "said", "the levy was overdue"}}},
		{"said of a topic after a quote", "“She just made it up,” he said of the claim during a radio show.",
			[]rel{{"direct", "he", "said of", "“She just made it up,”"}}},
		{"name after a dash and before a colon and a quote", "VOTERS WANT A CHANGE - Dana Okafor and Ellen Ward: “The survey shows a clear shift.”",
			[]rel{{"direct", "Dana Okafor and Ellen Ward", ":", "“The survey shows a clear shift.”"}}},
		{"no name before the colon", "The levy - a tax: “not again” was the cry.", nil},
		{"an -ly adverb between source and cue", "Okafor formally announced that she would run.",
			[]rel{{"direct", "Okafor", "formally announced", "that she would run"}}},
		{"a noun in -ly is the source", "The family said the levy was overdue.",
			[]rel{{"direct", "The family", "said", "the levy was overdue"}}},
		{"a pronoun source takes no modifier", "This time he said the levy would pass.",
			[]rel{{"direct", "he", "said", "the levy would pass"}}},
		{"two names joined by and", "Okafor and Ward have both said the levy is overdue.",
			[]rel{{"direct", "Okafor and Ward", "have both said", "the levy is overdue"}}},
		{"a clause joined by and is not the source", "The levy passed and Ward said it was overdue.",
			[]rel{{"direct", "Ward", "said", "it was overdue"}}},
		{"asked by someone", "Asked by Dana Ward to respond to the criticism, Okafor declined.",
			[]rel{{"direct", "Dana Ward", "Asked", "to respond to the criticism"}}},
		{"asked where before the question", "Asked Tuesday about the levy, Okafor said it was overdue.",
			[]rel{{"direct", "Okafor", "said", "it was overdue"}, {"sourceless", "-", "Asked", "the levy"}}},
		{"asked with an object is a speech cue", "He asked the board for time.",
			[]rel{{"direct", "He", "asked", "the board for time"}}},
		// A verb of saying whose source no frame reader ties keeps its cue.
		{"saying verb with an untied source", "Officials at the plant, speaking on the condition of anonymity because they were not allowed to discuss the sale, said the deal was done.",
			[]rel{{"direct", "-", "said", "the deal was done"}}},
		{"saying verb after a name that reads as a modal", "Ward will finish third, Will wrote.",
			[]rel{{"direct", "-", "wrote", "Ward will finish third"}}},
		{"a second cue after and keeps its named source", "In her speech, Okafor praised the volunteers and said her successor would finish the work.",
			[]rel{{"direct", "Okafor", "praised", "the volunteers"}, {"direct", "Okafor", "said", "her successor would finish the work"}}},
		{"that said is no cue", "That said, the levy passed easily.", nil},
		{"a passive saying verb is no direct cue", "The levy was noted in the minutes.", nil},
		// Phrasal cues of a named source.
		{"went on to say", "Okafor went on to say that the levy was overdue.",
			[]rel{{"direct", "Okafor", "went on to say", "that the levy was overdue"}}},
		{"made it clear", "Ward made it clear that she would not run again.",
			[]rel{{"direct", "Ward", "made it clear", "that she would not run again"}}},
		{"has made clear", "The mayor has made clear she will veto the budget.",
			[]rel{{"direct", "The mayor", "has made clear", "she will veto the budget"}}},
		{"made clear to a recipient is left alone", "The rules were made clear to every bidder.", nil},
		{"as X put it, before the content", "As Okafor put it, the levy is a tax on patience.",
			[]rel{{"direct", "Okafor", "put it", "the levy is a tax on patience"}}},
		{"as X put it, inside the content", "The levy, as one board member put it, is overdue.",
			[]rel{{"direct", "one board member", "put it", "The levy, as one board member put it, is overdue"}}},
		{"put it to a vote is no cue", "The board put it to a vote on Monday.", nil},
		{"went on to win is no cue", "Okafor went on to win the seat.", nil},
		{"under a law", "Under state law, candidates trailing by less than 1 percent may ask for a recount.",
			[]rel{{"direct", "state law", "Under", "candidates trailing by less than 1 percent may ask for a recount"}}},
		{"under a plan carries neither the next sentence nor the lede", "The board met on Monday.\n\nUnder the plan, bus fares will rise. The city will add buses.",
			[]rel{{"direct", "the plan", "Under", "bus fares will rise"}}},
		{"under pressure is no cue", "Under pressure from donors, the council cut the levy.", nil},
		// Passives that attribute to no one: recorded, sourcing nothing.
		{"unsourced: is expected to", "The sale is expected to close in March.",
			[]rel{{"unsourced", "-", "is expected", "The sale is expected to close in March"}}},
		{"unsourced: was not expected to", "Ward was not expected to run again.",
			[]rel{{"unsourced", "-", "was not expected", "Ward was not expected to run again"}}},
		{"unsourced: is accused of", "The contractor is accused of fraud.",
			[]rel{{"unsourced", "-", "is accused of", "The contractor is accused of fraud"}}},
		{"unsourced: is seen as", "Okafor is seen as a long shot.",
			[]rel{{"unsourced", "-", "is seen", "Okafor is seen as a long shot"}}},
		{"unsourced: is considered a", "Ward is considered a favorite for the seat.",
			[]rel{{"unsourced", "-", "is considered", "Ward is considered a favorite for the seat"}}},
		{"unsourced: is known for", "The town is known for its mills.",
			[]rel{{"unsourced", "-", "is known for", "The town is known for its mills"}}},
		{"unsourced inside a sourced content", "Okafor said the levy is expected to pass.",
			[]rel{{"direct", "Okafor", "said", "the levy is expected to pass"}, {"unsourced", "-", "is expected", "the levy is expected to pass"}}},
		{"an unsourced passive carries nothing", "The sale is expected to close in March. It will cost $40 million.",
			[]rel{{"unsourced", "-", "is expected", "The sale is expected to close in March"}}},
		{"seen doing is no view", "Ward was seen leaving the hall.", nil},
		{"considered in committee is no view", "The bill was considered in committee.", nil},
		{"as expected is no cue", "The results were as expected.", nil},
		// Nominal cues and states of mind.
		{"possessive nominal cue", "Critics seized on Ward’s suggestion that the vote was rigged.",
			[]rel{{"direct", "Ward", "suggestion", "that the vote was rigged"}}},
		{"pronoun possessive nominal cue", "Voters rejected her claim that the levy was overdue.",
			[]rel{{"direct", "Voters", "rejected", "her claim that the levy was overdue"}, {"direct", "her", "claim", "that the levy was overdue"}}},
		{"no nominal cue without a possessor", "The fact that the levy failed surprised no one.", nil},
		{"no nominal cue without a clause", "Ward’s suggestion drew fire from the board.", nil},
		{"state of mind with its holder", "But Okafor is convinced that the levy will pass.",
			[]rel{{"direct", "Okafor", "is convinced", "that the levy will pass"}}},
		{"negated state of mind", "Her advisers are not convinced the plan will work.",
			[]rel{{"direct", "Her advisers", "are not convinced", "the plan will work"}}},
		{"certain to is a prediction, not a state of mind", "Okafor is certain to run again.", nil},
		{"confident in is no report", "The board is confident in the plan.", nil},
		// Cue spans as PolNeAR draws them.
		{"adverb and negation in the cue", "Okafor hasn’t said whether she will run. Ward has long argued that the levy is overdue.",
			[]rel{{"direct", "Okafor", "hasn’t said", "whether she will run"}, {"direct", "Ward", "has long argued", "that the levy is overdue"}}},
		{"a work its writer wrote is the object of the verb, nothing said", "The shepherds sang a song Goss wrote for the play. Goss wrote that the play was too long.",
			[]rel{{"direct", "Goss", "wrote", "that the play was too long"}}},
		{"feeling an effect is undergone, not a belief", "The hospital will feel the loss quickly. Residents feel the council is ignoring them.",
			[]rel{{"direct", "Residents", "feel", "the council is ignoring them"}}},
		{"a perfect progressive cue keeps its auxiliaries", "The company has been saying that prices will rise. Engineers had been warning that the bridge was unsafe.",
			[]rel{{"direct", "The company", "has been saying", "that prices will rise"}, {"direct", "Engineers", "had been warning", "that the bridge was unsafe"}}},
		{"contracted auxiliary in the cue", "Ward, who’s said the levy is overdue, voted yes.",
			[]rel{{"direct", "who", "’s said", "the levy is overdue, voted yes"}}},
		{"a possessive is not a contraction", "The mayor’s aide said the levy is overdue.",
			[]rel{{"direct", "The mayor’s aide", "said", "the levy is overdue"}}},
		{"colon after the cue", "Okafor said: “We will win.”",
			[]rel{{"direct", "Okafor", "said:", "“We will win.”"}}},
		{"released a statement", "Okafor released a statement calling the levy overdue.",
			[]rel{{"direct", "Okafor", "released a statement", "calling the levy overdue"}}},
		{"responded to", "Okafor responded to the critics on Monday.",
			[]rel{{"direct", "Okafor", "responded to", "the critics on Monday"}}},
		{"an adjective is not an adverb of the cue", "The first report said the levy was overdue.",
			[]rel{{"direct", "The first report", "said", "the levy was overdue"}}},
		// Content after the frame when a clause follows it.
		{"participle phrase before the frame", "Standing outside the school, Okafor said the district had waited long enough.",
			[]rel{{"direct", "Okafor", "said", "the district had waited long enough"}}},
		{"adverb before the frame", "Reluctantly, the mayor said the budget would need cuts.",
			[]rel{{"direct", "the mayor", "said", "the budget would need cuts"}}},
		{"quote right after the cue", "Speaking to the crowd, Mayor Ellen Ward said “we will win this.”",
			[]rel{{"direct", "Mayor Ellen Ward", "said", "“we will win this.”"}}},
		{"time after a trailing frame", "The levy will pass, Okafor said Tuesday.",
			[]rel{{"direct", "Okafor", "said", "The levy will pass"}}},
		{"adverb after a trailing frame", "The levy will pass, Okafor said flatly.",
			[]rel{{"direct", "Okafor", "said", "The levy will pass"}}},
		{"recipient after a trailing frame", "The levy will pass, Okafor told reporters.",
			[]rel{{"direct", "Okafor", "told", "The levy will pass"}}},
		{"inverted cue before a clause is not inverted", "At the meeting, said the city should wait, was the mood.", nil},
		{"a passive view held by a kind of people", "The merger has long been expected by investors.",
			[]rel{{"direct", "investors", "been expected by", "The merger"}}},
		{"expected by a day is a time, not an agent", "The ruling is expected by Friday.", nil},
		{"a fronted according to ends at its comma", "According to opposition MPs, the delay is doing the bank damage.",
			[]rel{{"direct", "opposition MPs", "According to", "the delay is doing the bank damage"}}},
		{"without having to say so is no cue", "The plan cuts farm spending without having to say so.", nil},
		{"the source before an aside", "Okafor, however, said the levy would pass.",
			[]rel{{"direct", "Okafor", "said", "the levy would pass"}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, r := analyze(t, tc.src)
			if diff := cmp.Diff(tc.want, rels(d, r)); diff != "" {
				t.Errorf("attributions (-want +got):\n%s", diff)
			}
		})
	}
}

func TestVagueAnalysis(t *testing.T) {
	tests := []struct {
		src   string
		vague bool
	}{
		{"Experts say the deployment will cost more.", true},
		{"Critics argue the plan is too costly.", true},
		{"The plan will fail, sources said.", true},
		{"A U.S. official told Reuters the plan would fail.", false},
		{"Pentagon sources said the plan would fail.", false},
		{"Ryder said the plan would fail.", false},
		{"The plan reportedly failed in its first test.", true},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			_, r := analyze(t, tc.src)
			if len(r.Attributions) != 1 {
				t.Fatalf("got %d attributions, want 1", len(r.Attributions))
			}
			if got := r.Attributions[0].Vague; got != tc.vague {
				t.Errorf("vague = %v, want %v", got, tc.vague)
			}
		})
	}
}

func TestPronounResolution(t *testing.T) {
	tests := []struct {
		src, refers string
	}{
		{"Mayor Okafor said the levy was needed.\n\nShe said it would pass.", "Mayor Okafor"},
		{"The troops left, Ryder said. He said they would return.", "Ryder"},
		{"He said it would pass.", ""},
		{"Ryder said the troops left.\n\nA.\n\nB.\n\nC.\n\nD.\n\nHe said they would return.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.src, func(t *testing.T) {
			d, r := analyze(t, tc.src)
			got := ""
			for _, a := range r.Attributions {
				if a.Resolved && a.Kind == attribution.Direct {
					got = d.Blocks[a.Refers.Block].Text[a.Refers.Start:a.Refers.End]
				}
			}
			if got != tc.refers {
				t.Errorf("refers = %q, want %q", got, tc.refers)
			}
		})
	}
}
