package attribution

import "github.com/attrlint/attrlint/rules/tokens"

// ClaimKind is the kind of checkable claim a sentence makes.
type ClaimKind uint8

const (
	NoClaim ClaimKind = iota
	Statistic
	Prediction
	IntentClaim
	Allegation
	Causal
	Comparison
)

var claimNames = [...]string{"", "statistic or count", "prediction", "statement of intent or motive", "allegation", "causal claim", "comparison or record"}

func (k ClaimKind) String() string { return claimNames[k] }

var claimSections = map[string]ClaimKind{
	"claims/prediction": Prediction, "claims/intent": IntentClaim, "claims/allegation": Allegation,
	"claims/causal": Causal, "claims/comparison": Comparison,
}

// vagueAmounts are words that state a count without digits.
var vagueAmounts = map[string]bool{
	"dozens": true, "hundreds": true, "thousands": true, "millions": true, "billions": true,
	"percent": true, "tens": true,
}

// claim finds the first checkable claim in a sentence's words and returns
// its kind and the words that show it, ws[st:end].
func (sc *scratch) claim(text string, ws []word) (ClaimKind, int, int) {
	open := -1 // the end of an open question's clause: "unclear whether ... will"
	for k := range ws {
		w := &ws[k]
		if w.punc != 0 {
			if w.punc == ',' || w.punc == ';' || w.punc == ':' || w.punc == 'D' {
				open = -1
			}
			continue
		}
		if k > 0 && (w.hi-w.lo == 7 || w.hi-w.lo == 2) && ws[k-1].punc == 0 && openQuestion[sc.lowOf(&ws[k-1])] {
			if l := sc.lowOf(w); l == "whether" || l == "if" && !weakQuestion[sc.lowOf(&ws[k-1])] {
				open = k
			}
		}
		if w.kind == tokens.Number && sc.statistic(text, ws, k) {
			return Statistic, k, k + 1
		}
		if w.cls&cVagueAmount != 0 { // vagueAmounts
			return Statistic, k, k + 1
		}
		if kind, n := sc.phraseKindAt(ws, k, "claims/"); n > 0 {
			if open >= 0 && claimSections[kind] == Prediction {
				continue // "it is unclear whether the levy will pass" predicts nothing
			}
			return claimSections[kind], k, k + n
		}
	}
	return NoClaim, 0, 0
}

// openQuestion are the words before "whether" or "if" that make what
// follows an open question rather than a prediction: "it is unclear
// whether", "the question is whether", "remains to be seen if".
var openQuestion = map[string]bool{
	"unclear": true, "uncertain": true, "clear": true, "known": true, "know": true, "is": true,
	"seen": true, "wonder": true, "wonders": true, "wondering": true, "asked": true, "asking": true,
	"determine": true, "decide": true, "say": true, "tell": true,
}

// weakQuestion are the openQuestion words that open a question only with
// "whether": "the plan is if it passes, the city will", "made it clear if
// elected he will".
var weakQuestion = map[string]bool{"is": true, "clear": true, "say": true, "tell": true}

// statistic reports whether number word k is a statistic rather than a
// date, a time, a year, an age, a score or a label.
func (sc *scratch) statistic(text string, ws []word, k int) bool {
	t := text[ws[k].s:ws[k].e]
	digits, hyphen, letters := 0, false, false
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '-':
			hyphen = true
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters = true
		}
	}
	if t[0] != '$' && (hyphen || letters && t[len(t)-1] != '%') {
		return false // "51-49", "1st", "9/11"
	}
	if t[0] != '$' && t[len(t)-1] != '%' && digits == 4 && len(t) == 4 && (t[:2] == "19" || t[:2] == "20") {
		return false // a year
	}
	if k+1 < len(ws) {
		n := &ws[k+1]
		if n.punc == 0 && n.cls&(cTime|cMonth) != 0 {
			return false
		}
		if n.punc == ':' || n.punc == '/' {
			return false
		}
		if n.punc == '.' && k+2 < len(ws) && ws[k+2].cls&cTime != 0 {
			return false
		}
	}
	if k > 0 {
		p := &ws[k-1]
		if p.punc == '.' && k > 1 {
			p = &ws[k-2] // "Oct. 19"
		}
		if p.punc == 0 && p.cls&(cMonth|cLabel) != 0 {
			return false
		}
		if p.punc == ':' {
			return false
		}
		// An age: "Smith, 45, said".
		if p.punc == ',' && k+1 < len(ws) && ws[k+1].punc == ',' && k > 1 && ws[k-2].cap {
			return false
		}
	}
	if k+1 < len(ws) && ws[k+1].punc == 0 && sc.lowOf(&ws[k+1]) == "percent" {
		return true
	}
	return true
}
