package abi

import (
	"time"
	"unicode/utf8"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
)

// Session answers the module's calls. It holds the loaded reference corpus
// between calls. It is not safe for concurrent use (neither is a module
// instance).
type Session struct {
	idx *corpus.Index
}

// Lint answers a lint request (JSON) with a LintResponse or an error.
func (s *Session) Lint(req []byte) []byte {
	resp, err := s.lint(req)
	if err != nil {
		return err.Encode()
	}
	return appendLint(make([]byte, 0, 512+512*len(resp.Findings)), resp)
}

func (s *Session) lint(raw []byte) (*LintResponse, *Error) {
	var req LintRequest
	if err := decode(raw, &req); err != nil {
		return nil, err
	}
	if req.ABI == nil || *req.ABI != Version {
		return nil, badABI(req.ABI)
	}
	cfg := req.Config
	if cfg == nil {
		cfg = &analysis.Config{}
	}
	if err := rules.Validate(cfg); err != nil {
		return nil, errorf(BadRequest, "config: %v", err)
	}
	d, err := parse(req.Text, req.Format, req.Path, req.URL, req.Date)
	if err != nil {
		return nil, err
	}
	fs, lerr := rules.Lint(d, cfg, s.idx)
	if lerr != nil {
		return nil, errorf(Internal, "%v", lerr)
	}
	return &LintResponse{ABI: Version, Findings: Convert(d, fs), Meta: d.Meta}, nil
}

// CorpusLoad replaces the loaded corpus with the index in b (the bytes
// `attrlint corpus build` writes). On failure the old corpus stays.
func (s *Session) CorpusLoad(b []byte) []byte {
	if len(b) > MaxIndex {
		return errorf(TooLarge, "corpus index is %d bytes, above the %d-byte limit", len(b), MaxIndex).Encode()
	}
	idx, err := corpus.Load(b)
	if err != nil {
		return errorf(BadCorpus, "%v", err).Encode()
	}
	if idx == nil {
		return errorf(BadCorpus, "corpus index: nothing loaded").Encode()
	}
	s.idx = idx
	return appendCorpus(nil, &CorpusResponse{ABI: Version, Documents: idx.Len()})
}

// CorpusAdd parses a document (JSON request) and adds it to the loaded
// corpus, creating an empty corpus when none is loaded.
func (s *Session) CorpusAdd(raw []byte) []byte {
	var req CorpusAddRequest
	if err := decode(raw, &req); err != nil {
		return err.Encode()
	}
	if req.ABI == nil || *req.ABI != Version {
		return badABI(req.ABI).Encode()
	}
	d, err := parse(req.Text, req.Format, req.Path, req.URL, req.Date)
	if err != nil {
		return err.Encode()
	}
	if req.Title != "" {
		d.Meta.Title = req.Title
	}
	if req.Publisher != "" {
		d.Meta.Publisher = req.Publisher
	}
	idx := s.idx
	if idx == nil {
		idx = corpus.New()
	}
	dup, aerr := addDocument(idx, d)
	if aerr != nil {
		return errorf(BadInput, "corpus_add: %s: %v", d.Path, aerr).Encode()
	}
	s.idx = idx
	return appendCorpus(nil, &CorpusResponse{ABI: Version, Documents: idx.Len(), Duplicate: dup})
}

// CorpusExport returns the loaded corpus as index bytes, or a JSON error
// (which starts with '{'; index bytes never do).
func (s *Session) CorpusExport() []byte {
	if s.idx == nil {
		return errorf(BadCorpus, "no corpus loaded").Encode()
	}
	b := s.idx.Encode()
	if len(b) == 0 || b[0] == '{' {
		return errorf(Internal, "corpus index encoded to %d unusable bytes", len(b)).Encode()
	}
	return b
}

// CorpusClear drops the loaded corpus.
func (s *Session) CorpusClear() []byte {
	s.idx = nil
	return appendCorpus(nil, &CorpusResponse{ABI: Version})
}

// Corpus returns the loaded corpus, or nil.
func (s *Session) Corpus() *corpus.Index { return s.idx }

// Rules lists the built-in rules.
func (s *Session) Rules() []byte {
	out := RulesResponse{ABI: Version, Rules: []RuleInfo{}}
	for _, r := range rules.All() {
		out.Rules = append(out.Rules, RuleInfo{ID: r.ID, Doc: r.Doc, Severity: r.Severity, NeedsCorpus: r.NeedsCorpus, Claims: r.Claims})
	}
	return appendRules(nil, &out)
}

// decode reads one request strictly: valid UTF-8, one JSON object, no
// unknown fields, nothing after it.
func decode(raw []byte, req interface{ fields() fields }) *Error {
	if len(raw) > MaxRequest {
		return errorf(TooLarge, "request is %d bytes, above the %d-byte limit", len(raw), MaxRequest)
	}
	if !utf8.Valid(raw) {
		return errorf(BadInput, "invalid UTF-8 at byte %d of the request", invalidAt(raw))
	}
	if err := readRequest(raw, req.fields()); err != nil {
		return errorf(BadRequest, "request: %v", err)
	}
	return nil
}

func badABI(v *int) *Error {
	if v == nil {
		return errorf(BadABI, `request has no "abi" field (want %d)`, Version)
	}
	return errorf(BadABI, "request is for ABI %d; this module speaks ABI %d", *v, Version)
}

func invalidAt(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// parse checks the document fields of a request and parses the document.
func parse(text *string, format, path, url, date string) (*document.Document, *Error) {
	if text == nil {
		return nil, errorf(BadRequest, `request has no "text" field`)
	}
	if len(*text) > MaxText {
		return nil, errorf(TooLarge, "text is %d bytes, above the %d-byte limit", len(*text), MaxText)
	}
	if format == "" {
		return nil, errorf(BadRequest, `request has no "format" field (want txt, md or html)`)
	}
	f, err := document.ParseFormat(format)
	if err != nil {
		return nil, errorf(BadRequest, "%v", err)
	}
	if date != "" {
		if _, err := time.Parse(time.DateOnly, date); err != nil {
			return nil, errorf(BadRequest, "date %q is not a YYYY-MM-DD date", date)
		}
	}
	if path == "" {
		path = defaultPath[f]
	}
	d, err := document.Parse(path, []byte(*text), f)
	if err != nil {
		return nil, errorf(BadInput, "%s: %v", path, err)
	}
	if url != "" {
		d.Meta.URL = url
	}
	if date != "" {
		d.Meta.Date = date
	}
	return d, nil
}

var defaultPath = map[document.Format]string{
	document.Text:     "draft.txt",
	document.Markdown: "draft.md",
	document.HTML:     "page.html",
}
