package attribution

import (
	"strings"

	"github.com/attrlint/attrlint/rules/tokens"
	"github.com/attrlint/attrlint/rules/wordtable"
)

// vague reports whether a source phrase is generic and unnamed: its head is
// "experts", "critics", "sources", ... and nothing in it is a name or a
// specific title.
func (a *analyzer) vague(ws []word, st, end int) bool {
	if a.thoseWatching(ws, st, end) {
		return true // "according to those following the consultation"
	}
	// The phrase up to what follows its head: "Experts in the field",
	// "people familiar with", "Doctors at the clinic".
	stop := end
	for i := st; i < end; i++ {
		if ws[i].punc == 0 && ws[i].in(lPhraseStops) && !(i == st && a.sc.is(&ws[i], "outside")) { // not "Outside experts say"
			stop = i
			break
		}
	}
	head := -1
	for i := st; i < stop; i++ {
		if ws[i].punc != 0 {
			continue
		}
		if ws[i].kind == tokens.Number {
			return false
		}
		head = i
	}
	if head > st && placeAdverbs[a.sc.lowOf(&ws[head])] {
		head-- // "Steam enthusiasts online have claimed"
	}
	if head >= 0 && head > st && a.leadingHearsay(ws, st, head) {
		head = st // "Rumours circulating on social media", "reports overnight"
	}
	if head >= 0 && a.clauseBefore(ws, st, head) {
		return false // "The figures should be causing some worry", "There are some warning signs": a clause, its object no source
	}
	lone := head >= 0 && a.loneWatcher(ws, st, head) && !namedAppositive(ws, head, end)
	if head < 0 || !(lone || ws[head].cls&cVague != 0 || a.genericGroup(ws, st, head, end) || a.hearsay(ws, st, head, end) || a.unnamedStudies(ws, st, head)) {
		return false
	}
	if first := a.sc.lowOf(&ws[st]); countWords[first] && first != "several" && first != "many" && !lone && !a.goodMany(ws, st, head) {
		return false // "Two others", "Four economists": counted, not generic
	}
	if stop < end && institutionStops[a.sc.lowOf(&ws[stop])] && !patrons[a.sc.lowOf(&ws[head])] && !a.sc.is(&ws[head], "insiders") && !(stop+1 < end && (sc0(a, &ws[stop+1]) == "other" || sc0(a, &ws[stop+1]) == "various" || sc0(a, &ws[stop+1]) == "several")) {
		for i := stop + 1; i < end; i++ {
			if ws[i].punc == 0 && (ws[i].cap || ws[i].kind == tokens.Number || ws[i].in(lCountWords) && i == stop+1) {
				return false // "Economists at the University of Dunmore", "Botanists from three universities": named or counted
			}
		}
	}
	for i := st; i < stop; i++ {
		if ws[i].punc != 0 || !ws[i].cap || ws[i].in(lDeterminers) {
			continue
		}
		if i > st && groupQuantifiers[a.sc.lowOf(&ws[st])] && i < head && a.partisans(ws, head) {
			continue // a party's or a place's people, still unnamed: "Some Rural Democrat voters fear"
		}
		if i > 0 && ws[i-1].punc != ':' && ws[i-1].punc != '-' && ws[i-1].punc != 'D' {
			return false // a name: "Pentagon sources"; not "06.40: Volcanologists", "10:00 - Pundits"
		}
		// Capitalised as the sentence's first word: a modifier of a generic
		// head ("Industry analysts", "Political observers"), unless the
		// head is a source that a name makes specific ("Pentagon sources").
		if i != head && ws[i].cls&(cVague|cPerson) == 0 && (namedHeads[a.sc.lowOf(&ws[head])] && !a.commonModifier(ws, i) || i+1 < stop && a.sc.is(&ws[i+1], "and") && !(i+2 < stop && !ws[i+2].cap && kindOfPeople(a.sc.lowOf(&ws[i])) && kindOfPeople(a.sc.lowOf(&ws[i+2])))) {
			return false // "Pentagon sources", "Hawkins and others"; not "Shipping insiders"
		}
	}
	return true
}

