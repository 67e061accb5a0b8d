package corpus

// Record is everything the index keeps of one document. Package
// rules/figures builds it from a parsed document.
type Record struct {
	Path, Title, Date, Publisher, URL string
	// Source is the agency or publisher the text comes from ("" unknown).
	Source string
	// ContentHash identifies the text: a second document with the same
	// hash is a duplicate and is not added.
	ContentHash uint64
	Figures     []Figure
	// Prints are the fingerprints winnowing kept (see package
	// rules/fingerprint), by document-wide word index.
	Prints []Print
	// Checks holds the check of every word of the document
	// (fingerprint.Word.Check; the index keeps its low 3 bits), one a
	// byte, in document order.
	Checks []byte
	// Quotes are the word ranges [lo, hi) inside quotation marks.
	Quotes [][2]int32
	// Passages are texts kept for evidence, each with the source span and
	// the words it covers (figure sentences).
	Passages []Passage
}

// Figure is one figure of a corpus document with its frame.
type Figure struct {
	Low, High float64   // interval; ±Inf for open bounds
	Unit      string    // unit class: "count", "usd", "percent", "days", "date", ...
	Kind      string    // "count", "money", "percent", "duration", "date", "range", "vague"
	Head      string    // canonical head noun ("troops", "deaths")
	Mods      string    // identity modifiers, sorted, separated by |
	Event     string    // canonical event or predicate ("deploy")
	Change    string    // "" (a level), "increment", "standing", "change", "goal"
	Role      string    // duration role: "length", "deadline", ""
	Place     string    // where: "border"
	Topic     [2]uint64 // Bloom signature of the sentence's content words
	Anchor    int32     // explicit time anchor, days since 1970-01-01; 0 none
	Offset    int32     // source span of the figure in its document
	Length    int32
	Text      string // the figure as written
	Sentence  string // the sentence it stands in
}

// Print is a kept fingerprint: a 32-bit k-gram hash and the document-wide
// index of the window's first word.
type Print struct {
	Hash uint32
	Word int32
}

// Passage is stored text, the source span it covers and its words
// (document-wide indexes [Word, Word+Words)).
type Passage struct {
	Offset, Length int32
	Word, Words    int32
	Text           string
}

// DocInfo is a document's metadata.
type DocInfo struct {
	Path, Title, Date, Publisher, URL, Source string
}

// Posting is one stored fingerprint occurrence: a document and the index
// of the window's first word in it.
type Posting struct {
	Doc, Word int32
}
