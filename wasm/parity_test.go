package wasm_test

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/attrlint/attrlint/linter"
	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/wasm/abi"
)

// fixture is one document of the repository's fixtures.
type fixture struct {
	path   string // slash path from the repository root
	format document.Format
	src    []byte
}

// fixtures finds every .txt, .md and .html file under examples/ and
// testdata/, under the testdata directories of rules/, linter/ and wasm/,
// and the extension's test pages, at test time, so the parity test grows
// with every rule's fixtures.
func fixtures(t *testing.T) []fixture {
	t.Helper()
	var out []fixture
	for _, top := range []string{"examples", "testdata", "rules", "linter", "wasm", "extension"} {
		root := filepath.Join("..", top)
		err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
			if err != nil {
				if os.IsNotExist(err) && p == root {
					return filepath.SkipDir
				}
				return err
			}
			if e.IsDir() {
				if e.Name() == "node_modules" || e.Name() == "dist" {
					return filepath.SkipDir
				}
				return nil
			}
			rel, _ := filepath.Rel("..", p)
			rel = filepath.ToSlash(rel)
			switch {
			case top == "examples" || top == "testdata":
			case top == "extension":
				if !strings.Contains(rel, "/test/pages/") {
					return nil // the extension's own sources and node_modules
				}
			case !strings.Contains("/"+rel, "/testdata/"):
				return nil
			}
			f := document.FormatOf(p)
			if f == "" {
				return nil
			}
			src, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			if len(src) > abi.MaxText {
				return nil
			}
			out = append(out, fixture{rel, f, src})
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(out) == 0 {
		t.Fatal("no fixtures found")
	}
	return out
}

// configs are the engine configurations the parity test runs under; they
// are derived from the registry at test time.
func configs() map[string]analysis.Config {
	all := rules.All()
	half := analysis.Config{}
	sev := analysis.Config{Rules: map[string]analysis.RuleConfig{}}
	for i, r := range all {
		if i%2 == 1 {
			half.Set(r.ID, false)
		}
		sev.Rules[r.ID] = analysis.RuleConfig{Severity: analysis.Severity(1 + (int(r.Severity)+i)%3)}
	}
	return map[string]analysis.Config{
		"defaults":        {},
		"half-disabled":   half,
		"severities":      sev,
		"min-warning":     {MinSeverity: analysis.Warning},
		"reader-min-info": {ReaderMode: true, MinSeverity: analysis.Info, Publisher: "Example News"},
	}
}

// lintRequest is the JSON lint request for a fixture.
func lintRequest(t testing.TB, fx fixture, cfg analysis.Config) []byte {
	t.Helper()
	text := string(fx.src)
	b, err := json.Marshal(abi.LintRequest{ABI: ptr(abi.Version), Text: &text, Format: string(fx.format), Path: fx.path, Config: &cfg})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func ptr[T any](v T) *T { return &v }

// response is a decoded answer: either findings or an error.
type response struct {
	abi.LintResponse
	Error *abi.Error `json:"error"`
}

func decodeResponse(t testing.TB, b []byte) response {
	t.Helper()
	var r response
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("response is not JSON: %v\n%.300s", err, b)
	}
	if r.ABI != abi.Version {
		t.Fatalf("response abi = %d, want %d: %.300s", r.ABI, abi.Version, b)
	}
	return r
}

// engineFindings strips a response's findings back to the engine's.
func engineFindings(ws []abi.Finding) []analysis.Finding {
	out := make([]analysis.Finding, len(ws))
	for i, w := range ws {
		out[i] = w.Finding
		out[i].Block = w.Block
	}
	return out
}

// corpusSource is a way to give both sides the same reference corpus.
type corpusSource struct {
	name   string
	native *corpus.Index
	load   func(in *instance) // loads the same corpus into a module instance
}

// corpora returns the corpora available in this tree: none, the index
// `attrlint corpus build` writes for examples/corpus, and the same articles
// added one by one through corpus_add then exported.
func corpora(t *testing.T) []corpusSource {
	t.Helper()
	out := []corpusSource{{name: "no-corpus", load: func(*instance) {}}}
	dir := filepath.Join("..", "examples", "corpus")
	if _, err := os.Stat(dir); err != nil {
		t.Logf("no %s: parity runs without a corpus", dir)
		return out
	}
	file := filepath.Join(t.TempDir(), "corpus.idx")
	if err := linter.BuildCorpus(dir, file, nil); err != nil {
		t.Logf("corpus build %s: %v (skipping the built-index corpus)", dir, err)
	} else if b, err := os.ReadFile(file); err != nil {
		t.Fatal(err)
	} else {
		idx, err := corpus.Load(b)
		if err != nil {
			t.Fatalf("loading the index corpus build wrote: %v", err)
		}
		out = append(out, corpusSource{name: "built-index", native: idx, load: func(in *instance) {
			in.t.Helper()
			mustDocuments(in.t, in.call("corpus_load", b), idx.Len())
		}})
	}
	// The same articles through corpus_add, exported and loaded natively.
	in := newInstance(t)
	var reqs [][]byte
	filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || document.FormatOf(p) == "" {
			return err
		}
		src, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		text := string(src)
		rel, _ := filepath.Rel("..", p)
		req, _ := json.Marshal(abi.CorpusAddRequest{ABI: ptr(abi.Version), Text: &text, Format: string(document.FormatOf(p)), Path: filepath.ToSlash(rel)})
		reqs = append(reqs, req)
		return nil
	})
	docs := 0
	for i, req := range reqs {
		r := in.call("corpus_add", req)
		var c struct {
			abi.CorpusResponse
			Error *abi.Error `json:"error"`
		}
		if err := json.Unmarshal(r, &c); err != nil {
			t.Fatalf("corpus_add: %v: %s", err, r)
		}
		if c.Error != nil {
			t.Logf("corpus_add: %s (skipping the added corpus)", r)
			return out
		}
		if !c.Duplicate {
			docs++
		}
		if c.Documents != docs {
			t.Fatalf("corpus_add #%d: documents = %d, want %d", i+1, c.Documents, docs)
		}
	}
	if docs == 0 {
		t.Fatalf("corpus_add added nothing from %s", dir)
	}
	exported := in.call0("corpus_export")
	if len(exported) == 0 || exported[0] == '{' {
		t.Fatalf("corpus_export: %.300s", exported)
	}
	idx, err := corpus.Load(exported)
	if err != nil {
		t.Fatalf("loading the exported corpus natively: %v", err)
	}
	if idx.Len() != docs {
		t.Fatalf("exported corpus has %d documents, want %d", idx.Len(), docs)
	}
	out = append(out, corpusSource{name: "added-exported", native: idx, load: func(in *instance) {
		in.t.Helper()
		mustDocuments(in.t, in.call("corpus_load", exported), idx.Len())
	}})
	return out
}