// clauseBefore reports whether the words before a source's head hold a
// clause's verb, a modal or "there is": then the "source" is the
// clause's object and the cue word after it a noun ("causing some worry",
// "There are some warning signs"). The head comes before any relative
// clause on the source ("Some who would know say"), which is not read.
func (a *analyzer) clauseBefore(ws []word, st, head int) bool {
	if head-st >= 2 && a.sc.is(&ws[st], "there") && ws[st+1].in(lBeVerbs) {
		return true
	}
	for i := st; i < head; i++ {
		if ws[i].punc != 0 {
			continue
		}
		switch a.sc.lowOf(&ws[i]) {
		case "should", "would", "could", "will", "can", "may", "might", "must", "causing":
			return true
		}
	}
	return false
}

// loneWatcher reports whether the source phrase is one unnamed watcher
// of a scene: "one observer", "a longtime watcher of the airline", "One
// seasoned observer of Brennock politics", "one broker in the port of
// Averne": a generic voice in the singular, with no role that makes it
// specific (not "a senior official involved in the talks").
func (a *analyzer) loneWatcher(ws []word, st, head int) bool {
	if f := a.sc.lowOf(&ws[st]); f != "one" && f != "a" && f != "an" {
		return false
	}
	for i := st + 1; i < head; i++ {
		if ws[i].punc != 0 || ws[i].cap {
			return false // "a Reuters observer"
		}
	}
	return loneWatchers[a.sc.lowOf(&ws[head])]
}

// thoseWatching reports whether the source phrase is "those" and a
// participle of following a matter, or "close to" or "familiar with" it:
// "those following the consultation", "those close to the talks"; people
// never named nor counted. Not "those who ...", read elsewhere.
func (a *analyzer) thoseWatching(ws []word, st, end int) bool {
	if st+2 >= end || !a.sc.is(&ws[st], "those") || ws[st+1].punc != 0 || ws[st+1].cap {
		return false
	}
	l := a.sc.lowOf(&ws[st+1])
	return watchingWords[l] || (l == "close" || l == "familiar") && (a.sc.is(&ws[st+2], "to") || a.sc.is(&ws[st+2], "with"))
}

var watchingWords = wordtable.Words(`following watching tracking monitoring briefed`)

// namedAppositive reports whether a comma and a capitalised word follow
// the head before end: "A veteran of the 1998 final, Ivo Brand, said"
// names the watcher.
func namedAppositive(ws []word, head, end int) bool {
	for i := head + 1; i+1 < end; i++ {
		if ws[i].punc == ',' && ws[i+1].punc == 0 && ws[i+1].cap {
			return true
		}
	}
	return false
}

var loneWatchers = wordtable.Words(`observer watcher commentator pundit
	insider broker trader onlooker bystander veteran regular`)

// partisans reports whether the head of a quantified group is a kind of
// follower a name can modify and leave generic: "Some Rural Democrat
// voters", "Many Kessel fans"; not "Some Pentagon officials".
func (a *analyzer) partisans(ws []word, head int) bool {
	switch a.sc.lowOf(&ws[head]) {
	case "voters", "supporters", "members", "fans", "residents", "farmers", "workers", "activists", "loyalists", "backers", "followers":
		return true
	}
	return false
}

// hearsay reports whether ws[st:head+1] is unnamed reports or rumours:
// "reports", "local reports", "unconfirmed rumours"; not "police reports",
// "the council's reports" or "Reuters reports".
func (a *analyzer) hearsay(ws []word, st, head, end int) bool {
	if ws[head].in(lTalkHeads) && (head > st || end > head+1 || st >= 2 && a.sc.is(&ws[st-1], "to") && a.sc.is(&ws[st-2], "according")) {
		return true // "club lore", "talk in the Weavers' Arms"; not "Talk show host"
	}
	if !ws[head].in(lHearsayHeads) {
		return false
	}
	for i := st; i < head; i++ {
		if ws[i].punc != 0 || !hearsayModifiers[a.sc.lowOf(&ws[i])] {
			return false
		}
	}
	return true
}

// leadingHearsay reports whether the phrase ws[st:head+1] opens on
// hearsay that the words after it only qualify: "Rumours circulating on
// social media", "reports overnight".
func (a *analyzer) leadingHearsay(ws []word, st, head int) bool {
	l := a.sc.lowOf(&ws[st])
	if !ws[st].in(lTalkHeads|lHearsayHeads) && l != "rumours" && l != "rumors" {
		return false
	}
	n := a.sc.lowOf(&ws[st+1])
	return strings.HasSuffix(n, "ing") || ws[st+1].cls&cTime != 0 || n == "overnight" || n == "online"
}

