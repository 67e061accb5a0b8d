package figures

import "github.com/attrlint/attrlint/rules/wordtable"

// Number words, written out (no module for this is usable here).
var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var scales = map[string]float64{
	"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"dozen": 12,
}

// vagueAmounts are plural scale words read as ranges.
var vagueAmounts = map[string][2]float64{
	"dozens":    {24, 144},
	"scores":    {40, 200},
	"hundreds":  {200, 1000},
	"thousands": {2000, 10000},
	"millions":  {2e6, 1e9},
	"billions":  {2e9, 1e12},
}

var months = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
}

// approximators widen an interval by about 10%.
var approximators = wordtable.Words(`about approximately roughly around some
	estimated nearly almost approx circa`)

// lowerBounds and upperBounds make half-open intervals (one or two words).
var lowerBounds = map[string]bool{
	"more than": true, "over": true, "at least": true, "exceeding": true, "upwards of": true,
	"greater than": true, "no fewer than": true, "no less than": true, "in excess of": true,
}

var upperBounds = map[string]bool{
	"fewer than": true, "less than": true, "under": true, "up to": true, "at most": true,
	"as many as": true, "no more than": true, "below": true,
}

// durationDays gives the interval of one unit of time, in days.
var durationDays = map[string][2]float64{
	"hour": {1.0 / 24, 1.0 / 24}, "day": {1, 1}, "week": {7, 7}, "fortnight": {14, 14},
	"month": {28, 31}, "year": {365, 366}, "decade": {3652, 3653},
}

// rateUnits after a figure ("a day", "per month").
var rateUnits = map[string]string{"day": "day", "week": "week", "month": "month", "year": "year", "hour": "hour"}

// headClasses maps head nouns (singular) to a canonical class: synonyms
// compare equal.
var headClasses = map[string]string{
	"troop": "troops", "soldier": "troops", "service member": "troops", "servicemember": "troops",
	"military personnel": "troops", "guard member": "troops", "guardsman": "troops", "guardsmen": "troops", "personnel": "troops", "force": "troops", "servicemen": "troops",
	"death": "deaths", "fatality": "deaths", "dead": "deaths", "killed": "deaths", "toll": "deaths",
	"death toll": "deaths",
	"injured":    "injuries", "injury": "injuries", "wounded": "injuries",
	"person": "people", "people": "people", "resident": "residents",
	"home": "homes", "house": "homes", "dollar": "dollars",
}

// nounsKeepS are nouns whose final s is not a plural.
var nounsKeepS = wordtable.Words(`news series bus status gas chaos species`)

// changeWords before or after a figure make it an increment.
var incrementWords = wordtable.Words(`additional more another extra further new`)

// eventGroups maps verb and noun forms to a canonical event.
var eventGroups = map[string]string{
	"deploy": "deploy", "deployed": "deploy", "deploying": "deploy", "deploys": "deploy", "deployment": "deploy", "deployments": "deploy",
	"send": "deploy", "sent": "deploy", "sending": "deploy", "sends": "deploy", "dispatch": "deploy", "dispatched": "deploy",
	"station": "deploy", "stationed": "deploy", "mobilize": "deploy", "mobilized": "deploy", "ordered": "deploy",
	"kill": "die", "killed": "die", "kills": "die", "killing": "die", "die": "die", "died": "die", "dead": "die",
	"death": "die", "deaths": "die", "toll": "die", "perished": "die", "fatalities": "die",
	"injure": "injure", "injured": "injure", "wounded": "injure", "hurt": "injure", "injuries": "injure",
	"evacuate": "evacuate", "evacuated": "evacuate", "evacuation": "evacuate", "fled": "evacuate", "displaced": "evacuate",
	"decide": "decide", "decision": "decide", "determine": "decide", "review": "decide", "deadline": "decide",
	"cost": "cost", "costs": "cost", "spend": "cost", "spent": "cost", "spending": "cost", "budget": "cost",
	"funding": "cost", "allocated": "cost", "pay": "cost", "paid": "cost",
	"destroy": "destroy", "destroyed": "destroy", "damaged": "destroy", "flooded": "destroy",
	"arrest": "arrest", "arrested": "arrest", "detained": "arrest",
	"rescue": "rescue", "rescued": "rescue", "missing": "missing",
	"lose": "lose-power", "lost": "lose-power", "outage": "lose-power", "outages": "lose-power",
	"employ": "employ", "employs": "employ", "employed": "employ", "employing": "employ", "workforce": "employ",
	"shelter": "shelter", "shelters": "shelter", "sheltered": "shelter", "sheltering": "shelter",
	"vote": "vote", "votes": "vote", "voted": "vote", "turnout": "vote", "ballots": "vote",
	"strike": "strike", "strikes": "strike", "striking": "strike", "walkout": "strike",
}

// changeVerbs before a figure make it a change, not a level.
var changeVerbs = map[string]bool{
	"rose": true, "rise": true, "rises": true, "risen": true, "fell": true, "fall": true, "falls": true, "fallen": true,
	"increased": true, "increase": true, "decreased": true, "grew": true, "grown": true, "dropped": true,
	"declined": true, "jumped": true, "climbed": true, "cut": true, "reduced": true, "gained": true, "lost": false,
}

// stopHead ends the noun phrase after a figure: function words, and
// irregular past tenses (the -ed ones end a noun phrase by their ending):
// "1,400 bus drivers left their depots".
var stopHead = wordtable.Words(`of to in at on for from by
	with and or but the a an that
	who which were was are is will
	would had have has be been as
	than since after before into across
	along near this last next each per
	could may might said says say within
	during while when so if there they
	it its their out up down ago
	already still now also then
	left went came took made gave ran
	held met got kept began grew drew
	flew sold bought brought built told
	thought stood struck found led fought
	wrote chose broke knew became swept`)

// genericMods do not change what a noun counts.
var genericMods = wordtable.Words(`more additional another extra further new
	other total some about nearly roughly
	u.s. american all estimated`)

// placePreps introduce a place after a head noun.
var placePreps = wordtable.Words(`to in at along near on across`)

var deadlinePreps = wordtable.Words(`within in by`)
var lengthPreps = wordtable.Words(`for lasting`)
