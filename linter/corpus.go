package linter

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/attrlint/attrlint/rules/corpus"
	"github.com/attrlint/attrlint/rules/document"
	_ "github.com/attrlint/attrlint/rules/figures" // registers the corpus indexer
	"github.com/mattn/go-isatty"
)

// CorpusStats is what building a corpus found.
type CorpusStats struct {
	Documents, Duplicates, Undated int
	Unreadable                     []string // "path: reason"
}

// LoadCorpus reads a reference corpus from a directory of articles (walked
// recursively for .txt, .md, .html, .htm) or an index file written by
// `attrlint corpus build`.
func LoadCorpus(path string) (*corpus.Index, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, fmt.Errorf("reference corpus: %w", err)
	}
	if !st.IsDir() {
		// Read a section at a time: the file is not held besides the index.
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("reference corpus: %w", err)
		}
		defer f.Close()
		idx, err := corpus.LoadFrom(bufio.NewReaderSize(f, 1<<20), st.Size())
		if err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		return idx, nil
	}
	idx, stats, err := indexDir(path, nil)
	if err == nil && CorpusWarnings != nil {
		for _, u := range stats.Unreadable {
			fmt.Fprintf(CorpusWarnings, "attrlint: reference corpus: skipped %s\n", u)
		}
	}
	return idx, err
}

// CorpusWarnings receives the files LoadCorpus skipped in a directory
// (unreadable, binary, not UTF-8); nil drops them.
var CorpusWarnings io.Writer = os.Stderr

// BuildCorpus indexes the articles under dir and writes the index to out.
// On a terminal progress shows documents, rate and time left; otherwise
// only a summary is written to it. progress may be nil.
func BuildCorpus(dir, out string, progress io.Writer) error {
	idx, st, err := indexDir(dir, progress)
	if err != nil {
		return err
	}
	b := idx.Encode()
	if err := os.WriteFile(out, b, 0o644); err != nil {
		return fmt.Errorf("corpus build: %w", err)
	}
	if progress != nil {
		fmt.Fprintf(progress, "indexed %d documents (%d duplicates skipped, %d undated, %d unreadable), %d figures, %d fingerprints: %s, %d bytes\n",
			st.Documents, st.Duplicates, st.Undated, len(st.Unreadable), idx.NumFigures(), idx.NumPrints(), out, len(b))
		for _, u := range st.Unreadable {
			fmt.Fprintf(progress, "  skipped %s\n", u)
		}
	}
	return nil
}

type fileResult = struct {
	rec     *corpus.Record
	undated bool
	err     error
}

// indexFile reads, parses and indexes one article.
func indexFile(dir, p string) (r fileResult) {
	defer func() {
		if v := recover(); v != nil {
			r.err = fmt.Errorf("internal error: %v", v)
		}
	}()
	src, err := os.ReadFile(p)
	if err != nil {
		return fileResult{err: err}
	}
	rel, _ := filepath.Rel(dir, p)
	d, err := document.Parse(filepath.ToSlash(rel), src, document.FormatOf(p))
	if err != nil {
		return fileResult{err: err}
	}
	rec, err := corpus.MakeRecord(d)
	return fileResult{rec: rec, undated: d.Meta.Date == "", err: err}
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

// indexDir walks dir and indexes every article. Unreadable files are
// reported, not fatal; duplicates are indexed once.
func indexDir(dir string, progress io.Writer) (*corpus.Index, *CorpusStats, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			if p == dir {
				return err
			}
			return nil
		}
		name := e.Name()
		if e.IsDir() {
			if p != dir && (strings.HasPrefix(name, ".") || name == "node_modules") {
				return filepath.SkipDir
			}
			return nil
		}
		if document.FormatOf(name) != "" {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, nil, fmt.Errorf("reference corpus: %w", err)
	}
	if len(files) == 0 {
		return nil, nil, fmt.Errorf("reference corpus %s: no .txt, .md or .html articles found", dir)
	}
	live := progress != nil && isTerminal(progress)
	idx := corpus.New()
	st := &CorpusStats{}
	start := time.Now()
	last := start
	// Parse and index in parallel; add in file order (a stable index).
	results := make([]chan fileResult, len(files))
	for i := range results {
		results[i] = make(chan fileResult, 1)
	}
	work := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		go func() {
			for i := range work {
				results[i] <- indexFile(dir, files[i])
			}
		}()
	}
	go func() {
		for i := range files {
			work <- i
		}
		close(work)
	}()
	for i, p := range files {
		r := <-results[i]
		err := r.err
		if err == nil {
			err = idx.AddRecord(r.rec)
			switch {
			case errors.Is(err, corpus.ErrDuplicate):
				st.Duplicates++
				err = nil
			case err == nil:
				st.Documents++
				if r.undated {
					st.Undated++
				}
			}
		}
		if err != nil {
			st.Unreadable = append(st.Unreadable, fmt.Sprintf("%s: %v", p, err))
		}
		if live && (time.Since(last) > 200*time.Millisecond || i == len(files)-1) {
			last = time.Now()
			el := time.Since(start).Seconds()
			rate := float64(i+1) / max(el, 1e-9)
			left := time.Duration(float64(len(files)-i-1) / rate * float64(time.Second))
			fmt.Fprintf(progress, "\r%d/%d documents  %.0f/s  %s left   ", i+1, len(files), rate, left.Round(time.Second))
			if i == len(files)-1 {
				fmt.Fprintln(progress)
			}
		}
	}
	return idx, st, nil
}