// talkHeads are hearsay whatever qualifies them.
var talkHeads = wordtable.Words(`talk lore legend folklore chatter whispers gossip`)

var hearsayHeads = wordtable.Words(`reports rumours rumors speculation gossip posts`)

var hearsayModifiers = wordtable.Words(`local media press news unconfirmed
	some several many recent earlier other online widespread`)

// placeAdverbs after a source's head place it, no more: "Steam
// enthusiasts online".
var placeAdverbs = wordtable.Words(`online abroad locally nationally elsewhere`)

// phraseStops end the part of a source phrase that holds its head.
var phraseStops = wordtable.Words(`of with familiar close in at near from outside
	on across around along throughout within inside among briefed`)

// institutionStops introduce where a group works: a name after them
// makes it specific ("Analysts at Fjell Securities").
var institutionStops = wordtable.Words(`at from with within inside`)

// patrons are groups that use a place rather than work for it: a name
// after "at" says where they were, not whom they speak for ("Regulars at
// the Wheatsheaf", "Passengers at Kelby station"; not "Analysts at Fjell
// Securities").
var patrons = wordtable.Words(`regulars customers shoppers passengers
	commuters visitors drinkers diners fans locals
	residents tourists holidaymakers walkers users
	parents punters spectators onlookers neighbours neighbors`)

// unnamedStudies reports whether the phrase is research no one names:
// "Some research suggests", "Other studies find"; not "A 2019 study by
// the Kell Institute".
func (a *analyzer) unnamedStudies(ws []word, st, head int) bool {
	if head != st+1 {
		return false
	}
	switch a.sc.lowOf(&ws[st]) {
	case "some", "other", "many", "several", "recent", "earlier", "most":
	default:
		return false
	}
	switch a.sc.lowOf(&ws[head]) {
	case "research", "studies", "surveys", "analyses":
		return true
	}
	return false
}

// peopleKind reports whether the plural at ws[head] names people: a kind
// by its ending ("brokers", "economists"), a generic or vague head, or a
// kind of people the endings miss ("agents", "voters", "fans").
func (a *analyzer) peopleKind(ws []word, head int) bool {
	h := a.sc.lowOf(&ws[head])
	return kindOfPeople(h) || genericHeads[h] || ws[head].cls&cVague != 0 && !hearsayHeads[h] || peopleNouns[h] || len(h) > 5 && strings.HasSuffix(h, "ors") // "sailors", "investors"
}

// peopleNouns are plurals of people that kindOfPeople's endings miss.
var peopleNouns = wordtable.Words(`agents voters fans parents members
	locals neighbours neighbors participants colleagues friends
	relatives allies rivals patients clients students
	pupils tenants guests staff people caddies nurses
	mechanics pilots farmhands regulars punters coaches
	deputies licensees landlords publicans employees trainees retirees
	attendees franchisees`)

// kindOfPeople reports whether a plural names people by what they do:
// "farmers", "economists", "fishermen" (before "and" another kind).
func kindOfPeople(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ers") && !erThings[w] || strings.HasSuffix(w, "ists") || strings.HasSuffix(w, "ians") || strings.HasSuffix(w, "men"))
}

// erThings are plurals in -ers that are things, not people: "according to
// cabinet papers" cites documents.
var erThings = wordtable.Words(`papers letters ledgers registers numbers
	orders answers dossiers folders posters chambers`)

func sc0(a *analyzer, w *word) string { return a.sc.lowOf(w) }

// namedHeads are vague heads that a name before them makes specific.
var namedHeads = wordtable.Words(`sources insiders officials`)

