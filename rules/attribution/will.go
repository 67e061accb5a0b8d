package attribution

// A bare "will" is read as a prediction unless what it says is one of
// these: a named actor's own agenda, a law's terms, a habit, an age to
// come, a vote or a ruling still to decide an open question, or the
// writer's open guess.

import (
	"strings"

	"github.com/attrlint/attrlint/rules/tokens"
	"github.com/attrlint/attrlint/rules/wordtable"
)

// agendaAct reports whether "will" at ws[k] gives a named actor's own
// public agenda: an appearance, an event it holds, a campaign it runs, an
// ad it airs, a post it takes ("Biden will also speak to WDBJ", "He will
// campaign in Ohio", "NextGen Climate will air an ad during the debate",
// "Malloy, a top Clinton surrogate, will be co-chairman of the
// committee"). The actor is the source of its own plan, as with "plans
// to"; what an act will bring about stays a forecast ("will win", "will
// face", "will need", "will be difficult").
func (sc *scratch) agendaAct(ws []word, k int) bool {
	v := k + 1
	if v < len(ws) && ws[v].punc == 0 && agendaAdverbs[sc.lowOf(&ws[v])] {
		v++ // "will also speak"
	}
	return v < len(ws) && ws[v].punc == 0 && sc.agendaVerb(ws, v) && sc.actorSubject(ws, k)
}

// agendaVerb reports whether the verb phrase at ws[v] is an act on an
// actor's calendar: "speak", "host", "campaign", "make the case", "come
// on the show", "be holding", "be interviewed", "be co-chairman".
func (sc *scratch) agendaVerb(ws []word, v int) bool {
	l := sc.lowOf(&ws[v])
	switch {
	case agendaVerbs[l]:
		return true
	case l == "make":
		for j := v + 1; j < len(ws) && j <= v+4 && ws[j].punc == 0; j++ {
			if sc.is(&ws[j], "case") || sc.is(&ws[j], "appearance") || sc.is(&ws[j], "appearances") || sc.is(&ws[j], "stop") || sc.is(&ws[j], "stops") {
				return true // "will make the case to Democrats", "will make his first public appearance"
			}
		}
	case l == "come" || l == "go":
		return v+2 < len(ws) && sc.is(&ws[v+1], "on") && ws[v+2].punc == 0 && (sc.is(&ws[v+2], "the") || possessive(sc.lowOf(&ws[v+2]))) // "will come on the show"
	case l == "take" && v+1 < len(ws):
		n := &ws[v+1]
		if sc.is(n, "over") {
			return sc.handover(ws, v+2) // "will take over as the head of", not "will take over the city"
		}
		return sc.is(n, "part") || sc.is(n, "questions") || sc.is(n, "office") || v+2 < len(ws) && sc.is(n, "the") && (sc.is(&ws[v+2], "stage") || sc.is(&ws[v+2], "podium") || sc.is(&ws[v+2], "oath")) // "will take part in", "will take the stage", not "will take years"
	case l == "be" && v+1 < len(ws) && ws[v+1].punc == 0:
		n := sc.lowOf(&ws[v+1])
		if n == "interviewed" || n == "joined" {
			return true // "will be interviewed about", "will be joined by"
		}
		if base, ok := strings.CutSuffix(n, "ing"); ok && (agendaVerbs[base] || agendaVerbs[base+"e"] || len(base) > 2 && base[len(base)-1] == base[len(base)-2] && agendaVerbs[base[:len(base)-1]] || base == "spend") {
			return true // "will be holding a rally", "will be hosting", "will be spending the week"
		}
		j := v + 1
		if ws[j].in(lArticles) && j+1 < len(ws) && ws[j+1].punc == 0 {
			j++
		}
		return agendaPosts[sc.lowOf(&ws[j])] // "will be co-chairman of the platform committee"
	case l == "become" && v+2 < len(ws):
		j := v + 1
		for ; j < len(ws) && j <= v+4 && ws[j].punc == 0 && !agendaPosts[sc.lowOf(&ws[j])]; j++ {
		}
		return j < len(ws) && j <= v+4 && ws[j].punc == 0 // "will become the Republican campaign's chief executive"
	}
	return false
}

