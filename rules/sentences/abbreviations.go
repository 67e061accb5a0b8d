package sentences

import (
	"strings"

	"github.com/attrlint/attrlint/rules/wordtable"
)

type abbrevKind uint8

const (
	none     abbrevKind = iota
	title               // always followed by a name: never ends a sentence
	month               // "Sept. 26"
	terminal            // may end a sentence: "U.S.", "a.m.", "Inc."
	initial             // "F." in "John F. Kennedy"
)

// abbreviations gives each abbreviation its kind, in one map: a sentence
// end looks its last word up once.
var abbreviations = kinds(map[abbrevKind]string{
	title:    "Mr Mrs Ms Dr Sen Sens Rep Reps Gov Govs Gen Brig Lt Col Maj Capt Cmdr Adm Sgt Cpl Pvt Pfc Spc Amb Atty Supt Insp Det Prof Rev Hon Pres Gens Msgr Fr Sr St No Nos vs v Ft Mt",
	month:    "Jan Feb Mar Apr Aug Sep Sept Oct Nov Dec",
	terminal: "Inc Co Corp Ltd Jr Bros Assn Dept Univ Ave Blvd Rd etc Calif Ariz Ark Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Va Vt Wash Wis Wyo",
})

// kinds maps the words of each list to the list's kind. A word has one
// kind: a word in two lists is a mistake in them.
func kinds(lists map[abbrevKind]string) map[string]abbrevKind {
	m := map[string]abbrevKind{}
	for k, ws := range lists {
		for _, w := range strings.Fields(ws) {
			if _, dup := m[w]; dup {
				panic("sentences: abbreviation " + w + " has two kinds")
			}
			m[w] = k
		}
	}
	return m
}

// Words that start a new sentence after an abbreviation that could end one.
var starters = wordtable.Words("The A An He She It They We I You This That These Those There But And Or So Yet In On At By For From With After Before When While If As Its His Her Their Our Officials Police Some Many Most No One Two Three Both Each All Still Now Then Later Meanwhile However Also")

// Words that go on with a time after "a.m." or "p.m.": a day, a date, a
// time zone.
var timeFollower = wordtable.Words("Monday Tuesday Wednesday Thursday Friday Saturday Sunday Jan January Feb February Mar March Apr April May June July Aug August Sep Sept September Oct October Nov November Dec December ET EST EDT CT CST CDT MT MST MDT PT PST PDT GMT BST CET CEST UTC Eastern Central Pacific Mountain local")

func abbreviationKind(word string) abbrevKind {
	// Strip a leading party-state prefix: "D-N.J" → "N.J".
	if i := strings.LastIndexByte(word, '-'); i >= 0 {
		word = word[i+1:]
	}
	if k, ok := abbreviations[word]; ok {
		return k
	}
	switch {
	case word == "":
		return none
	case decimal(word):
		return none // "was marked at 1.95. Several shoppers stopped"
	case strings.Contains(word, "."):
		return terminal // U.S, a.m, p.m, N.J, D.C, U.N
	case len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z':
		return initial
	}
	return none
}

// decimal reports whether word is a number with a decimal point: "1.95",
// "$2.40", "3.5%".
func decimal(word string) bool {
	word = strings.TrimLeft(word, "$£€")
	dot, digits := false, 0
	for i := 0; i < len(word); i++ {
		switch c := word[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot && digits > 0 && i+1 < len(word):
			dot = true
		case c == ',' || c == '%' && i == len(word)-1:
		default:
			return false
		}
	}
	return dot && digits > 1
}

func sentenceStarter(w string) bool {
	w = strings.TrimRight(w, ".,;:!?")
	return starters[w]
}
