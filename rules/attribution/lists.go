package attribution

// list is a bit set of the word lists below that a word is in. The word
// table gives a word's lists with its classes, once, in load; a check
// that tests a list for most words of a sentence then reads a bit where it
// hashed the word's lowercase form into a map (several map lookups a word
// per check had become a sixth of the rules' time).
type list uint64

// The lists the word table marks, named after their maps.
const (
	lPassiveAdverbs list = 1 << iota
	lPresenceVerbs
	lPublicActs
	lPenalties
	lMarketVerbs
	lPublicBodies
	lChangeWords
	lHarmWords
	lAggregateWords
	lArticles
	lResultSubjects
	lWinVerbs
	lWonThings
	lGenericCues
	lDeterminers
	lWordNumbers
	lHabitAdverbs
	lAmbiguous
	lConnectives
	lBeVerbs
	lChoices
	lPollWords
	lModals
	lTailVerbs
	lMotiveStarts
	lOpenQuestion
	lNounMarkers
	lMeetingVerbs
	lOutcomeVerbs
	lWillAdverbs
	lPriceNouns
	lDistanceWords
	lCapacityWords
	lPlacing
	lReportingPeriods
	lPeriodWords
	lRateWords
	lQuantifiersBefore
	lNounBefore
	lCountWords
	lSpanWords
	lSubordinators
	lPhraseStops
	lTalkHeads
	lHearsayHeads
	lCourtRecord
	lRulesWords
	lTermVerbs
	lHedges
	lMeasuredAt
	lThresholdMoves
	lThresholdAdverbs
	lAspectual
	lModalBefore
	lQuantifiers
	lFindForms
	lTalkNouns
)

// tableLists pairs each list bit with its map, which stays the list's
// definition and serves the lookups by a string; a word marked is a word
// whose value in the map is true.
var tableLists = []struct {
	bit   list
	words map[string]bool
}{
	{lPassiveAdverbs, passiveAdverbs},
	{lPresenceVerbs, presenceVerbs},
	{lPublicActs, publicActs},
	{lPenalties, penalties},
	{lMarketVerbs, marketVerbs},
	{lPublicBodies, publicBodies},
	{lChangeWords, changeWords},
	{lHarmWords, harmWords},
	{lAggregateWords, aggregateWords},
	{lArticles, articles},
	{lResultSubjects, resultSubjects},
	{lWinVerbs, winVerbs},
	{lWonThings, wonThings},
	{lGenericCues, genericCues},
	{lDeterminers, determiners},
	{lWordNumbers, wordNumbers},
	{lHabitAdverbs, habitAdverbs},
	{lAmbiguous, ambiguous},
	{lConnectives, connectives},
	{lBeVerbs, beVerbs},
	{lChoices, choices},
	{lPollWords, pollWords},
	{lModals, modals},
	{lTailVerbs, tailVerbs},
	{lMotiveStarts, motiveStarts},
	{lOpenQuestion, openQuestion},
	{lNounMarkers, nounMarkers},
	{lMeetingVerbs, meetingVerbs},
	{lOutcomeVerbs, outcomeVerbs},
	{lWillAdverbs, willAdverbs},
	{lPriceNouns, priceNouns},
	{lDistanceWords, distanceWords},
	{lCapacityWords, capacityWords},
	{lPlacing, placing},
	{lReportingPeriods, reportingPeriods},
	{lPeriodWords, periodWords},
	{lRateWords, rateWords},
	{lQuantifiersBefore, quantifiersBefore},
	{lNounBefore, nounBefore},
	{lCountWords, countWords},
	{lSpanWords, spanWords},
	{lSubordinators, subordinators},
	{lPhraseStops, phraseStops},
	{lTalkHeads, talkHeads},
	{lHearsayHeads, hearsayHeads},
	{lCourtRecord, courtRecord},
	{lRulesWords, rulesWords},
	{lTermVerbs, termVerbs},
	{lHedges, hedges},
	{lMeasuredAt, measuredAt},
	{lThresholdMoves, thresholdMoves},
	{lThresholdAdverbs, thresholdAdverbs},
	{lAspectual, aspectual},
	{lModalBefore, modalBefore},
	{lQuantifiers, quantifiers},
	{lFindForms, findForms},
	{lTalkNouns, talkNouns},
}

// in reports whether w is in any of the lists ls (the word's lowercase
// form is a key whose value is true); never for punctuation.
func (w *word) in(ls list) bool { return w.lists&ls != 0 }
