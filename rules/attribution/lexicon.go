package attribution

import (
	"embed"
	"strings"
	"unicode/utf8"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// class is a bit set of what a word or phrase is in the lexicons.
type class uint32

const (
	cStrong class = 1 << iota
	cWeak
	cIntent
	cPronoun
	cPerson
	cDocument
	cVague
	cSkip
	cStop
	cTime
	cMonth
	cLabel
	cNoun
)

var sectionClass = map[string]class{
	"cues/strong": cStrong, "cues/weak": cWeak, "cues/intent": cIntent, "cues/noun": cNoun,
	"sources/pronoun": cPronoun, "sources/person": cPerson, "sources/document": cDocument,
	"sources/vague": cVague, "sources/skip": cSkip, "sources/stop": cStop,
	"units/time": cTime, "units/month": cMonth, "units/label": cLabel,
}

// phrase is a multi-word lexicon entry, keyed by its first word.
type phrase struct {
	rest []string // the words after the first, lowercased
	kind string   // the section it came from
}

// lexicon holds the single words (by class) and the phrases (by first
// word) of the embedded lexicon files.
type lexicon struct {
	words   map[string]class
	phrases map[string][]phrase
}

var lex = loadLexicon()

func loadLexicon() *lexicon {
	l := &lexicon{words: map[string]class{}, phrases: map[string][]phrase{}}
	for _, file := range []string{"cues", "sources", "units", "claims"} {
		data, err := lexiconFS.ReadFile("lexicon/" + file + ".txt")
		if err != nil {
			panic(err)
		}
		section := ""
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			if line[0] == '[' && line[len(line)-1] == ']' {
				section = line[1 : len(line)-1]
				continue
			}
			ws := strings.Fields(strings.ToLower(line))
			c, single := sectionClass[file+"/"+section]
			if single && len(ws) == 1 {
				l.words[ws[0]] |= c
				continue
			}
			// Multi-word entries (and every claim phrase) are phrases,
			// tagged with their file and section.
			l.phrases[ws[0]] = append(l.phrases[ws[0]], phrase{rest: ws[1:], kind: file + "/" + section})
		}
	}
	return l
}

// lower appends the lowercase form of an ASCII-ish word to buf and returns
// it; non-ASCII letters are kept, with curly apostrophes made straight.
func lower(buf []byte, w string) []byte {
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		if strings.HasPrefix(w[i:], "’") {
			buf = append(buf, '\'')
			i += len("’")
			continue
		}
		buf = append(buf, c)
		i++
	}
	return buf
}
