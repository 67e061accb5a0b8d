package linter

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"slices"
	"sync"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/rules/position"
)

// lintResult is one file's outcome: findings with positions, or an error.
type lintResult struct {
	Path     string
	Err      string
	Src      []byte
	Findings []Finding
}

// Finding is an analysis.Finding with the positions every printer needs.
type Finding struct {
	analysis.Finding
	Line, Column, EndLine, EndColumn int // code points, end exclusive
	Column16, EndColumn16            int // UTF-16 code units (SARIF)
	Fingerprint                      string
}

// withPositions is the one converter from engine findings to printable ones.
func withPositions(path string, src []byte, fs []analysis.Finding) []Finding {
	x := position.New(src)
	out := make([]Finding, len(fs))
	occ := map[string]int{}
	for i, f := range fs {
		s, e := x.LineCol(f.Offset), x.LineCol(f.Offset+f.Length)
		s16, e16 := x.LineColUTF16(f.Offset), x.LineColUTF16(f.Offset+f.Length)
		if f.Evidence == nil {
			f.Evidence = []analysis.Evidence{}
		}
		key := f.Rule + "\x00" + normalise(f.Text)
		out[i] = Finding{Finding: f, Line: s.Line, Column: s.Column, EndLine: e.Line, EndColumn: e.Column,
			Column16: s16.Column, EndColumn16: e16.Column, Fingerprint: fingerprint(key, occ[key])}
		occ[key]++
	}
	return out
}

// linter holds what one run shares across files.
type linter struct {
	cf         *configFinder
	flagCfg    func(*analysis.Config) // --enable/--disable/--min-severity on top of the file's config
	corpusFlag string
	maxSize    int64
	stdin      io.Reader
	mu         sync.Mutex
	corpora    map[string]*corpusEntry
}

type corpusEntry struct {
	once sync.Once
	idx  *corpus.Index
	err  error
}

func (l *linter) corpus(p string) (*corpus.Index, error) {
	if p == "" {
		return nil, nil
	}
	l.mu.Lock()
	e := l.corpora[p]
	if e == nil {
		e = &corpusEntry{}
		l.corpora[p] = e
	}
	l.mu.Unlock()
	e.once.Do(func() { e.idx, e.err = LoadCorpus(p) })
	return e.idx, e.err
}

// lintAll lints inputs in parallel; results come back in input order.
func (l *linter) lintAll(ins []input) []lintResult {
	out := make([]lintResult, len(ins))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(runtime.NumCPU(), len(ins))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				out[i] = l.lintOne(ins[i])
			}
		}()
	}
	for i := range ins {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return out
}

// lintOne never panics: a panic becomes the file's error.
func (l *linter) lintOne(in input) (r lintResult) {
	r.Path = in.Path
	defer func() {
		if v := recover(); v != nil {
			r.Findings = nil
			r.Err = fmt.Sprintf("internal error: %v", v)
		}
	}()
	src, err := l.read(in)
	if err != nil {
		r.Err = err.Error()
		return r
	}
	r.Src = src
	name := in.Path
	if in.Stdin {
		name = "stdin"
	}
	cfg, err := l.cf.For(configAnchor(in))
	if err != nil {
		r.Err = err.Error()
		return r
	}
	ecfg := cfg.Engine
	ecfg.Rules = maps(cfg.Engine.Rules)
	l.flagCfg(&ecfg)
	cp := cfg.Corpus
	if l.corpusFlag != "" {
		cp = l.corpusFlag
	}
	idx, err := l.corpus(cp)
	if err != nil {
		r.Err = err.Error()
		return r
	}
	doc, err := document.Parse(name, src, in.Format)
	if err != nil {
		r.Err = decodeError(src, err)
		return r
	}
	if msg := unknownDirective(doc, src); msg != "" {
		r.Err = msg
		return r
	}
	fs, err := rules.Lint(doc, &ecfg, idx)
	if err != nil {
		r.Err = err.Error()
		return r
	}
	r.Findings = withPositions(in.Path, src, fs)
	return r
}

func configAnchor(in input) string {
	if in.Stdin {
		return "stdin"
	}
	return in.Path
}

func maps(m map[string]analysis.RuleConfig) map[string]analysis.RuleConfig {
	out := make(map[string]analysis.RuleConfig, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func (l *linter) read(in input) ([]byte, error) {
	var rd io.Reader
	if in.Stdin {
		rd = l.stdin
	} else {
		st, err := os.Stat(in.Path)
		if err != nil {
			return nil, err
		}
		if st.Size() > l.maxSize {
			return nil, fmt.Errorf("file is %d bytes, above --max-size %d (raise it with --max-size, up to 100MB)", st.Size(), l.maxSize)
		}
		f, err := os.Open(in.Path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		rd = f
	}
	b, err := io.ReadAll(io.LimitReader(rd, l.maxSize+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > l.maxSize {
		return nil, fmt.Errorf("input is above --max-size %d bytes", l.maxSize)
	}
	return b, nil
}

// decodeError turns a document.Error into "line:col: message (byte N)".
func decodeError(src []byte, err error) string {
	var de *document.Error
	if errors.As(err, &de) && de.Offset >= 0 {
		p := position.New(src).LineCol(de.Offset)
		return fmt.Sprintf("%d:%d: %s (byte %d)", p.Line, p.Column, de.Msg, de.Offset)
	}
	return err.Error()
}

// unknownDirective names the first attrlint comment that names an unknown
// rule: a typo there would silently suppress nothing, so it is an error.
func unknownDirective(doc *document.Document, src []byte) string {
	for _, d := range doc.Directives {
		for _, id := range d.Rules {
			if rules.Lookup(id) == nil {
				p := position.New(src).LineCol(d.Offset)
				return fmt.Sprintf("%d:%d: unknown rule %q in attrlint comment (see attrlint rules)", p.Line, p.Column, id)
			}
		}
	}
	return ""
}

// sortResults orders results by path (stdin first).
func sortResults(rs []lintResult) {
	slices.SortStableFunc(rs, func(a, b lintResult) int {
		switch {
		case a.Path < b.Path:
			return -1
		case a.Path > b.Path:
			return 1
		}
		return 0
	})
}