// genericGroup reports whether the source phrase ws[st:head+1] (no name,
// no number) is a generic group: a group after "some", "many", "most" or
// "several" ("Some fishermen"), or a bare plural of a kind of expert or
// partisan ("Scientists", "hydrologists", "advocates"); not documents
// ("polls show") nor a group the writer has introduced ("the economists").
func (a *analyzer) genericGroup(ws []word, st, head, end int) bool {
	h := a.sc.lowOf(&ws[head])
	if !plural(h) || ws[head].cls&cDocument != 0 && !(h == "figures" && head > st && figuresPeople[a.sc.lowOf(&ws[head-1])]) {
		return false // not "the latest figures"; "Opposition figures have accused" are people
	}
	first := a.sc.lowOf(&ws[st])
	if a.goodMany(ws, st, head) {
		first = "many" // "A good many parishioners feel"
	}
	if countWords[first] && first != "several" && first != "many" {
		return false // "Two nurses at the hospital": counted, not generic
	}
	if first == "other" {
		for i := head + 1; i < end; i++ {
			if ws[i].in(lBeVerbs) {
				return false // a clause, not a group: "Other major spenders on digital ads were a family of super PACs supporting"
			}
		}
		return head > st && head-st <= 3 && !bodies[h] && a.peopleKind(ws, head) // "Other brokers say"; not "Other news organizations", "other parts of his administration"
	}
	if groupQuantifiers[first] {
		return head > st && (!bodies[h] || a.laity(ws, head, end))
	}
	if possessive(first) && subjectPronounOwners[first] && head == st+1 && partisanHeads[h] && end < len(ws) && ws[end].punc == 0 && a.genericCue(ws, end) {
		return true // "Her allies insist", "His critics say": people on a side, unnamed
	}
	if determiners[first] || possessive(first) {
		return false
	}
	if genericHeads[h] || strings.HasSuffix(h, "ists") || strings.HasSuffix(h, "ians") && h != "politicians" {
		return true
	}
	end = a.pastAside(ws, end) // "Farmers in the basin, however, say", "Riders, for their part, say"
	// Any other group that says, in the present tense, what its kind
	// thinks: "Ski instructors in the valley say", "Local hoteliers fear";
	// not "Prosecutors say" (a body), not "Ski instructors said" (a report).
	if end < len(ws) && ws[end].punc == ',' && end > head+1 {
		for j := head + 1; j+1 < end; j++ {
			if a.sc.is(&ws[j], "with") && ws[j+1].cap {
				return false // "Fields, along with Washington Post reporter Ben Terris, say": named people
			}
		}
		end++ // past the comma that closes a clause on the group: "Drinkers at the Anchor, which shuts at ten, reckon"
	}
	if end >= len(ws) || ws[end].punc != 0 || !a.genericCue(ws, end) || bodies[h] && !(head > st && a.sc.is(&ws[st], "former")) {
		return false // "Prosecutors say": a body; "Former officials say" speak for no one
	}
	if institutional[h] && h != "figures" { // people figures passed the document test above
		// "Defence lawyers", "Toy industry executives": a field's or a
		// trade's, not a body's.
		return st == 0 && (a.fieldLawyers(ws, st, head) || a.spreadAcross(ws, head, end) || head > st && (sectorWords[a.sc.lowOf(&ws[head-1])] || a.sc.is(&ws[st], "former") || a.sc.is(&ws[st], "rival")))
	}
	if st != 0 && ws[st-1].punc != ';' && !(st == 1 && ws[0].kind == tokens.Number) && !a.frontedPlace(ws, st) && !(ws[st-1].punc == 0 && (groupClauseOpeners[a.sc.lowOf(&ws[st-1])] || st >= 2 && a.sc.is(&ws[st-1], "and") && ws[st-2].punc == ',' && a.peopleKind(ws, head))) && !(ws[st-1].punc == ',' && end+1 < len(ws) && (ws[end+1].punc == ',' || ws[end+1].punc == '.' && end+2 == len(ws))) &&
		!(st == 2 && a.sc.is(&ws[1], "and") && ws[0].cls&cPerson == 0 && kindOfPeople(a.sc.lowOf(&ws[0]))) {
		return false // the group opens its sentence (after a live blog's time: "15.55 Users on the forum say"; after a semicolon: "...; clock restorers say"), or a parenthesis: ", regulars at the counter say,"
	}
	for i := st; i < head; i++ {
		if i+1 < head && a.sc.is(&ws[i+1], "and") && plural(a.sc.lowOf(&ws[i])) && (i == st || !ws[i].cap) || a.sc.is(&ws[i], "and") && i > st {
			continue // two kinds of people: "Farmers and shopkeepers complain"
		}
		// A modifier must be a plain word ("Local hoteliers", "Mortgage
		// brokers"), not a name ("Clinton advisers").
		if ws[i].cap && i == st && head == st+1 && a.partisans(ws, head) {
			continue // a club's or a place's followers, unnamed: "Alcara supporters have accused"
		}
		if ws[i].punc != 0 || i > st && ws[i].cap || ws[i].cap && !a.commonModifier(ws, i) || !ws[i].cap && (ws[i].in(lDeterminers) || possessive(a.sc.lowOf(&ws[i]))) {
			return false
		}
	}
	return true
}