// actorSubject reports whether the subject of "will" at ws[k] is a named
// actor or a pronoun for one: a name ("Biden will", "Mr. Clinton will"),
// "he" or "she" opening a clause, a title after "the" ("The vice
// president will"), a name with an aside after it ("Ban, a diplomat
// from South Korea, will"), or a name's relative clause ("Chris Wallace
// of Fox News, who will").
func (sc *scratch) actorSubject(ws []word, k int) bool {
	if k == 0 {
		return false
	}
	p := k - 1
	switch l := sc.lowOf(&ws[p]); {
	case ws[p].punc == ',':
		return sc.namedAside(ws, p)
	case ws[p].punc != 0:
		return false
	case l == "he" || l == "she":
		return p == 0 || ws[p-1].punc != 0 || sc.is(&ws[p-1], "and") || sc.is(&ws[p-1], "but")
	case l == "who":
		return p >= 2 && ws[p-1].punc == ',' && ws[p-2].punc == 0 && ws[p-2].cap
	case agendaTitles[l]:
		return p > 0 && ws[p-1].punc == 0 && (sc.is(&ws[p-1], "the") || p > 1 && ws[p-2].punc == 0 && sc.is(&ws[p-2], "the")) // "The vice president", "The billionaire businessman"
	case agendaNotNames[l]:
		return false // "It will open the way"
	case ws[p].cap:
		j := sc.nameStart(ws, p)
		if j == 0 {
			return !determiners[sc.lowOf(&ws[0])]
		}
		return sc.notObject(ws, j)
	}
	return false
}

// nameStart returns where the name ending at ws[p] starts: capitalised
// words, initials with their full stops and "of" between capitalised
// words ("Gov. Dannel P. Malloy of Connecticut").
func (sc *scratch) nameStart(ws []word, p int) int {
	j := p
	for j > 0 {
		b := &ws[j-1]
		switch {
		case b.punc == 0 && b.cap:
			j--
		case b.punc == '.' && j > 1 && ws[j-2].punc == 0 && ws[j-2].cap && ws[j-2].hi-ws[j-2].lo <= 4:
			j -= 2 // "Gov.", "P."
		case b.punc == 0 && sc.is(b, "of") && j > 1 && ws[j-2].punc == 0 && ws[j-2].cap:
			j -= 2
		default:
			return j
		}
	}
	return j
}

// namedAside reports whether the comma at ws[c] closes an aside on a
// name: "Ban, a diplomat from South Korea,", "Gov. Dannel P. Malloy of
// Connecticut, a top Clinton surrogate,", "Paul Manafort, the campaign
// chairman,". The name must open the sentence or follow an opening
// date ("On Tuesday, Senator Charles Grassley, the Iowa Republican,").
func (sc *scratch) namedAside(ws []word, c int) bool {
	o := -1
	for j := c - 1; j > 0 && j >= c-14; j-- {
		if ws[j].punc == ',' {
			o = j
			break
		}
		if ws[j].punc != 0 && ws[j].punc != '.' {
			return false
		}
	}
	if o < 1 || o+1 >= c || ws[o-1].punc != 0 || !ws[o-1].cap {
		return false
	}
	if a := &ws[o+1]; !(a.in(lArticles) || a.cap || possessive(sc.lowOf(a)) || sc.is(a, "who") || agendaTitles[sc.lowOf(a)] || agendaPosts[sc.lowOf(a)]) {
		return false
	}
	j := sc.nameStart(ws, o-1)
	if j == 0 {
		return !determiners[sc.lowOf(&ws[0])]
	}
	// An opening date before the name: "On Tuesday,".
	return ws[j-1].punc == ',' && j >= 3 && sc.is(&ws[0], "on") && ws[1].cap && weekdayOrMonth(sc.lowOf(&ws[1]))
}

// lawTerms reports whether "will" at ws[k] states what a law or an
// agreement provides, its terms on the record: "A new Labor Department
// rule will require most salaried workers ... to be paid overtime", "The
// agreement will enter into force when 55 countries ratify it". What it
// will bring about stays a forecast: "the rule will give the treasury
// 1.6 billion krolls less", "the law will cost landlords".
func (sc *scratch) lawTerms(ws []word, k int) bool {
	v := k + 1
	if v < len(ws) && ws[v].punc == 0 && sc.is(&ws[v], "also") {
		v++
	}
	return v < len(ws) && ws[v].punc == 0 && provisions[sc.lowOf(&ws[v])] && (sc.subjectIn(ws, k, lawNouns) || sc.subjectIn(ws, k, pacts))
}

