package attribution_test

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/attribution"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/ruletest"
)

// lintOnly returns the texts flagged by rule r alone.
func lintOnly(t testing.TB, r *analysis.Rule, src string, f document.Format, cfg *rules.Config) []string {
	t.Helper()
	return ruletest.Texts(ruletest.Lint(t, src, f, cfg, nil, r))
}

func TestRules(t *testing.T) {
	tests := []struct {
		name string
		rule *analysis.Rule
		src  string
		fmt  document.Format
		want []string
	}{
		// unattributed-claim: positive.
		{"statistic", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nRidership has fallen 22 percent since 2019.", document.Text, []string{"Ridership has fallen 22 percent since 2019"}},
		{"prediction", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe measure is expected to fail.", document.Text, []string{"The measure is expected to fail"}},
		{"prediction after an expected-to sentence", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe sale is expected to close in March. It will cost $40 million.", document.Text, []string{"The sale is expected to close in March", "It will cost $40 million"}},
		{"allegation: was accused of", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe firm was accused of overbilling the city by $2 million.", document.Text, []string{"The firm was accused of overbilling the city by $2 million"}},
		{"causal", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe outage was caused by old poles.", document.Text, []string{"The outage was caused by old poles"}},
		{"comparison", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nIt was the largest crowd in the city's history.", document.Text, []string{"It was the largest crowd in the city's history"}},
		{"allegation", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe contractor was accused of fraud.", document.Text, []string{"The contractor was accused of fraud"}},
		{"intent", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe move was designed to win votes.", document.Text, []string{"The move was designed to win votes"}},
		{"markdown", attribution.UnattributedClaim, "# Budget\n\nThe mayor spoke on **Monday**.\n\nThe rebate will cost *about* $900 million.\n", document.Markdown, []string{"The rebate will cost about $900 million"}},
		{"that after a noun is no reported speech", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe plant that opened in May cut 4,000 jobs.", document.Text, []string{"The plant that opened in May cut 4,000 jobs"}},
		{"colon without a source carries nothing", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe agenda listed one item:\n\nThe levy would raise $14 million a year.", document.Text, []string{"The levy would raise $14 million a year"}},
		{"a place named after a document word is no source", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe county opened 300 new polling stations this year.", document.Text, []string{"The county opened 300 new polling stations this year"}},
		{"a stance verb with no holder leaves the claim", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe two plans disagree by $14 million.", document.Text, []string{"The two plans disagree by $14 million"}},
		{"expect with an object is a forecast to source", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nOfficials expect 4,000 more jobs.", document.Text, []string{"Officials expect 4,000 more jobs"}},
		{"hailing distance is no cue", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe levy came within hailing distance of the $4 million it needed.", document.Text, []string{"The levy came within hailing distance of the $4 million it needed"}},
		{"divided by is no stance", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe city is divided by 4 percent of the vote.", document.Text, []string{"The city is divided by 4 percent of the vote"}},
		{"a divided body is no stance", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nA divided council approved the levy, which will raise $14 million.", document.Text, []string{"A divided council approved the levy, which will raise $14 million"}},
		{"aware of is no stance", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nResidents were aware of the 4,000 layoffs.", document.Text, []string{"Residents were aware of the 4,000 layoffs"}},
		{"widely with no verb of belief is no marker", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe cuts were widely unpopular, the largest in the city's history.", document.Text, []string{"The cuts were widely unpopular, the largest in the city's history"}},
		{"a prediction before the open question stays", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe levy is bound to pass; the question is whether the council will act.", document.Text, []string{"The levy is bound to pass; the question is whether the council will act"}},
		{"a prediction after the open question's clause stays", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nIt is unclear whether the council agrees, but the levy will pass.", document.Text, []string{"It is unclear whether the council agrees, but the levy will pass"}},
		{"if after is is no open question", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe plan is if the levy fails the city will cut bus routes.", document.Text, []string{"The plan is if the levy fails the city will cut bus routes"}},
		{"a statistic in an open question stays", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nIt is unclear whether the levy will raise $14 million.", document.Text, []string{"It is unclear whether the levy will raise $14 million"}},
		{"made clear progress is no cue", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe council made clear progress, cutting the deficit by $14 million.", document.Text, []string{"The council made clear progress, cutting the deficit by $14 million"}},
		{"put it to a vote is no cue", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe board put it to a vote, and the levy will raise $14 million.", document.Text, []string{"The board put it to a vote, and the levy will raise $14 million"}},
		{"under pressure gives no terms", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nUnder pressure from donors, the council cut the levy by $4 million.", document.Text, []string{"Under pressure from donors, the council cut the levy by $4 million"}},
		{"under a person gives no terms", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nUnder Okafor, the district hired 300 teachers.", document.Text, []string{"Under Okafor, the district hired 300 teachers"}},
		{"under a plan sources its own sentence only", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nUnder the plan, bus fares will rise 10 percent. The city will also add 40 buses.", document.Text, []string{"The city will also add 40 buses"}},
		{"superlative with since", attribution.UnattributedClaim, "The storm hit on Friday.\n\nIt was the deadliest storm in Marlow County since a flood swept the valley in 1964.", document.Text, []string{"It was the deadliest storm in Marlow County since a flood swept the valley in 1964"}},
		{"ranked superlative", attribution.UnattributedClaim, "The storm hit on Friday.\n\nHalden is the state's third-busiest port and handles most of its grain.", document.Text, []string{"Halden is the state's third-busiest port and handles most of its grain"}},
		{"first in N years", attribution.UnattributedClaim, "The match ended on Sunday.\n\nIt was the Wolves' first away win at Dunmore in 22 years.", document.Text, []string{"It was the Wolves' first away win at Dunmore in 22 years"}},
		{"than any other", attribution.UnattributedClaim, "The audit came out on Monday.\n\nThe district has closed more schools than any other district in the region.", document.Text, []string{"The district has closed more schools than any other district in the region"}},
		{"more often than", attribution.UnattributedClaim, "The audit came out on Monday.\n\nAppeals in tax cases succeed far more often than appeals in zoning cases.", document.Text, []string{"Appeals in tax cases succeed far more often than appeals in zoning cases"}},
		{"a share without digits", attribution.UnattributedClaim, "The audit came out on Monday.\n\nNearly half of the county's bridges need new decks.", document.Text, []string{"Nearly half of the county's bridges need new decks"}},
		{"one in N", attribution.UnattributedClaim, "The audit came out on Monday.\n\nAbout one in four renters in the city spends most of their income on rent.", document.Text, []string{"About one in four renters in the city spends most of their income on rent"}},
		{"an estimated is no cue", attribution.UnattributedClaim, "The storm hit on Friday.\n\nThe storm caused an estimated $12 million in damage.", document.Text, []string{"The storm caused an estimated $12 million in damage"}},
		{"an expected-to passive is flagged after a sourced sentence", attribution.UnattributedClaim, "The storm hit on Friday.\n\nThe mayor said the roads would reopen. The state is expected to send 40 more crews.", document.Text, []string{"The state is expected to send 40 more crews"}},
		{"a been-accused-of passive is flagged", attribution.UnattributedClaim, "The audit came out on Monday.\n\nThe firm has also been accused of billing the city for work it never did.", document.Text, []string{"The firm has also been accused of billing the city for work it never did"}},
		{"the highest on record", attribution.UnattributedClaim, "The audit came out on Monday.\n\nThe deficit will reach the highest level on record next year.", document.Text, []string{"The deficit will reach the highest level on record next year"}},
		{"a count not by eye stays a statistic", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nMore than 7,000 residents stood to lose their homes under the plan.", document.Text, []string{"More than 7,000 residents stood to lose their homes under the plan"}},
		{"a body's act with a cause stays a claim", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe board approved the raise because drivers had been leaving for other cities.", document.Text, []string{"The board approved the raise because drivers had been leaving for other cities"}},
		{"a prediction without a date stays", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe council will vote to cut fares by 10 percent.", document.Text, []string{"The council will vote to cut fares by 10 percent"}},
		{"may the modal is no month", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe council will meet thousands of residents, and fares may rise 10 percent.", document.Text, []string{"The council will meet thousands of residents, and fares may rise 10 percent"}},
		{"Long Island is no length", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe plan won six in 10 voters on Long Island.", document.Text, []string{"The plan won six in 10 voters on Long Island"}},
		{"a new claim after a sourced sentence, with its own subject", attribution.UnattributedClaim, "The storm hit on Friday.\n\nThe mayor said the roads would reopen on Monday. Rainfall this month has been the heaviest since 1988.", document.Text, []string{"Rainfall this month has been the heaviest since 1988"}},
		{"a cut by a share", attribution.UnattributedClaim, "The audit came out on Monday.\n\nBus service has been cut by a third since 2020.", document.Text, []string{"Bus service has been cut by a third since 2020"}},
		{"than anywhere else", attribution.UnattributedClaim, "The audit came out on Monday.\n\nRents rose faster in Dunmore last year than anywhere else in the state.", document.Text, []string{"Rents rose faster in Dunmore last year than anywhere else in the state"}},
		{"than ... any other", attribution.UnattributedClaim, "The audit came out on Monday.\n\nNurses at Hallam General earn more than nurses at any other hospital in the county.", document.Text, []string{"Nurses at Hallam General earn more than nurses at any other hospital in the county"}},
		{"the oldest in the state", attribution.UnattributedClaim, "The audit came out on Monday.\n\nThe Dunmore library is the oldest in the state.", document.Text, []string{"The Dunmore library is the oldest in the state"}},
		{"a motive the writer gives a named actor's intent", attribution.UnattributedClaim, "The storm hit on Friday.\n\nThe port authority wants to automate the cranes in order to cut labour costs.", document.Text, []string{"The port authority wants to automate the cranes in order to cut labour costs"}},
		{"a cause the writer gives a named actor's intent", attribution.UnattributedClaim, "The storm hit on Friday.\n\nThe rail company wants to reopen the line quickly because it carries most of the grain.", document.Text, []string{"The rail company wants to reopen the line quickly because it carries most of the grain"}},
		{"a carried source does not answer a passive of the sentence's own", attribution.UnattributedClaim, "The storm hit on Friday.\n\nThe mayor said the roads would reopen. She is expected to ask for state money.", document.Text, []string{"She is expected to ask for state money"}},
		{"a worst record is no document", attribution.UnattributedClaim, "The storm hit on Friday.\n\nThe mine has one of the worst safety records in the country.", document.Text, []string{"The mine has one of the worst safety records in the country"}},
		{"an ordinal in a run of years", attribution.UnattributedClaim, "The storm hit on Friday.\n\nThe derailment was the third on the coast line in four years.", document.Text, []string{"The derailment was the third on the coast line in four years"}},
		{"on average", attribution.UnattributedClaim, "The storm hit on Friday.\n\nFarm workers in the valley earn less on average than office workers.", document.Text, []string{"Farm workers in the valley earn less on average than office workers"}},
		{"a hedged cause", attribution.UnattributedClaim, "The storm hit on Friday.\n\nThe fire was almost certainly started by a faulty heater in the kitchen.", document.Text, []string{"The fire was almost certainly started by a faulty heater in the kitchen"}},
		{"a superlative in a named place", attribution.UnattributedClaim, "The storm hit on Friday.\n\nThe new furnace makes it one of the cleanest steel mills in Europe.", document.Text, []string{"The new furnace makes it one of the cleanest steel mills in Europe"}},
		{"the highest of any", attribution.UnattributedClaim, "The storm hit on Friday.\n\nFares on the ferry are the highest of any crossing in the country.", document.Text, []string{"Fares on the ferry are the highest of any crossing in the country"}},
		{"a plural noun before from is no cue", attribution.UnattributedClaim, "The quake hit on Monday.\n\nInsurance claims from the quake are expected to exceed 600 million euros.", document.Text, []string{"Insurance claims from the quake are expected to exceed 600 million euros"}},
		{"an -ing noun after an article is no cue", attribution.UnattributedClaim, "The quake hit on Monday.\n\nThe firm has been accused of ignoring an internal warning about the dam.", document.Text, []string{"The firm has been accused of ignoring an internal warning about the dam"}},
		{"one in N written with a noun", attribution.UnattributedClaim, "The quake hit on Monday.\n\nAbout one household in five in the town has no insurance.", document.Text, []string{"About one household in five in the town has no insurance"}},
		{"times stronger than", attribution.UnattributedClaim, "The quake hit on Monday.\n\nThe new drug is about fifty times stronger than morphine.", document.Text, []string{"The new drug is about fifty times stronger than morphine"}},
		{"by about a quarter", attribution.UnattributedClaim, "The harvest ended on Friday.\n\nOlive yields in the valley have fallen by about a quarter since 2020.", document.Text, []string{"Olive yields in the valley have fallen by about a quarter since 2020"}},
		{"twice what", attribution.UnattributedClaim, "The harvest ended on Friday.\n\nA litre of oil now costs about twice what it did in 2021.", document.Text, []string{"A litre of oil now costs about twice what it did in 2021"}},
		{"a plan with a motive stays a claim even with a date", attribution.UnattributedClaim, "The strike ballot closed on Monday.\n\nThe university plans to cut 40 posts by March in order to balance its budget.", document.Text, []string{"The university plans to cut 40 posts by March in order to balance its budget"}},
		// unattributed-claim: negative.
		{"a planned meeting on a named day", attribution.UnattributedClaim, "The strike ballot closed on Monday.\n\nThe vice-chancellor, Ruth Adeyemi, plans to meet union officials on Friday.", document.Text, nil},
		{"an auction held on a named day", attribution.UnattributedClaim, "The strike ballot closed on Monday.\n\nThe auction will be held in Penhallow on March 14.", document.Text, nil},
		{"a ruling on the calendar", attribution.UnattributedClaim, "The strike ballot closed on Monday.\n\nThe tribunal will decide on costs at a short hearing on January 9.", document.Text, nil},
		{"a publication on the calendar", attribution.UnattributedClaim, "The harvest ended on Friday.\n\nThe exchange will publish its December index on January 8.", document.Text, nil},
		{"a court sitting on a named weekday", attribution.UnattributedClaim, "The quake hit on Monday.\n\nThe court will sit again at 9.30 a.m. on Tuesday.", document.Text, nil},
		{"a reopening on the calendar", attribution.UnattributedClaim, "The quake hit on Monday.\n\nThe museum will reopen its west wing on December 20.", document.Text, nil},
		{"a queue by eye", attribution.UnattributedClaim, "The quake hit on Monday.\n\nA queue of about 60 people stretched past the town hall.", document.Text, nil},
		{"a superlative of a set is a description", attribution.UnattributedClaim, "The storm hit on Friday.\n\nIn Lenby, the largest of the valley's towns, the queue stretched along the pavement.", document.Text, nil},
		{"a review on the calendar", attribution.UnattributedClaim, "The storm hit on Friday.\n\nThe levy is due to be reviewed in June 2027.", document.Text, nil},
		{"an inspectorate's fine", attribution.UnattributedClaim, "The storm hit on Friday.\n\nThe inspectorate fined the firm 20,000 euros in 2021 for a spill.", document.Text, nil},
		{"a named actor's intent alone", attribution.UnattributedClaim, "The storm hit on Friday.\n\nHalvard Ports wants to automate the cranes by 2030.", document.Text, nil},
		{"court records are a document", attribution.UnattributedClaim, "The storm hit on Friday.\n\nCourt records show the mine was fined 40,000 euros in 2019.", document.Text, nil},
		{"a market move with an appositive", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nShares in the port's owner, Halvard Group, fell 3.8 percent on Friday.", document.Text, nil},
		{"a regulator's fine", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe transport regulator fined the operator 90,000 euros in 2022.", document.Text, nil},
		{"a vote held on a named day", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe upper house will hold a vote on the bill on February 9.", document.Text, nil},
		{"a count by eye of people waiting", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nAbout 40 parents waited outside the school gates in the rain.", document.Text, nil},
		{"a superlative in a place is no ranking without the place word", attribution.UnattributedClaim, "The audit came out on Monday.\n\nThe newest bus in the fleet broke down on Tuesday.", document.Text, nil},
		{"started by is a founding", attribution.UnattributedClaim, "The audit came out on Monday.\n\nThe club was started by three retired teachers.", document.Text, nil},
		{"a pronoun continues the sourced statement", attribution.UnattributedClaim, "The storm hit on Friday.\n\nThe mayor said the roads would reopen on Monday. She expects repairs to cost $2 million.", document.Text, nil},
		{"a count by eye at the scene", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nAbout 70 residents stood along the fence as the crews worked.", document.Text, nil},
		{"an act on the record by a public body", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe county board approved a 4 percent raise for bus drivers on Tuesday.", document.Text, nil},
		{"a market move", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nShares in Norvane fell 2.1 percent on Thursday.", document.Text, nil},
		{"a meeting on the calendar", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe council will vote on a plan to cut fares by 10 percent at its meeting on March 4.", document.Text, nil},
		{"a size", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe statue is about 40 centimetres tall and stands on a stone base.", document.Text, nil},
		{"the first half of a year is a time", attribution.UnattributedClaim, "The audit came out on Monday.\n\nThe council met often in the first half of the year.", document.Text, nil},
		{"half a century is a time", attribution.UnattributedClaim, "The audit came out on Monday.\n\nFor more than half a century, the Okafor family has run the bakery.", document.Text, nil},
		{"on record as is no record", attribution.UnattributedClaim, "The audit came out on Monday.\n\nThe county had her on record as a resident of Milltown.", document.Text, nil},
		{"a record of is a track record", attribution.UnattributedClaim, "The audit came out on Monday.\n\nThe coach compiled a record of 112-40 at the school.", document.Text, nil},
		{"a superlative without since or ever is no record by itself", attribution.UnattributedClaim, "The audit came out on Monday.\n\nThe latest draft adds a bus lane on Fifth Avenue.", document.Text, nil},
		{"first with no since", attribution.UnattributedClaim, "The audit came out on Monday.\n\nThe first bus left the depot at dawn.", document.Text, nil},
		{"made it clear: the holder says so", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe mayor has made clear she will veto the budget.", document.Text, nil},
		{"under a rule: the rule gives the terms", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nUnder the new rule, most nurses earning up to $50,000 a year must be paid overtime.", document.Text, nil},
		{"open question: unclear whether", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nIt is unclear whether the council will vote on the levy.", document.Text, nil},
		{"open question: the question is whether", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe question is whether the levy will pass.", document.Text, nil},
		{"open question: remains to be seen if", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nIt remains to be seen if voters will back the levy.", document.Text, nil},
		{"sourceless: are widely regarded", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe cuts are widely regarded as the largest in the city's history.", document.Text, nil},
		{"stance: divided on", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nCouncil members were sharply divided on whether the levy would raise $14 million.", document.Text, nil},
		{"stance: unified on", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe party is largely unified on raising the levy to 4 percent.", document.Text, nil},
		{"state of mind: aware that", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nOkafor was keenly aware, however, that the levy would cost 4,000 jobs.", document.Text, nil},
		{"praise verb: hailing", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nCouncil members are hailing the levy as the largest investment in the city's history.", document.Text, nil},
		{"speech verb: discusses", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nIn the video, Ward discusses cutting 4,000 jobs.", document.Text, nil},
		{"criticism verb: ridicules", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nOkafor ridicules the 4,000 new hires.", document.Text, nil},
		{"stance verb: disagree", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nCouncil members disagree on whether the levy will raise $14 million.", document.Text, nil},
		{"stance verb: dismisses", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nWard dismisses the idea that the levy will cost 4,000 jobs.", document.Text, nil},
		{"sourced paragraph ending in a colon", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nOkafor argued that:\n\nThe levy would raise $14 million a year.", document.Text, nil},
		{"list after a sourced colon", attribution.UnattributedClaim, "# Levy\n\nThe mayor spoke on Monday.\n\nOkafor said the plan includes:\n\n- a rebate of $900 for 4,000 families\n- 12 new bus routes\n", document.Markdown, nil},
		{"a cue verb before that", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nOne economist calculates that 4,000 jobs pay less than $15 an hour.", document.Text, nil},
		{"attributed", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nRidership has fallen 22 percent, the agency said.", document.Text, nil},
		{"question", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nWill ridership fall 22 percent?", document.Text, nil},
		{"headline", attribution.UnattributedClaim, "Ridership falls 22 percent\n\nThe mayor spoke on Monday.", document.Text, nil},
		{"byline", attribution.UnattributedClaim, "By Jane Smith and 3 Others\n\nThe mayor spoke on Monday.", document.Text, nil},
		{"credit line", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nThe Associated Press contributed to this report, the largest since 2019.", document.Text, nil},
		{"plain description", attribution.UnattributedClaim, "The mayor visited the shelter on Sept. 26 and spoke with families for 20 minutes.", document.Text, nil},
		{"paragraph scope", attribution.UnattributedClaim, "The mayor spoke on Monday.\n\nOkafor said the levy was needed. She said it would raise $14 million.", document.Text, nil},
		{"lede convention", attribution.UnattributedClaim, "The levy will raise $14 million a year.\n\nThe council met Tuesday.\n\nThe figure comes from the finance office, Okafor said.", document.Text, nil},
		// orphan-quote.
		{"orphan", attribution.OrphanQuote, "The mayor spoke on Monday.\n\n“This is a disaster for everyone involved here.”", document.Text, []string{"“This is a disaster for everyone involved here.”"}},
		{"attributed quote", attribution.OrphanQuote, "“This is a disaster for everyone,” the mayor said.", document.Text, nil},
		{"quote after speaker paragraph", attribution.OrphanQuote, "The mayor said:\n\n“This is a disaster for everyone.”", document.Text, nil},
		{"second sentence of quote", attribution.OrphanQuote, "“We are ready,” she said. “The mission is clear and we will go.”", document.Text, nil},
		{"orphan after a description", attribution.OrphanQuote, "The crowd waited outside for an hour.\n\nThe doors opened at noon.\n\n“We will not leave until they listen to us.”", document.Text, []string{"“We will not leave until they listen to us.”"}},
		{"partial quote in the writer's sentence", attribution.OrphanQuote, "The mayor spoke on Monday.\n\nThe plan drew “deep concern from all sides of the council.”", document.Text, nil},
		{"run of quote paragraphs", attribution.OrphanQuote, "Okafor told the crowd the levy was needed.\n\n“We waited long enough.”\n\n“Now we act, together, as one city.”", document.Text, nil},
		{"orphan in two-apostrophe quotes", attribution.OrphanQuote, "The crowd waited outside for an hour.\n\nThe doors opened at noon.\n\n''We will not leave until they listen to us.''", document.Text, []string{"''We will not leave until they listen to us.''"}},
		{"two-apostrophe quote attributed", attribution.OrphanQuote, "''This is a disaster for everyone,'' the mayor said.", document.Text, nil},
		{"scare quote", attribution.OrphanQuote, "The mayor spoke on Monday.\n\nHe called the plan a “reset” of the policy.", document.Text, nil},
		{"title", attribution.OrphanQuote, "The mayor spoke on Monday.\n\nShe wrote “The Long Road Home From The War” in 2019.", document.Text, nil},
		{"a quote paragraph after narration, speaker two paragraphs up", attribution.OrphanQuote, "“The bridge will reopen in May,” Okafor said.\n\nCrews worked through the night to clear the debris from the river.\n\n“Nobody warned us that the cracks were getting worse.”", document.Text, []string{"“Nobody warned us that the cracks were getting worse.”"}},
		{"a quote after narration in its own paragraph", attribution.OrphanQuote, "Okafor said the levy was needed.\n\nThe hall emptied slowly after the vote. “We will remember who voted for this.”", document.Text, []string{"“We will remember who voted for this.”"}},
		{"a colon intro names the speaker whatever the verb", attribution.OrphanQuote, "The hall emptied slowly after the vote.\n\nA retired teacher in the front row shouted: “We will remember who voted for this.”", document.Text, nil},
		{"a dash intro", attribution.OrphanQuote, "The hall emptied slowly after the vote.\n\nThe last word went to the youngest member of the council — “We will remember who voted for this.”", document.Text, nil},
		{"a speaker tag with a verb the lexicon lacks", attribution.OrphanQuote, "The hall emptied slowly after the vote.\n\n“We will remember who voted for this,” Okafor growled as she left.", document.Text, nil},
		{"an inverted tag with a verb the lexicon lacks", attribution.OrphanQuote, "The hall emptied slowly after the vote.\n\n“We will remember this!” beamed a man in a yellow coat.", document.Text, nil},
		{"a second quote after a tagged one", attribution.OrphanQuote, "The hall emptied slowly after the vote.\n\n“Is that all?” Okafor snapped. “We waited three hours for this vote.”", document.Text, nil},
		{"a title opening its paragraph", attribution.OrphanQuote, "The hall emptied slowly after the vote.\n\n“The Long Road Home” author Dana Ruiz read from her book.", document.Text, nil},
		{"quoted search terms in a list", attribution.OrphanQuote, "The hall emptied slowly after the vote.\n\nClerks searched the files for words such as \"levy,\" \"bond,\" \"refund\" and \"penalty fee.\"", document.Text, nil},
		{"a speech noun before the quote", attribution.OrphanQuote, "The hall emptied slowly after the vote.\n\nHer only remarks came on the way out. “We will remember who voted for this.”", document.Text, nil},
		{"a one-word label", attribution.OrphanQuote, "The hall emptied slowly after the vote.\n\n“Related:”", document.Text, nil},
		{"a passive told with no one who told", attribution.OrphanQuote, "The heat broke records on Monday.\n\nBus drivers were told to \"keep the doors open at every stop all afternoon.\"", document.Text, []string{"\"keep the doors open at every stop all afternoon.\""}},
		{"a passive told by someone", attribution.OrphanQuote, "The heat broke records on Monday.\n\nBus drivers were told by the mayor to \"keep the doors open at every stop all afternoon.\"", document.Text, nil},
		{"an active told names the teller", attribution.OrphanQuote, "The heat broke records on Monday.\n\nThe mayor told drivers to \"keep the doors open at every stop all afternoon.\"", document.Text, nil},
		{"a capitalised modifier of a generic head", attribution.VagueSource, "Political observers say the race is tightening.", document.Text, []string{"Political observers say"}},
		{"a generic group before at", attribution.VagueSource, "Engineers at the plant say the pumps are failing.", document.Text, []string{"Engineers at the plant say"}},
		{"media", attribution.VagueSource, "According to local media, the plant will close.", document.Text, []string{"According to local media"}},
		{"a name before sources", attribution.VagueSource, "Pentagon sources said the plan was dropped.", document.Text, nil},
		{"a name and others", attribution.VagueSource, "Hawkins and others who oppose the plan said it would fail.", document.Text, nil},
		{"a counted group of others", attribution.VagueSource, "Two others said the plan would fail.", document.Text, nil},
		{"a dash credit covers its own quote only", attribution.OrphanQuote, "The border reopened on Monday.\n\n\"The wait was unbearable for everyone in the queue.\" — Ana Ruiz, 34\n\n\"Nobody told us anything about the delay at all.\"", document.Text, []string{"\"Nobody told us anything about the delay at all.\""}},
		{"a trailing credit credits its quote", attribution.OrphanQuote, "The border reopened on Monday.\n\n\"We lost a whole week of work at the border.\" — Fruit Growers' Association, in a statement", document.Text, nil},
		{"told in a letter from someone names who told", attribution.OrphanQuote, "The border reopened on Monday.\n\nDrivers were told in a letter from the ministry to \"carry water for at least a day.\"", document.Text, nil},
		{"a passive told before a quote paragraph names no speaker", attribution.OrphanQuote, "The border reopened on Monday. Ushers were told to \"keep the doors shut until noon.\"\n\n\"I have come to this hall every week since 1990.\"", document.Text, []string{"\"keep the doors shut until noon.\"", "\"I have come to this hall every week since 1990.\""}},
		{"a plural that says in the present tense", attribution.VagueSource, "Hoteliers say the season is already lost.", document.Text, []string{"Hoteliers say"}},
		{"an adjective and a plural in the present tense", attribution.VagueSource, "Local hoteliers fear the season is already lost.", document.Text, []string{"Local hoteliers fear"}},
		{"a plural in the past tense reports", attribution.VagueSource, "Hoteliers said the season was already lost.", document.Text, nil},
		{"a name before a plural", attribution.VagueSource, "Ruiz advisers say the plan will pass.", document.Text, nil},
		{"a speaker in the next paragraph's statement is not the quote's", attribution.OrphanQuote, "The shelter closed on Friday.\n\n“Where are we supposed to go tonight, with nowhere open?”\n\nThe council said in a statement that it had found 51 beds.", document.Text, []string{"“Where are we supposed to go tonight, with nowhere open?”"}},
		{"a credit line in the next paragraph", attribution.OrphanQuote, "The shelter closed on Friday.\n\n“Where are we supposed to go tonight, with nowhere open?”\n\nDana Ruiz, Caddon Tenants Union.", document.Text, nil},
		{"a hyphen credit in the next paragraph", attribution.OrphanQuote, "The shelter closed on Friday.\n\n“Where are we supposed to go tonight, with nowhere open?”\n\n-Mayor Dana Ruiz, writing on social media.", document.Text, nil},
		// vague-source.
		{"a generic group after a live-blog time", attribution.VagueSource, "06.40: Volcanologists warn that the eruption could go on for weeks.", document.Text, []string{"Volcanologists warn"}},
		{"a group at a named institution is specific", attribution.VagueSource, "Economists at the University of Dunmore estimated that payments fell.", document.Text, nil},
		{"a group at an unnamed place stays generic", attribution.VagueSource, "Analysts at the bank say the merger will cost jobs.", document.Text, []string{"Analysts at the bank say"}},
		{"is understood to", attribution.VagueSource, "The hospital's IT department is understood to have warned managers last year.", document.Text, []string{"is understood to"}},
		{"campaigners", attribution.VagueSource, "Penal reform campaigners warn that the prisons will be full by spring.", document.Text, []string{"Penal reform campaigners warn"}},
		{"a bare plural of experts", attribution.VagueSource, "Scientists say the reef will not recover this decade.", document.Text, []string{"Scientists say"}},
		{"an -ists group", attribution.VagueSource, "Hydrologists warn that the dam cannot hold another flood.", document.Text, []string{"Hydrologists warn"}},
		{"some and a group", attribution.VagueSource, "Some farmers say the new rules will ruin them.", document.Text, []string{"Some farmers say"}},
		{"many and a group", attribution.VagueSource, "Many parents believe the school cut the wrong classes.", document.Text, []string{"Many parents believe"}},
		{"it has been widely reported", attribution.VagueSource, "It has been widely reported that the mayor will resign.", document.Text, []string{"It has been widely reported"}},
		{"a name that ends in s", attribution.VagueSource, "Reynolds said the plan would fail.", document.Text, nil},
		{"documents are no vague source", attribution.VagueSource, "Polls show the levy will pass easily.", document.Text, nil},
		{"some lawmakers are anonymous, not generic", attribution.VagueSource, "Some lawmakers say the levy will pass easily.", document.Text, nil},
		{"a group the writer introduced", attribution.VagueSource, "The council hired two economists.\n\nThe economists said the levy would raise $14 million.", document.Text, nil},
		{"a counted group", attribution.VagueSource, "Four economists at the state university said the levy would raise $14 million.", document.Text, nil},
		{"officials are named by their context", attribution.VagueSource, "County officials said the roads would reopen on Monday.", document.Text, nil},
		{"an unsourced passive is unattributed-claim's, not vague-source's", attribution.VagueSource, "The sale is expected to close in March.", document.Text, nil},
		{"experts say", attribution.VagueSource, "Experts say the plan will fail.", document.Text, []string{"Experts say"}},
		{"are widely regarded", attribution.VagueSource, "The cuts are widely regarded as the largest in the city's history.", document.Text, []string{"are widely regarded"}},
		{"reportedly", attribution.VagueSource, "The plan reportedly failed in its first test.", document.Text, []string{"reportedly"}},
		{"critics argue", attribution.VagueSource, "Critics argue the plan is too costly.", document.Text, []string{"Critics argue"}},
		{"specific anonymous", attribution.VagueSource, "A U.S. official told Reuters the plan would fail.", document.Text, nil},
		{"named", attribution.VagueSource, "Ryder said the plan would fail.", document.Text, nil},
		{"the deadliest of its kind since", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe sinking is the deadliest of its kind in the country since 2009.", document.Text, []string{"The sinking is the deadliest of its kind in the country since 2009"}},
		{"a trend in the past N years", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nFares have risen this sharply three times in the past 15 years.", document.Text, []string{"Fares have risen this sharply three times in the past 15 years"}},
		{"got worse since", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nVandalism at the terminal has got worse since the firm stopped locking its gates.", document.Text, []string{"Vandalism at the terminal has got worse since the firm stopped locking its gates"}},
		{"a fixture in a month", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe club will play in the cup qualifying round in Kastrela in October.", document.Text, nil},
		{"bills sent in a month", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe new fares will be sent out with the annual bills in March.", document.Text, nil},
		{"a decision's dated terms", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nPassengers will pay more from April after councillors approved the rise on Tuesday night.", document.Text, nil},
		{"a petition's signatures", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe residents' society handed in a petition against the rise with 412 signatures.", document.Text, nil},
		{"a heckle that addresses the named speaker", attribution.OrphanQuote, "The meeting began at seven.\n\nCouncillor Derek Fane, the chairman, said he had tried to calm the meeting. “Sit down, Derek. You are not the king of this village.”", document.Text, []string{"“Sit down, Derek. You are not the king of this village.”"}},
		{"a name after an honorific is no vocative", attribution.OrphanQuote, "The rally ran late.\n\nReyes said the race was close. “A win here would show Mrs. Clinton, the front-runner, is weak in the state.”", document.Text, nil},
		{"a vocative inside a quoted exchange", attribution.OrphanQuote, "The rally ran late.\n\nKhan said people came to him for help. “They come to me and they say, ‘Mr. Khan, you are a lawyer. Will we be thrown out?’”", document.Text, nil},
		{"market traders complain", attribution.VagueSource, "Market traders complain that customers ask the time every five minutes.", document.Text, []string{"Market traders complain"}},
		{"staff who complain attribute nothing", attribution.VagueSource, "The firm dismissed staff who complain.", document.Text, nil},
		{"a kind's reckoning", attribution.VagueSource, "Clockmakers generally reckon a tower needs an overhaul every 50 years.", document.Text, []string{"Clockmakers generally reckon"}},
		{"rumours circulating", attribution.VagueSource, "Rumours circulating on social media claim that the ferry has sunk.", document.Text, []string{"Rumours circulating on social media claim"}},
		{"reports overnight", attribution.VagueSource, "According to reports overnight, a second club has asked about the striker.", document.Text, []string{"According to reports overnight"}},
		{"widely thought", attribution.VagueSource, "He is widely thought to have been treated abroad.", document.Text, []string{"is widely thought"}},
		{"there is a feeling", attribution.VagueSource, "Among younger members, there is a feeling that the show is too serious.", document.Text, []string{"there is a feeling"}},
		{"taken as read", attribution.VagueSource, "It is taken as read on the allotments that he will win again.", document.Text, []string{"It is taken as read"}},
		{"it is being suggested", attribution.VagueSource, "It is being suggested online that the striker refused to travel.", document.Text, []string{"It is being suggested"}},
		{"a source in an unless-clause", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe ferry firm will run out of money unless it finds a buyer.", document.Text, []string{"The ferry firm will run out of money unless it finds a buyer"}},
		{"a kind's habit in the present", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nFerries that lose a sailing in winter usually lose the next one too.", document.Text, []string{"Ferries that lose a sailing in winter usually lose the next one too"}},
		{"a person's past is no habit", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nSanders did not usually get this personal.", document.Text, nil},
		{"by half past ten is a time", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nBy half past ten the tables are bare.", document.Text, nil},
		{"an age after then", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe court heard that Liam Corrigan, then 26, was fixing boards in March last year when a section gave way.", document.Text, nil},
		{"the court heard", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe court heard that the firm lost £2 million in safety fines last year.", document.Text, nil},
		{"a guide price", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe kiosk is up for sale at a guide price of £45,000.", document.Text, nil},
		{"tickets on sale at a price", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nTickets for the game go on sale on Monday at 15 pounds.", document.Text, nil},
		{"a company described after which was founded", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nHalvern Access, which was founded in 1998 and employs 45 people, had a turnover of £3.4 million last year.", document.Text, nil},
		{"a crowd of up to 200 formed", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nQueues of up to 200 people formed outside the hall by mid-morning.", document.Text, nil},
		{"a market's record low", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nShares in the ferry firm fell 14.6 percent, their lowest close since 2015.", document.Text, nil},
		{"a quarter's result", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nRevenue fell 23 percent to 312 million euros in the quarter.", document.Text, nil},
		{"a trend in results stays a claim", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nSales of the ferry firm's day tickets have fallen by a third since 2019.", document.Text, []string{"Sales of the ferry firm's day tickets have fallen by a third since 2019"}},
		{"a quote paragraph after an agency's wire lede", attribution.OrphanQuote, "Snow cuts off school party\n\nBRESKA, Nov 30 - Helicopters on Sunday lifted 42 children from a mountain hostel where they had been cut off by snow for three days, the regional emergency service said.\n\n“We played cards until nobody could look at cards any more.”", document.Text, []string{"“We played cards until nobody could look at cards any more.”"}},
		{"a quote paragraph after a person's lede stays theirs", attribution.OrphanQuote, "Snow cuts off school party\n\nBRESKA, Nov 30 - Helicopters on Sunday lifted 42 children from a mountain hostel where they had been cut off by snow for three days, the head teacher, Ana Roe, said.\n\n“We played cards until nobody could look at cards any more.”", document.Text, nil},
		{"a quote that addresses the speaker before it", attribution.OrphanQuote, "The final ended at nine.\n\nHer vice-skip, Ailsa Drummond, said the team had practised the shot for years. “Again, Ailsa. Until it is boring.”", document.Text, []string{"“Again, Ailsa. Until it is boring.”"}},
		{"a new sentence after a shouted quote is no tag", attribution.OrphanQuote, "The hearing began at ten.\n\nA dozen passengers sat in the public seats. “Bring back Des! Des on the 14!” The judge reminded those in the seats that it was not a match.", document.Text, []string{"“Bring back Des! Des on the 14!”"}},
		{"a name and a tag verb after a question", attribution.OrphanQuote, "The rally ran late.\n\n“You know, it happens, right?” Reyes went on, as if she had not heard. “But you have to get over it and fight back.”", document.Text, nil},
		{"a tag cut off by a full stop", attribution.OrphanQuote, "The rally ran late.\n\n“We will find every missing email, believe me.” Reyes said.", document.Text, nil},
		{"a share is no count by eye", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nNearly 80 percent of shops on the quay stayed closed on Friday.", document.Text, []string{"Nearly 80 percent of shops on the quay stayed closed on Friday"}},
		{"talk in a pub", attribution.VagueSource, "According to talk in the harbour bar, the ferry will be sold.", document.Text, []string{"According to talk"}},
		{"club lore", attribution.VagueSource, "The knot was invented, according to club lore, by a Breton sailor.", document.Text, []string{"according to club lore"}},
		{"market chatter", attribution.VagueSource, "Market chatter on Friday suggested that the ferry firm was for sale.", document.Text, []string{"Market chatter on Friday suggested"}},
		{"a talk show host is no talk", attribution.VagueSource, "Talk show host Dana Reyes, who hosts the morning slot, said the ferry was late.", document.Text, nil},
		{"legend has it", attribution.VagueSource, "Local legend has it that the pier was built by smugglers.", document.Text, []string{"Local legend has it"}},
		{"an open secret", attribution.VagueSource, "It is an open secret in the port that the two owners have not spoken in years.", document.Text, []string{"It is an open secret"}},
		{"blamed by many", attribution.VagueSource, "Within the party, the minister is blamed by many for the fuel tax.", document.Text, []string{"blamed by many"}},
		{"one often hears", attribution.VagueSource, "A pair of gulls, one often hears at the club, can take a whole catch.", document.Text, []string{"one often hears"}},
		{"there are whispers", attribution.VagueSource, "There are whispers on the quay that someone tried to sink the boat.", document.Text, []string{"There are whispers"}},
		{"a group's adverb before its verb", attribution.VagueSource, "Hoteliers privately suggest the real number is higher.", document.Text, []string{"Hoteliers privately suggest"}},
		{"plans lodged are a noun", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nA developer has lodged plans to build 240 homes on the dunes.", document.Text, nil},
		{"a plant after its opening", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe plant, opened in 1988, employs 310 people and makes about 40 tonnes of cheese a week.", document.Text, nil},
		{"a product's listed price", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe company also unveiled a pair of earbuds at 149 euros.", document.Text, nil},
		{"valued at is no listed price", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe ferry company is valued at 40 million euros.", document.Text, []string{"The ferry company is valued at 40 million euros"}},
		{"the most in the match", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nReyl finished with 27 points, the most in the match.", document.Text, nil},
		{"a bounded word count with harm", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nAt least three passengers were injured in the crossing.", document.Text, []string{"At least three passengers were injured in the crossing"}},
		{"a bounded word count of a duration", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe crossing ended more than three weeks ago.", document.Text, nil},
		{"a ruling described is no source", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe ruling is the largest fine in the county since 1990.", document.Text, []string{"The ruling is the largest fine in the county since 1990"}},
		{"polls stay sources where they stand", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nIn eight of nine towns where polls were conducted, 60 percent backed the ferry.", document.Text, nil},
		{"a source inside a than-clause does not source the claim", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe operator has been accused of running fewer sailings than it promised.", document.Text, []string{"The operator has been accused of running fewer sailings than it promised"}},
		{"a source inside a which-clause does not source the record", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe ruling is the third in two years in which a tribunal has found against the firm.", document.Text, []string{"The ruling is the third in two years in which a tribunal has found against the firm"}},
		{"a trailing according to sources the sentence", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe ferry carried 2,205 passengers, compared with the bus, which carried 1,401, according to a tally by the council.", document.Text, nil},
		{"a heckle after a named speaker that came from the back", attribution.OrphanQuote, "The hearing began at ten.\n\nThe chairman, Derek Amos, said that nobody from the public would speak. \"Then what are we sat here for?\" came from the back row.", document.Text, []string{"\"Then what are we sat here for?\""}},
		{"a question from the floor after a transcript", attribution.OrphanQuote, "The press conference began at five.\n\nHolloway: “No. We hit the post twice, and that is football.”\n\nQuestion from the floor: “Stefan, is your job safe? Has the chairman rung you?”", document.Text, []string{"“Stefan, is your job safe? Has the chairman rung you?”"}},
		{"a passive cue word is no speaker", attribution.OrphanQuote, "The store closed at six.\n\nThe last customers were shown out onto the pavement. “Three cheers for the old store!”", document.Text, []string{"“Three cheers for the old store!”"}},
		{"a capacity is a size", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe club was promoted last season and plays in a hall that holds 600 people.", document.Text, nil},
		{"a listed price", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe next sailing is on Sunday at 3pm, with tickets priced at 8 euros.", document.Text, nil},
		{"plans as a noun", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nPlans to merge the two ferry firms were put out to consultation on Monday.", document.Text, nil},
		{"a crowd of more than N by eye", attribution.UnattributedClaim, "The meeting began at seven.\n\nMore than 150 islanders crowded into the hall on Monday night.", document.Text, nil},
		{"a cause of death given by a pathologist", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nA pathologist, Dr Ana Roe, gave the cause of death as drowning.", document.Text, nil},
		{"a trend since, without a figure", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe number of people sailing on the firth has risen sharply since the pandemic.", document.Text, []string{"The number of people sailing on the firth has risen sharply since the pandemic"}},
		{"grown with an object is no trend", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nLenk, a farmer, has grown apples here since 1996.", document.Text, nil},
		{"a kind's tendency", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nChildren taught in small classes tend to do worse in maths tests.", document.Text, []string{"Children taught in small classes tend to do worse in maths tests"}},
		{"more likely to", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nA ewe in full fleece is far more likely to be struck by blowfly.", document.Text, []string{"A ewe in full fleece is far more likely to be struck by blowfly"}},
		{"a tenth of", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe club's budget is less than a tenth of its rival's.", document.Text, []string{"The club's budget is less than a tenth of its rival's"}},
		{"a group's present perfect", attribution.VagueSource, "Shopkeepers along the quay have long warned that the pier is unsafe.", document.Text, []string{"Shopkeepers along the quay have long warned"}},
		{"industry insiders", attribution.VagueSource, "Industry insiders say the ferry will be sold.", document.Text, []string{"Industry insiders say"}},
		{"word on the quay", attribution.VagueSource, "Word on the quay is that the buyers pay in cash.", document.Text, []string{"Word on the"}},
		{"the final word is no hearsay", attribution.VagueSource, "The harbour master had the final word on the berths.", document.Text, nil},
		{"taken for granted", attribution.VagueSource, "Among the crews, it is taken for granted that the raids are leaked.", document.Text, []string{"it is taken for granted"}},
		{"as the story goes", attribution.VagueSource, "As the story goes, one buyer paid for a house in a single season.", document.Text, []string{"As the story goes"}},
		{"often described as", attribution.VagueSource, "The play is often described as the great lost drama of its decade.", document.Text, []string{"is often described as"}},
		{"had been widely expected", attribution.VagueSource, "The contract had been widely expected to go to a rival.", document.Text, []string{"had been widely expected"}},
		{"last week is a date, not a period", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nA petition signed by 1,200 people was handed in last week.", document.Text, nil},
		{"a rate is a statistic", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe crossing carries 900 cars a day.", document.Text, []string{"The crossing carries 900 cars a day"}},
		{"a place before a colon names no speaker", attribution.OrphanQuote, "The meeting ran late.\n\nFrom the back of the hall: “Tell them about the flood.”", document.Text, []string{"“Tell them about the flood.”"}},
		{"the time of an interview is no speaker", attribution.OrphanQuote, "A boy sat on the stairs throughout the interview. “Grandad is going to coach my team now.”", document.Text, []string{"“Grandad is going to coach my team now.”"}},
		{"a sentence opening with to", attribution.VagueSource, "To critics said nothing.", document.Text, []string{"critics said"}},
		{"a common word before insiders", attribution.VagueSource, "Shipping insiders say the ferry will be sold.", document.Text, []string{"Shipping insiders say"}},
		{"a compound group the text writes in lower case", attribution.VagueSource, "Mortgage brokers say buyers are waiting.\n\nMortgage rates rose in March, and mortgage lenders tightened terms.", document.Text, []string{"Mortgage brokers say"}},
		{"those close to", attribution.VagueSource, "Those close to the board say two members want to wait.", document.Text, []string{"Those close to the board say"}},
		{"there is talk", attribution.VagueSource, "There is talk in the town that the pier will close.", document.Text, []string{"There is talk"}},
		{"it is whispered", attribution.VagueSource, "It is whispered that the best ground has been stripped.", document.Text, []string{"It is whispered"}},
		{"the conventional wisdom", attribution.VagueSource, "The conventional wisdom among skippers is that the quota is too low.", document.Text, []string{"The conventional wisdom"}},
		{"also said to", attribution.VagueSource, "Dog thefts are also said to be rising.", document.Text, []string{"are also said to"}},
		{"a group after a live-blog time", attribution.VagueSource, "10:00 - Pundits on the morning shows say the cut is political.", document.Text, []string{"Pundits on the morning shows say"}},
		{"a group on a named estate is still generic", attribution.VagueSource, "Many residents on the Marsh estate fear the dark streets.", document.Text, []string{"Many residents on the Marsh estate fear"}},
		{"my own folks are no generic group", attribution.VagueSource, "Even my own folks say the plan is wrong.", document.Text, nil},
		{"an older year is a date", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe pier, which has stood since 1871, is for sale.", document.Text, nil},
		{"a distance that places", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nIn the port of Dunhaven, about 90 kilometres from the border, sirens sounded twice.", document.Text, nil},
		{"a distance is a plain fact", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe nearest ferry port is 70 miles away.", document.Text, nil},
		{"a plain count is no statistic", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe coalition holds 108 of the chamber's 200 seats.", document.Text, nil},
		{"a count with a change is a statistic", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe company has cut 40 sailings since 2019.", document.Text, []string{"The company has cut 40 sailings since 2019"}},
		{"a bounded count is a statistic", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nMore than 11,000 passengers use the route.", document.Text, []string{"More than 11,000 passengers use the route"}},
		{"a person's record after their age", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nCaptain Ross, 58, has sailed the route 4,000 times.", document.Text, nil},
		{"a company after its founding", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nMarlow & Sons, founded in 1902, runs 40 shops and employs 600 people.", document.Text, nil},
		{"not since a year is a record", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe pier had not been painted since 1887.", document.Text, []string{"The pier had not been painted since 1887"}},
		{"a plan with next season is a schedule", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe harbour board will decide next spring whether to sell the pier.", document.Text, nil},
		{"a plan at a clock time is a schedule", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe coastguard will give a briefing at 10 a.m. on the quay.", document.Text, nil},
		{"a hedge with a date stays a prediction", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe captain is likely to appear in court on Wednesday.", document.Text, []string{"The captain is likely to appear in court on Wednesday"}},
		{"a named actor's own act and its terms", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nGrainco will buy the mill for £40 million.", document.Text, nil},
		{"a common noun's will stays a prediction", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nFares will rise by 5 percent.", document.Text, []string{"Fares will rise by 5 percent"}},
		{"a rule closing the sentence sources it", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nTolls will cost £3 a crossing, under the approved plans.", document.Text, nil},
		{"numbers of visitors are a measure", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nVisitor numbers on the pier have almost doubled since 2019.", document.Text, []string{"Visitor numbers on the pier have almost doubled since 2019"}},
		{"years in a row", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe mill has lost money four years in a row.", document.Text, []string{"The mill has lost money four years in a row"}},
		{"days in a row is no record", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe ferry sailed two days in a row this week.", document.Text, nil},
		{"a third less", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe new ferry burns about a third less fuel than the old one.", document.Text, []string{"The new ferry burns about a third less fuel than the old one"}},
		{"an average of", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nCrossings take an average of forty minutes longer in winter.", document.Text, []string{"Crossings take an average of forty minutes longer in winter"}},
		{"a habit of a kind of thing", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nFerries on the northern route have rarely sailed on time in winter.", document.Text, []string{"Ferries on the northern route have rarely sailed on time in winter"}},
		{"a habit with a pronoun continues its source", attribution.UnattributedClaim, "The ferry company said delays were rare. They have usually sailed on time.", document.Text, nil},
		{"an unsourced link", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nLate ferries have been linked to a fall in tourist numbers.", document.Text, []string{"Late ferries have been linked to a fall in tourist numbers"}},
		{"a multiple of the national average", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nRents on the island were twice the national average.", document.Text, []string{"Rents on the island were twice the national average"}},
		{"than in any year", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nFewer people crossed in 2025 than in any year of the last two decades.", document.Text, []string{"Fewer people crossed in 2025 than in any year of the last two decades"}},
		{"than those anywhere else", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nIslanders pay more for fuel than those anywhere else in the region.", document.Text, []string{"Islanders pay more for fuel than those anywhere else in the region"}},
		{"since records began is no document", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nIt was the wettest March in the county since records began.", document.Text, []string{"It was the wettest March in the county since records began"}},
		{"the post office is no post", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe new road is likely to halve the walk to the post office.", document.Text, []string{"The new road is likely to halve the walk to the post office"}},
		{"it is expected to with a subject it", attribution.UnattributedClaim, "The ferry leaves at noon. It is expected to dock by three.", document.Text, []string{"It is expected to dock by three"}},
		{"money spent is a figure to source", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe ferry company spent about £2 million on new engines.", document.Text, []string{"The ferry company spent about £2 million on new engines"}},
		{"is due to is on the calendar", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nA second witness is due to give evidence after the break.", document.Text, nil},
		{"a criterion is no count", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe council keeps a list of every street that has flooded more than twice.", document.Text, nil},
		{"a passive act by a public body", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nA £3 million sea wall was approved by the county council on Monday.", document.Text, nil},
		{"a night spent at the scene", attribution.UnattributedClaim, "The ferry was cancelled.\n\nAbout 40 passengers spent the night in the terminal.", document.Text, nil},
		{"a body's intent", attribution.UnattributedClaim, "The ferry runs twice a day.\n\nThe trust plans to reopen the pier in spring.", document.Text, nil},
		{"a group on a place", attribution.VagueSource, "Fishermen on the quay say the catch has halved.", document.Text, []string{"Fishermen on the quay say"}},
		{"a generic group's forecast", attribution.VagueSource, "Analysts expect the port to shed jobs.", document.Text, []string{"Analysts expect"}},
		{"word on the street", attribution.VagueSource, "Word on the street is that the pier will close.", document.Text, []string{"Word on the street"}},
		{"local reports", attribution.VagueSource, "According to local reports, the pier will close.", document.Text, []string{"According to local reports"}},
		{"rumours", attribution.VagueSource, "According to rumours, the pier will close.", document.Text, []string{"According to rumours"}},
		{"the consensus among", attribution.VagueSource, "The consensus among skippers is that the quotas are too low.", document.Text, []string{"The consensus among"}},
		{"a question asks", attribution.VagueSource, "What do skippers say?", document.Text, nil},
		{"police reports are specific", attribution.VagueSource, "According to police reports, the pier closed at noon.", document.Text, nil},
		{"a naming is no speech", attribution.OrphanQuote, "The prize went to a baker called Tom Reid.\n\n“I have never seen a queue like it in this town.”", document.Text, []string{"“I have never seen a queue like it in this town.”"}},
		{"the far post is no post", attribution.OrphanQuote, "The ball went in off the far post. “Best day of my life, this one.”", document.Text, []string{"“Best day of my life, this one.”"}},
		{"a voice from the back", attribution.OrphanQuote, "The meeting ran late.\n\nA voice from the back of the hall: “Why should we believe you now?”", document.Text, []string{"“Why should we believe you now?”"}},
		{"came from the gallery", attribution.OrphanQuote, "The meeting ran late.\n\n“Shame on every one of you!” came from the gallery.", document.Text, []string{"“Shame on every one of you!”"}},
		{"a noun use is no speaker", attribution.OrphanQuote, "Residents stood outside in protest at the blasting. “We cannot sleep at night any more.”", document.Text, []string{"“We cannot sleep at night any more.”"}},
		{"a post on a platform", attribution.OrphanQuote, "In a post on Facebook the mayor was blunt. “We will rebuild every house.”", document.Text, nil},
		{"a quote run on over paragraphs", attribution.OrphanQuote, "Dr. Ward stated:\n\n“The first part of my statement is this.\n\n“The second part goes further.\n\n“The third part ends it here.”", document.Text, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := lintOnly(t, tc.rule, tc.src, tc.fmt, nil)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("%s findings (-want +got):\n%s", tc.rule.ID, diff)
			}
		})
	}
}

func TestVagueSourcesConfig(t *testing.T) {
	src := "Two diplomats said the plan would fail."
	if got := lintOnly(t, attribution.VagueSource, src, document.Text, nil); len(got) != 0 {
		t.Fatalf("without config: %v", got)
	}
	cfg := &rules.Config{VagueSources: []string{"Two Diplomats"}}
	if got := lintOnly(t, attribution.VagueSource, src, document.Text, cfg); len(got) != 1 {
		t.Fatalf("with config: %v, want one finding", got)
	}
}

func TestMessageSaysWhy(t *testing.T) {
	d, _ := document.Parse("t", []byte("The mayor spoke.\n\nRidership fell 22 percent."), document.Text)
	fs, _ := rules.Lint(d, nil, nil)
	for _, f := range fs {
		if f.Rule == attribution.UnattributedClaim.ID {
			for _, part := range []string{"statistic", "no source", "according to X"} {
				if !strings.Contains(f.Message, part) {
					t.Errorf("message %q lacks %q", f.Message, part)
				}
			}
			return
		}
	}
	t.Fatal("no unattributed-claim finding")
}

// An orphan that speaks to the person named before it says so.
func TestOrphanMessageNamesAddressee(t *testing.T) {
	src := "The meeting began at seven.\n\nCouncillor Derek Fane said he had tried to calm the meeting. “Sit down, Derek. You are not the king of this village.”"
	fs := ruletest.Lint(t, src, document.Text, nil, nil, attribution.OrphanQuote)
	if len(fs) != 1 {
		t.Fatalf("got %d findings, want 1", len(fs))
	}
	if want := "it speaks to Derek, so it is not Derek's words"; !strings.Contains(fs[0].Message, want) {
		t.Errorf("message %q lacks %q", fs[0].Message, want)
	}
}