// spreadAcross reports whether the group headed at ws[head] is spread over
// a region, so no one service speaks for it: "Firefighters across the
// county say", "Rescuers around the region say"; not "Firefighters at the
// scene say".
func (a *analyzer) spreadAcross(ws []word, head, end int) bool {
	for i := head + 1; i+1 < end; i++ {
		if (a.sc.is(&ws[i], "across") || a.sc.is(&ws[i], "around") || a.sc.is(&ws[i], "throughout")) && (a.sc.is(&ws[i+1], "the") || possessive(a.sc.lowOf(&ws[i+1]))) {
			return true
		}
	}
	return false
}

// goodMany reports whether the phrase at ws[st] opens on "a good many" or
// "a great many" before its head: as "many", no count.
func (a *analyzer) goodMany(ws []word, st, head int) bool {
	return a.sc.is(&ws[st], "a") && head > st+2 && (a.sc.is(&ws[st+1], "good") || a.sc.is(&ws[st+1], "great")) && a.sc.is(&ws[st+2], "many")
}

// laity reports whether "members" at ws[head] are members of a public, a
// congregation or a village, who speak for no body: "Some members of the
// congregation believe"; not "Some members of the board". Bare, after a
// quantifier, they are some of a society's members, unnamed: "Some members
// argue".
func (a *analyzer) laity(ws []word, head, end int) bool {
	if a.sc.is(&ws[head], "members") && head+1 == end {
		return true
	}
	return a.sc.is(&ws[head], "members") && head+3 < end && a.sc.is(&ws[head+1], "of") && a.sc.is(&ws[head+2], "the") && layGroups[a.sc.lowOf(&ws[head+3])]
}

var layGroups = wordtable.Words(`public congregation community audience crowd village parish`)

// progressiveCues after "are" are what a generic group is saying now.
var progressiveCues = wordtable.Words(`insisting saying claiming suggesting arguing warning whispering speculating`)

// pastAside returns the index after an aside set off by commas at ws[i]
// (", however,", ", for their part,"), or i when there is none.
func (a *analyzer) pastAside(ws []word, i int) int {
	if i >= len(ws) || ws[i].punc != ',' {
		return i
	}
	for c := i + 2; c < len(ws) && c <= i+4; c++ {
		if ws[c].punc == 0 {
			continue
		}
		if ws[c].punc != ',' {
			return i
		}
		if c == i+2 && asides[a.sc.lowOf(&ws[i+1])] {
			return c + 1
		}
		var b strings.Builder
		for j := i + 1; j < c; j++ {
			if j > i+1 {
				b.WriteByte(' ')
			}
			b.WriteString(a.sc.lowOf(&ws[j]))
		}
		if asidePhrases[b.String()] {
			return c + 1
		}
		return i
	}
	return i
}

// asidePhrases are asides of more than one word between a group and its
// cue.
var asidePhrases = map[string]bool{"for their part": true, "for its part": true, "in turn": true, "in response": true,
	"by contrast": true, "in private": true, "for now": true, "for the most part": true}

var shortAdjectives = map[string]bool{"old": true, "new": true, "young": true, "top": true, "big": true, "many": false,
	"veteran": true, "seasoned": true, "longtime": true, "retired": true, "former": true, "experienced": true, "concerned": true, "older": true, "younger": true, "elderly": true}

// groupClauseOpeners before a group open its clause as a sentence's start
// does: "..., though friends say she has taken legal advice".
var groupClauseOpeners = wordtable.Words(`though although but while whereas`)

// frontedPlace reports whether the words before a group at ws[st] are a
// fronted place and a comma: "On running forums, fans have accused",
// "Inside the party, colleagues describe".
func (a *analyzer) frontedPlace(ws []word, st int) bool {
	if st < 3 || st > 8 || ws[st-1].punc != ',' || !placeOpeners[a.sc.lowOf(&ws[0])] {
		return false
	}
	for i := 1; i < st-1; i++ {
		if ws[i].punc != 0 || ws[i].cls&(cStrong|cWeak) != 0 || ws[i].in(lBeVerbs) {
			return false
		}
	}
	return true
}

