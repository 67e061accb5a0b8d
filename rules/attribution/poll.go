package attribution

import (
	"strings"

	"github.com/attrlint/attrlint/rules/tokens"
	"github.com/attrlint/attrlint/rules/wordtable"
)

// carryPoll attributes a poll story's findings to the poll it cites: once
// a sentence has a poll or a survey for its source ("A Fox News poll ...
// shows Sanders with 47 percent"), a later sentence without a source of
// its own that gives a share in the poll's terms ("Sanders is up from 37
// percent in January", "Carson was second at 12 percent", "The margin of
// error is plus or minus 3.4 percentage points") is the poll's, as
// reporters write them; a share that is not about voters, support or the
// race ("The poverty rate is 14.8 percent") is not carried.
func (a *analyzer) carryPoll() {
	poll := -1 // the last sentence sourced to a poll
	for i := range a.ss.Sentences {
		if len(a.own[i]) > 0 {
			if at := &a.own[i][0]; at.HasSource && a.pollSource(at) {
				poll = i
			}
			continue
		}
		if poll < 0 || a.from[i] >= 0 || !linted(a.doc.Blocks[a.ss.Sentences[i].Block].Kind) {
			continue
		}
		text := a.doc.Blocks[a.ss.Sentences[i].Block].Text
		ws := a.sc.load(i)
		if !a.pollFigure(ws) {
			continue
		}
		if kind, _, _ := a.sc.claim(text, ws); kind == Statistic || kind == NoClaim {
			// The poll's figures only: a claim of another kind in the
			// sentence ("panels like this tend to overstate support by a
			// point or two") is the writer's.
			a.from[i] = int32(poll)
			a.kind[i] = Poll
		}
	}
}

// pollSource reports whether an attribution's source is a poll or a
// survey: "A Fox News poll", "the survey", "exit polls".
func (a *analyzer) pollSource(at *Attribution) bool {
	src := a.doc.Blocks[at.Source.Block].Text[at.Source.Start:at.Source.End]
	for len(src) > 0 {
		var w string
		w, src = cutAny(src, " -,'")
		w = strings.TrimSuffix(w, "’s")
		for _, p := range pollNames {
			if strings.EqualFold(w, p) {
				return true
			}
		}
	}
	return false
}

var pollNames = [...]string{"poll", "polls", "survey", "surveys", "polling"}

// pollFigure reports whether a sentence gives a share in a poll's terms:
// a percentage, "N in 10" or a share in words ("more than half") with a
// word of the race or of opinion, or "N percent to N percent".
func (a *analyzer) pollFigure(ws []word) bool {
	share, terms := false, false
	wordShare, opinion := false, false // a share in words needs who was asked or what they think: "up from a fifth" is no poll's
	for k := range ws {
		w := &ws[k]
		if w.punc != 0 {
			continue
		}
		l := a.sc.lowOf(w)
		switch {
		case w.kind == tokens.Number && strings.HasSuffix(l, "%"),
			(l == "percent" || l == "percentage" || l == "points" || l == "point") && k > 0 && (ws[k-1].kind == tokens.Number || ws[k-1].in(lWordNumbers)),
			l == "in" && k > 0 && k+1 < len(ws) && a.sc.is(&ws[k+1], "10") && (ws[k-1].kind == tokens.Number || ws[k-1].in(lWordNumbers) || a.sc.is(&ws[k-1], "one")):
			share = true
		case pollShares[l] && k > 0 && (ws[k-1].in(lArticles) || ws[k-1].in(lWordNumbers) || a.sc.is(&ws[k-1], "than") || a.sc.is(&ws[k-1], "about") || a.sc.is(&ws[k-1], "nearly")):
			wordShare = true // "more than half", "about a third of Democratic voters"
		case pollTerms[l]:
			terms, opinion = true, opinion || pollPeople[l]
		case (l == "up" || l == "down") && k+1 < len(ws) && a.sc.is(&ws[k+1], "from"):
			terms = true // "is down from 49 percent"
		case l == "to" && k > 0 && k+1 < len(ws) && (ws[k-1].kind == tokens.Number || a.sc.is(&ws[k-1], "percent")) && (ws[k+1].kind == tokens.Number || k+2 < len(ws) && possessive(a.sc.lowOf(&ws[k+1])) && ws[k+2].kind == tokens.Number):
			terms = true // "46 percent to 35 percent", "34-27", "47 percent to Varga's 46 percent"
		case standings[l] && k > 0 && k+1 < len(ws) && ws[k+1].kind == tokens.Number && a.standingAt(ws, k):
			terms = true // "with Ida Sten at 8 percent", "Everyone else is at 3 percent or below", "Holm comes in at 9 percent", "Varga and Holm have 5 percent": where a candidate stands
		}
	}
	return share && terms || wordShare && opinion
}