func mustDocuments(t testing.TB, r []byte, n int) {
	t.Helper()
	var c abi.CorpusResponse
	if err := json.Unmarshal(r, &c); err != nil || c.Documents != n {
		t.Fatalf("corpus answer %s, want %d documents", r, n)
	}
}

// TestParity lints every fixture natively and through the module under
// every config and corpus, and requires identical findings and metadata,
// the same errors for inputs the engine refuses, and positions that point
// at the finding's text.
func TestParity(t *testing.T) {
	fxs := fixtures(t)
	cfgs := configs()
	names := slices.Sorted(func(yield func(string) bool) {
		for k := range cfgs {
			if !yield(k) {
				return
			}
		}
	})
	var mu sync.Mutex
	fired := map[string]bool{}
	// One module instance per corpus, the corpora in parallel: every
	// fixture under every configuration is the longest test of the
	// package.
	t.Run("corpora", func(t *testing.T) {
		for _, cs := range corpora(t) {
			t.Run(cs.name, func(t *testing.T) {
				t.Parallel()
				paritySource(t, cs, names, cfgs, fxs, func(rule string) {
					mu.Lock()
					fired[rule] = true
					mu.Unlock()
				})
			})
		}
	})
	// The fixtures must make every registered rule fire.
	for _, r := range rules.All() {
		if !fired[r.ID] {
			t.Errorf("no fixture makes %s fire through the module", r.ID)
		}
	}
	t.Logf("%d fixtures, %d configs, %d rules fired of %d", len(fxs), len(cfgs), len(fired), len(rules.All()))
}

// paritySource lints every fixture under every configuration, natively
// and through a module instance loaded with the corpus cs, and compares
// them; fire records each rule the module reported.
func paritySource(t *testing.T, cs corpusSource, names []string, cfgs map[string]analysis.Config, fxs []fixture, fire func(string)) {
	in := newInstance(t)
	cs.load(in)
	for _, name := range names {
		cfg := cfgs[name]
		for _, fx := range fxs {
			native, nerr := lintNative(fx, cfg, cs.native)
			got := decodeResponse(t, in.call("lint", lintRequest(t, fx, cfg)))
			if nerr != nil {
				if got.Error == nil || got.Error.Code != abi.BadInput {
					t.Errorf("%s [%s]: native refuses it (%v); module answered %+v", fx.path, name, nerr, got.Error)
				}
				continue
			}
			if got.Error != nil {
				t.Errorf("%s [%s]: module error %s: %s", fx.path, name, got.Error.Code, got.Error.Message)
				continue
			}
			if diff := cmp.Diff(native.findings, engineFindings(got.Findings), cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s [%s]: findings differ (-native +wasm):\n%s", fx.path, name, diff)
			}
			if diff := cmp.Diff(native.doc.Meta, got.Meta); diff != "" {
				t.Errorf("%s [%s]: meta differs (-native +wasm):\n%s", fx.path, name, diff)
			}
			checkPositions(t, fx, native.doc, got.Findings)
			for _, f := range got.Findings {
				fire(f.Rule)
			}
		}
	}
}

