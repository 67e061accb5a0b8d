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
	Prints      []Print
	// Passages are texts kept for evidence, each with the source span it
	// covers (figure sentences; paragraphs when Options.Paragraphs).
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
	Change    string    // "" (a level), "increment", "standing", "change"
	Role      string    // duration role: "length", "deadline", ""
	Place     string    // where: "border"
	Topic     [2]uint64 // Bloom signature of the sentence's content words
	Anchor    int32     // explicit time anchor, days since 1970-01-01; 0 none
	Offset    int32     // source span of the figure in its document
	Length    int32
	Text      string // the figure as written
	Sentence  string // the sentence it stands in
}

// Print is a fingerprint of a passage (see package rules/fingerprint).
type Print struct {
	Hash           uint64
	Offset, Length int32 // source bytes of the corpus document
	Quoted         bool
}

// Passage is stored text and the source span it covers.
type Passage struct {
	Offset, Length int32
	Text           string
}

// DocInfo is a document's metadata.
type DocInfo struct {
	Path, Title, Date, Publisher, URL, Source string
}

// Posting is one stored fingerprint occurrence.
type Posting struct {
	Doc            int32
	Offset, Length int32
	Quoted         bool
}
