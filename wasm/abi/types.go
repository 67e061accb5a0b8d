// Package abi is the JSON side of the attrlint WASM module (ABI version 1,
// documented in wasm/ABI.md): request and response types and a Session
// that answers requests with the same engine the CLI runs. It holds no rule
// logic and no memory glue (that is wasm/reactor), so it builds and is
// tested natively too.
package abi

import (
	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/document"
)

// Version is the ABI version: abi_version() returns it and every request
// and response carries it.
const Version = 1

// Limits, in bytes. A request above one gets a too_large error.
const (
	MaxAlloc   = 64 << 20 // one alloc
	MaxRequest = 32 << 20 // a lint or corpus_add request
	MaxText    = 16 << 20 // the text of a document
	MaxIndex   = 64 << 20 // corpus index bytes
)

// LintRequest is what lint reads.
type LintRequest struct {
	ABI    *int             `json:"abi"`
	Text   *string          `json:"text"`
	Format string           `json:"format"`
	Path   string           `json:"path,omitempty"`
	URL    string           `json:"url,omitempty"`
	Date   string           `json:"date,omitempty"`
	Config *analysis.Config `json:"config,omitempty"`
}

// CorpusAddRequest is what corpus_add reads.
type CorpusAddRequest struct {
	ABI       *int    `json:"abi"`
	Text      *string `json:"text"`
	Format    string  `json:"format"`
	Path      string  `json:"path,omitempty"`
	URL       string  `json:"url,omitempty"`
	Date      string  `json:"date,omitempty"`
	Title     string  `json:"title,omitempty"`
	Publisher string  `json:"publisher,omitempty"`
}

// Finding is an engine finding with the positions a host needs.
// The embedded analysis.Finding supplies rule, severity, message, offset,
// length, text and evidence.
type Finding struct {
	analysis.Finding
	Line        int    `json:"line"`
	Column      int    `json:"column"`
	EndLine     int    `json:"end_line"`
	EndColumn   int    `json:"end_column"`
	UTF16Offset int    `json:"utf16_offset"`
	UTF16Length int    `json:"utf16_length"`
	Block       int    `json:"block"`
	BlockKind   string `json:"block_kind"`
	Locator     string `json:"locator"`
	Occurrence  int    `json:"occurrence"`
}

// LintResponse is what lint returns.
type LintResponse struct {
	ABI      int           `json:"abi"`
	Findings []Finding     `json:"findings"`
	Meta     document.Meta `json:"meta"`
}

// CorpusResponse is what corpus_load, corpus_add and corpus_clear return.
type CorpusResponse struct {
	ABI       int `json:"abi"`
	Documents int `json:"documents"`
	// Duplicate is set by corpus_add when the corpus already held the text.
	Duplicate bool `json:"duplicate,omitempty"`
}

// RuleInfo describes one built-in rule.
type RuleInfo struct {
	ID          string            `json:"id"`
	Doc         string            `json:"doc"`
	Severity    analysis.Severity `json:"severity"`
	NeedsCorpus bool              `json:"needs_corpus"`
	// Claims lists the kinds of claim its claims setting takes, if any.
	Claims []string `json:"claims,omitempty"`
}

// RulesResponse is what rules returns.
type RulesResponse struct {
	ABI   int        `json:"abi"`
	Rules []RuleInfo `json:"rules"`
}