var provisions = wordtable.Words(`require ban bar prohibit exempt expire enter apply`)

var pacts = wordtable.Words(`agreement agreements accord accords pact pacts`)

// habitualWill reports whether "will" at ws[k] tells a habit, with an
// adverb of frequency opening the sentence or next to it: "Often,
// companies will hire boutiques", "Voters will usually forgive".
func (sc *scratch) habitualWill(ws []word, k int) bool {
	return frequencyAdverbs[sc.lowOf(&ws[0])] && len(ws) > 1 && ws[1].punc == ',' ||
		k > 0 && ws[k-1].punc == 0 && frequencyAdverbs[sc.lowOf(&ws[k-1])] ||
		k+1 < len(ws) && ws[k+1].punc == 0 && frequencyAdverbs[sc.lowOf(&ws[k+1])]
}

var frequencyAdverbs = wordtable.Words(`often usually typically sometimes
	generally frequently routinely normally commonly`)

// speculation opening a sentence marks what "will" says as the writer's
// open guess or wish: "Perhaps the moderators will demand more",
// "Hopefully, this will be the end of it".
var speculation = wordtable.Words(`perhaps maybe hopefully possibly`)

// ageToCome reports whether "will" at ws[k] gives the age a person will
// reach: "She will be 60 in May", "Halvorsen will turn 70 next year".
func (sc *scratch) ageToCome(ws []word, k int) bool {
	if k+2 >= len(ws) || !(sc.is(&ws[k+1], "be") || sc.is(&ws[k+1], "turn")) || ws[k+2].kind != tokens.Number || !sc.actorSubject(ws, k) {
		return false
	}
	return k+3 == len(ws) || ws[k+3].punc != 0 || sc.is(&ws[k+3], "in") || sc.is(&ws[k+3], "on") || sc.is(&ws[k+3], "next") || sc.is(&ws[k+3], "this") || sc.is(&ws[k+3], "when")
}

// agendaAdverbs may stand between "will" and an act on the calendar.
var agendaAdverbs = wordtable.Words(`also then later first instead next again`)

// agendaVerbs are acts an actor puts on its own calendar.
var agendaVerbs = wordtable.Words(`speak campaign host hold appear attend travel
	visit tour headline address deliver air unveil sign conduct moderate join
	chair retain testify present introduce nominate stump rally accept keynote
	participate premiere perform announce outline lay detail debate meet
	co-host interview broadcast stream launch kick open
	try focus press push seek court`)

// agendaPosts are posts an actor is named to.
var agendaPosts = wordtable.Words(`chairman chairwoman chair co-chairman
	co-chairwoman co-chair moderator host co-host spokesman spokeswoman
	spokesperson manager chief director adviser advisor emcee keynote`)

// agendaNotNames open a sentence with a capital but name no actor.
var agendaNotNames = wordtable.Words(`it this that there these those what which`)

// agendaTitles after "the" name a person or a body already named.
var agendaTitles = wordtable.Words(`campaign candidate president senator
	governor mayor nominee committee congressman congresswoman businessman
	businesswoman secretary speaker chairman`)

// decidersDecide reports whether "will" at ws[k] says that voters, a
// court or another body that decides will decide an open question:
// "Residents will decide in March whether the ferry levy stays", "Voters
// in the north will determine if the new party can keep its seats". Who
// decides is on the record
// and the answer is left open; no forecast. "The new levy will decide
// whether the port survives" forecasts the levy's effect.
func (sc *scratch) decidersDecide(ws []word, k int) bool {
	v := k + 1
	if v < len(ws) && ws[v].punc == 0 && (agendaAdverbs[sc.lowOf(&ws[v])] || sc.is(&ws[v], "help")) {
		v++ // "will also determine", "will help determine"
	}
	if v+1 >= len(ws) || !decideVerbs[sc.lowOf(&ws[v])] || !questionOpeners[sc.lowOf(&ws[v+1])] {
		return false
	}
	for j := 0; j < k; j++ {
		if ws[j].punc == 0 && deciders[sc.lowOf(&ws[j])] {
			return true
		}
	}
	return false
}

var (
	decideVerbs     = wordtable.Words(`decide determine choose settle`)
	questionOpeners = wordtable.Words(`whether if which who what how`)
	deciders        = wordtable.Words(`voters electorate state states court courts
		jury judge judges justices delegates caucusgoers shareholders members
		board council committee panel residents`)
)