var placeOpeners = wordtable.Words(`on in inside within among across around outside`)

// subjectPronounOwners and partisanHeads: "Her allies", "his critics",
// "their supporters"; not "her lawyers" or "his aides", who speak for
// someone named.
var subjectPronounOwners = wordtable.Words(`his her their`)

var partisanHeads = wordtable.Words(`allies critics supporters opponents
	detractors backers friends rivals enemies`)

// notModifiers are capitalised first words that do not modify a group's
// head: "Even my own folks say", "Only residents say".
var notModifiers = wordtable.Words(`even only just also still
	then here there when while most many
	some both such other these those`)

// commonModifier reports whether the capitalised first word ws[i] before
// a group's head is a common word, not a name: an adjective ending
// ("Local", "Maritime", "Shipping"), or a word this document also writes
// in lower case ("Mortgage brokers say" with "mortgage rates" elsewhere);
// "Pentagon sources", "Ruiz advisers" stay names.
func (a *analyzer) commonModifier(ws []word, i int) bool {
	l := a.sc.lowOf(&ws[i])
	for _, suf := range []string{"al", "ic", "ing", "ime", "ary", "ous", "ive", "ular"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	if sectorWords[l] {
		return true
	}
	if figuresPeople[l] && i+1 < len(ws) && a.sc.is(&ws[i+1], "figures") || commonCapitals[l] {
		return true // "Opposition figures have accused", "Security sources say"
	}
	if shortAdjectives[l] {
		return true // "Old growers in the valley say"
	}
	if !ws[i].cap || len(l) < 3 || notModifiers[l] || possessive(l) || determiners[l] {
		return false
	}
	if v, ok := a.lowered[l]; ok {
		return v
	}
	alone := func(t string, k int) bool {
		return (k == 0 || t[k-1] == ' ' || t[k-1] == '-') && (k+len(l) == len(t) || !isLetter(t[k+len(l)]))
	}
	v := false
	for b := range a.doc.Blocks {
		if occurs(a.doc.Blocks[b].Text, l, alone) {
			v = true // written in lower case: a common word
			break
		}
	}
	if a.lowered == nil {
		a.lowered = map[string]bool{}
	}
	a.lowered[l] = v
	return v
}

// bareKind reports whether the phrase after "according to" is a bare
// plural of a kind of people, perhaps with a common modifier or a clause
// after it: "according to agents who look after several of the leading
// players"; not "according to officials" or "according to opposition
// MPs" (an institution's), "according to court records" (a document) nor
// "according to Fjell analysts" (a name).
func (a *analyzer) bareKind(ws []word, st, end int) bool {
	head := -1
	for i := st; i < end && ws[i].punc == 0; i++ {
		if ws[i].in(lPhraseStops) || a.sc.is(&ws[i], "who") {
			break
		}
		head = i
	}
	if head < 0 {
		return false
	}
	h := a.sc.lowOf(&ws[head])
	if !plural(h) || ws[head].cls&(cDocument|cPerson) != 0 || institutional[h] || bodies[h] || ws[head].cap || !a.peopleKind(ws, head) {
		return false // not "according to interviews", "according to early returns"
	}
	for i := st; i < head; i++ {
		l := a.sc.lowOf(&ws[i])
		if ws[i].cap && !commonCapitals[l] || determiners[l] || possessive(l) || ws[i].kind == tokens.Number || countWords[l] {
			return false // "the analysts", "Fjell analysts", "two analysts"
		}
	}
	return true
}

// nameAside returns the length of a name set off by commas from ws[j]
// (", Ambrose Fennimore,": the commas and the name's words, the last comma
// before end), or 0.
func nameAside(ws []word, j, end int) int {
	if ws[j].punc != ',' {
		return 0
	}
	i := j + 1
	for i < end && i-j <= 4 && ws[i].punc == 0 && ws[i].cap {
		i++
	}
	if i == j+1 || i >= end || ws[i].punc != ',' {
		return 0
	}
	return i - j
}

// relativeGroup reports whether the present-tense verb of saying at ws[k]
// has for its subject a generic group with a relative clause, the
// sentence's opening words: "Film fans who remember the Orion's last
// years say", "Those who knew the family say", "People in Kelvedge old
// enough to remember her say". It returns where the group starts.
func (a *analyzer) relativeGroup(ws []word, k int) (int, bool) {
	if !ws[k].in(lGenericCues) || k < 3 || k > 16 {
		return 0, false
	}
	st := 0
	for st < k && ws[st].punc != 0 {
		st++
	}
	if l := a.sc.lowOf(&ws[st]); possessive(l) || l == "percentage" || l == "share" || l == "number" {
		return 0, false // "His lead among undeclared voters who say", "Percentage of likely voters who say"
	}
	rel := -1
	for j := st + 1; j < k && j <= st+5; j++ {
		if ws[j].punc != 0 {
			return 0, false
		}
		l := a.sc.lowOf(&ws[j])
		if l == "who" || l == "old" && j+1 < k && a.sc.is(&ws[j+1], "enough") {
			rel = j
			break
		}
		if l == "of" || l == "among" || possessive(l) {
			return 0, false
		}
	}
	if rel < 0 {
		return 0, false
	}
	for j := rel; j < k; j++ {
		if n := nameAside(ws, j, k); n > 0 {
			j += n // "Those who know the firm's owner, Ambrose Fennimore, say": a name the clause gives, set off by commas
			continue
		}
		if ws[j].punc != 0 && ws[j].punc != '\'' || ws[j].cls&(cStrong|cWeak) != 0 && ws[j].in(lGenericCues) {
			return 0, false // a clause that breaks off, or its own verb of saying
		}
	}
	hi := rel - 1
	for j := st + 1; j < rel; j++ {
		if ws[j].in(lPhraseStops) {
			hi = j - 1 // "People in Kelvedge old enough ...": the head before the place
			break
		}
	}
	h := a.sc.lowOf(&ws[hi])
	switch {
	case h == "those" || h == "people" || h == "fans" || h == "anyone" || h == "many" || h == "some":
	case plural(h) && (a.peopleKind(ws, hi) || ws[st].cls&cVague != 0 || strings.HasSuffix(h, "ists")): // "Vocal coaches who have watched clips from the shows say"
	default:
		return 0, false
	}
	return st, !ws[st].in(lDeterminers) || a.sc.is(&ws[st], "those")
}

// fieldLawyers reports whether ws[st:head+1] is lawyers of a field
// ("Consumer lawyers", "Maritime lawyers"), a kind of expert, not a
// party's lawyers ("Defence lawyers", "his lawyers").
func (a *analyzer) fieldLawyers(ws []word, st, head int) bool {
	h := a.sc.lowOf(&ws[head])
	if h != "lawyers" && h != "attorneys" || head != st+1 {
		return false
	}
	switch a.sc.lowOf(&ws[st]) {
	case "defence", "defense", "prosecution", "government", "state", "federal", "family", "his", "her", "their", "its", "the":
		return false
	}
	return a.commonModifier(ws, st) || ws[st].cap
}

// genericCue reports whether the words at ws[e] say, in the present or
// the present perfect, what a kind of people thinks: "say", "fear",
// "have long warned", "have complained for months".
func (a *analyzer) genericCue(ws []word, e int) bool {
	for e+1 < len(ws) && ws[e].punc == 0 && (a.adverb(&ws[e]) || ws[e].in(lPassiveAdverbs)) {
		e++ // "Hoteliers privately suggest", "Supporters of the law also argue"
	}
	if ws[e].in(lGenericCues) {
		return true
	}
	if (a.sc.is(&ws[e], "are") || a.sc.is(&ws[e], "remain")) && e+1 < len(ws) && ws[e+1].punc == 0 && (a.sc.is(&ws[e+1], "convinced") || a.sc.is(&ws[e+1], "certain") || a.sc.is(&ws[e+1], "adamant")) {
		return true // "Regulars at the theatre's bar are convinced the premiere will be moved": what their kind thinks, now
	}
	if a.sc.is(&ws[e], "are") {
		j := e + 1
		for j+1 < len(ws) && ws[j].punc == 0 && (a.adverb(&ws[j]) || a.sc.is(&ws[j], "still")) {
			j++
		}
		if j < len(ws) && ws[j].punc == 0 && progressiveCues[a.sc.lowOf(&ws[j])] {
			return true // "Regulars at the Plough are still insisting it was hers": what their kind says, now
		}
	}
	if a.sc.is(&ws[e], "blame") || a.sc.is(&ws[e], "accuse") {
		// With whom they blame: "privately blame the federation"; not
		// "shares blame in", a noun.
		return e+1 < len(ws) && ws[e+1].punc == 0 && (ws[e+1].cap || ws[e+1].cls&cPronoun != 0 || ws[e+1].in(lArticles) || possessive(a.sc.lowOf(&ws[e+1])))
	}
	if !a.sc.is(&ws[e], "have") {
		return false
	}
	for e++; e < len(ws) && ws[e].punc == 0 && (ws[e].cls&cSkip != 0 || a.adverb(&ws[e]) || a.sc.is(&ws[e], "long")) && !a.sc.is(&ws[e], "been"); e++ {
	} // up to "been": "have been warned" is done to them
	if e+3 < len(ws) && a.sc.is(&ws[e], "been") && (a.sc.is(&ws[e+1], "quick") || a.sc.is(&ws[e+1], "keen") || a.sc.is(&ws[e+1], "eager")) && a.sc.is(&ws[e+2], "to") {
		return quickTo[a.sc.lowOf(&ws[e+3])] // "Pundits have been quick to blame the fixture list"
	}
	return e < len(ws) && ws[e].punc == 0 && genericPerfects[a.sc.lowOf(&ws[e])]
}

// commonCapitals are common words that open a sentence before a group's
// head and name no one: "Security sources say", "Opposition MPs claim",
// and workplaces: "Shipyard sources say", "Hospital insiders".
var commonCapitals = wordtable.Words(`opposition security intelligence diplomatic
	government military defence defense western senior
	shipyard dockyard factory hospital union court police
	prison airport harbour port ministry palace party`)

// figuresPeople before "figures" make them people, not numbers.
var figuresPeople = wordtable.Words(`opposition political party senior
	prominent leading public industry business community`)

var genericPerfects = wordtable.Words(`accused suspected said warned argued complained feared cautioned noted grumbled reported
	insisted predicted believed claimed suggested worried maintained
	muttered whispered speculated pointed questioned wondered`)

// quickTo are the verbs of saying after "have been quick to".
var quickTo = wordtable.Words(`blame argue point say suggest claim
	accuse criticise criticize question dismiss praise warn`)

// genericCues are present-tense verbs of saying or belief that, after a
// bare plural, state what a kind of people thinks.
var genericCues = wordtable.Words(`say fear believe warn worry
	contend argue predict insist complain expect
	suggest suspect reckon grumble swear claim describe`)

// institutional are plural sources that stand for an institution or for
// the people at the scene, named by their context: "officials say",
// "witnesses say".
var institutional = wordtable.Words(`officials authorities police investigators regulators
	organizers organisers spokesmen spokeswomen aides
	lawyers attorneys witnesses firefighters rescuers
	forecasters employees executives negotiators polls
	records documents data figures results studies
	majorities democrats republicans`)

func plural(w string) bool {
	switch w {
	case "people", "men", "women", "crew", "staff":
		return true // "Many cabin crew fear"
	}
	if len(w) > 5 && strings.HasSuffix(w, "men") {
		return true // "fishermen", "businessmen"
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

var groupQuantifiers = wordtable.Words(`some many most several`)

// bodies are groups whose members act and speak for an institution: "some
// lawmakers", "several party officials", "many states" are anonymous but
// not generic.
var bodies = wordtable.Words(`officials lawmakers legislators senators representatives
	members leaders governments states countries nations
	candidates delegates superdelegates companies firms
	agencies police prosecutors judges governors mayors
	councillors councilors ministers trustees directors mps`)

// sectorWords before a group's head name a trade or a sector, not a body:
// "Industry insiders", "Market sources", "Retail consultants", "Railway
// enthusiasts".
var sectorWords = wordtable.Words(`industry market trade sector business city
	retail health energy property tax transport aviation
	tourism investment insurance railway rail airline travel
	construction steel oil gas car motor tech technology
	private independent foreign specialist amateur professional
	commercial veteran`)

// genericHeads are plural sources that name a kind of person, not anyone
// in particular, beyond the -ists and -ians ("..., traders said": a market
// report's unnamed voices).
var genericHeads = wordtable.Words(`researchers scholars academics advocates pundits
	skeptics sceptics detractors proponents opponents
	watchers onlookers doctors residents engineers
	campaigners activists traders dealers pollsters`)