// standingAt reports whether "at" (or "has", "received" and the other
// standings) at ws[k] says where a candidate stands: right after a name
// ("Ida Sten at 8 percent", "Varga and Holm have 5 percent", "Holm held
// 33 percent"), after a name's "comes in" or "came in" ("Holm comes in
// at 9 percent"), after a name's "is" or "was" ("Sen. Ida Sten,
// R-Kess., was at 10 percent"), or after "is" or "are" whose subject is the
// rest of the field ("Everyone else is at", "The others are at"); not
// "Unemployment is at 5 percent".
func (a *analyzer) standingAt(ws []word, k int) bool {
	p := &ws[k-1]
	if p.punc != 0 {
		return false
	}
	if p.cap && k > 1 {
		return true
	}
	if !a.sc.is(&ws[k], "at") {
		return false
	}
	if (a.sc.is(p, "is") || a.sc.is(p, "was")) && nameOpens(ws) {
		return true // "Sen. Ida Sten, R-Kess., was at 10 percent"
	}
	if a.sc.is(p, "in") && k > 3 && (a.sc.is(&ws[k-2], "comes") || a.sc.is(&ws[k-2], "came")) && ws[k-3].punc == 0 && ws[k-3].cap {
		return true // a name comes in at: not "Inflation came in at 2.1 percent"
	}
	if (a.sc.is(p, "is") || a.sc.is(p, "are")) && k > 1 && ws[k-2].punc == 0 {
		l := a.sc.lowOf(&ws[k-2])
		return l == "else" || l == "others" || l == "rest"
	}
	return false
}

// standings are the words after a candidate's name that say where the
// candidate stands: "at", "has", "had", "held", "received", "got", "drew".
var standings = wordtable.Words(`at has have had held received got drew`)

// nameOpens reports whether the sentence opens on a name: two
// capitalised words, or a title's abbreviation and a capitalised word
// ("Sen. Ida Sten", "Ida Sten"); not "Unemployment in Norland".
func nameOpens(ws []word) bool {
	if len(ws) < 3 || !ws[0].cap || ws[0].punc != 0 {
		return false
	}
	if ws[1].punc == '.' {
		return ws[2].punc == 0 && ws[2].cap
	}
	return ws[1].punc == 0 && ws[1].cap
}

// pollShares are shares told in words: "more than half", "a third of",
// "about a quarter of", "a majority of".
var pollShares = wordtable.Words(`half third thirds quarter quarters majority plurality`)

// pollPeople are the poll terms that name who was asked or what they
// think, which a share in words needs ("more than half of voters view
// her unfavourably"): a rank ("fifth") or a lead is not enough.
var pollPeople = wordtable.Words(`voters voter respondents surveyed polled
	electorate caucusgoers adults americans democrats republicans
	independents supporters approve disapprove favorable unfavorable
	favourable unfavourable view viewed views opinion`)

// pollTerms are the words a poll's findings are told in: who was asked,
// what they chose, how the candidates stand.
var pollTerms = wordtable.Words(`voters voter respondents surveyed polled electorate
	caucusgoers adults americans democrats republicans independents
	support supported supporters backing backed backers
	approval approve approves disapprove favorable unfavorable
	favourable unfavourable favorably favourably viewed view
	views opinion lead leads leading trails trail
	trailing behind ahead chose choose picked selected
	prefer prefers preferred undecided margin sits tied
	edge vote second third fourth fifth`)
