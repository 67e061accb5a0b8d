package analysis

// Finding is one problem in one document. It is flat and serialisable:
// every printer (text, JSON, SARIF, GitHub, the WASM module) consumes it.
// Offset and Length are bytes of the original source; line and column are
// computed at the edges (package position).
type Finding struct {
	Rule     string     `json:"rule"`
	Severity Severity   `json:"severity"`
	Message  string     `json:"message"`
	Offset   int        `json:"offset"`
	Length   int        `json:"length"`
	Text     string     `json:"text"` // the flagged text as a reader sees it
	Evidence []Evidence `json:"evidence"`
	// Block is the index of the document block the finding is in.
	Block int `json:"-"`
}

// Evidence is what a finding rests on: a corpus document's sentence, or an
// earlier figure of the same document.
type Evidence struct {
	Path   string `json:"path"`
	URL    string `json:"url,omitempty"`
	Title  string `json:"title,omitempty"`
	Date   string `json:"date,omitempty"`
	Text   string `json:"text"`
	Offset int    `json:"offset"` // byte offset of Text in the evidence document, -1 if unknown
	Length int    `json:"length"`
}