type nativeResult struct {
	doc      *document.Document
	findings []analysis.Finding
}

// lintNative is what the CLI does with one document.
func lintNative(fx fixture, cfg analysis.Config, idx *corpus.Index) (nativeResult, error) {
	d, err := document.Parse(fx.path, fx.src, fx.format)
	if err != nil {
		return nativeResult{}, err
	}
	fs, err := rules.Lint(d, &cfg, idx)
	return nativeResult{d, fs}, err
}

// checkPositions checks every position the module adds, computed here
// independently of rules/position: line and column by counting, UTF-16
// offsets with unicode/utf16 as a JavaScript string would count them.
func checkPositions(t *testing.T, fx fixture, d *document.Document, fs []abi.Finding) {
	t.Helper()
	var units []uint16
	for _, f := range fs {
		if f.Offset < 0 || f.Length < 0 || f.Offset+f.Length > len(fx.src) {
			t.Errorf("%s: %s span %d+%d outside the %d-byte source", fx.path, f.Rule, f.Offset, f.Length, len(fx.src))
			continue
		}
		if units == nil {
			units = utf16.Encode([]rune(string(fx.src)))
		}
		end := f.Offset + f.Length
		wantLine, wantCol := lineCol(fx.src, f.Offset)
		wantEndLine, wantEndCol := lineCol(fx.src, end)
		if f.Line != wantLine || f.Column != wantCol || f.EndLine != wantEndLine || f.EndColumn != wantEndCol {
			t.Errorf("%s: %s at byte %d: position %d:%d-%d:%d, want %d:%d-%d:%d", fx.path, f.Rule, f.Offset,
				f.Line, f.Column, f.EndLine, f.EndColumn, wantLine, wantCol, wantEndLine, wantEndCol)
		}
		u0 := len(utf16.Encode([]rune(string(fx.src[:f.Offset]))))
		un := len(utf16.Encode([]rune(string(fx.src[f.Offset:end]))))
		if f.UTF16Offset != u0 || f.UTF16Length != un {
			t.Errorf("%s: %s at byte %d: utf16 %d+%d, want %d+%d", fx.path, f.Rule, f.Offset, f.UTF16Offset, f.UTF16Length, u0, un)
			continue
		}
		js := string(utf16.Decode(units[u0 : u0+un]))
		if js != string(fx.src[f.Offset:end]) {
			t.Errorf("%s: %s: UTF-16 slice %q is not the source span %q", fx.path, f.Rule, js, fx.src[f.Offset:end])
		}
		// Text and Markdown without markup inside the span: the JS slice
		// is exactly what the finding names.
		if fx.format != document.HTML && string(fx.src[f.Offset:end]) == f.Text && js != f.Text {
			t.Errorf("%s: %s: UTF-16 slice %q, want %q", fx.path, f.Rule, js, f.Text)
		}
		if f.Block < 0 || f.Block >= len(d.Blocks) {
			t.Errorf("%s: %s: block %d of %d", fx.path, f.Rule, f.Block, len(d.Blocks))
			continue
		}
		b := d.Blocks[f.Block]
		if f.Locator != b.Locator || f.BlockKind != b.Kind.String() {
			t.Errorf("%s: %s: block %d locator %q kind %q, want %q %q", fx.path, f.Rule, f.Block, f.Locator, f.BlockKind, b.Locator, b.Kind)
		}
		if strings.Contains(b.Text, f.Text) && f.Text != "" {
			// The occurrence-th match of the text in the block is the span.
			i := nthIndex(b.Text, f.Text, f.Occurrence)
			if off, n := b.Span(i, i+len(f.Text)); i < 0 || off != f.Offset || n != f.Length {
				t.Errorf("%s: %s: occurrence %d of %q does not map to %d+%d", fx.path, f.Rule, f.Occurrence, f.Text, f.Offset, f.Length)
			}
		}
	}
}

func lineCol(src []byte, off int) (int, int) {
	line, start := 1, 0
	for i, c := range src[:off] {
		if c == '\n' {
			line, start = line+1, i+1
		}
	}
	return line, utf8.RuneCount(src[start:off]) + 1
}

// nthIndex finds the n-th (0-based) possibly overlapping match, as a host
// does with indexOf(text, previous + 1).
func nthIndex(s, sub string, n int) int {
	if n < 0 {
		return -1
	}
	i := -1
	for k := 0; k <= n; k++ {
		j := strings.Index(s[i+1:], sub)
		if j < 0 {
			return -1
		}
		i += 1 + j
	}
	return i
}
