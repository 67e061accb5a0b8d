package linter

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/attrlint/attrlint/rules/document"
)

// input is one file (or standard input) to lint.
type input struct {
	Path   string // as shown in output
	Stdin  bool
	Format document.Format
}

// collect expands the command line's paths into sorted inputs. Errors (a
// missing path, a directory without lintable files) are reported per path.
func collect(args []string, cf *configFinder, stdinFormat document.Format) ([]input, []lintResult) {
	var ins []input
	var errs []lintResult
	seen := map[string]bool{}
	for _, a := range args {
		if a == "-" {
			ins = append(ins, input{Path: "<stdin>", Stdin: true, Format: stdinFormat})
			continue
		}
		st, err := os.Stat(a)
		if err != nil {
			msg := err.Error()
			if os.IsNotExist(err) {
				msg = "no such file or directory"
			}
			errs = append(errs, lintResult{Path: a, Err: msg})
			continue
		}
		if !st.IsDir() {
			f := document.FormatOf(a)
			if f == "" {
				errs = append(errs, lintResult{Path: a, Err: "not a lintable file (want .txt, .md, .markdown, .html or .htm)"})
				continue
			}
			if !seen[a] {
				seen[a] = true
				ins = append(ins, input{Path: a, Format: f})
			}
			continue
		}
		n := 0
		filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, lintResult{Path: p, Err: err.Error()})
				return nil
			}
			name := d.Name()
			if d.IsDir() {
				if p != a && (strings.HasPrefix(name, ".") || name == "node_modules") {
					return filepath.SkipDir
				}
				return nil
			}
			f := document.FormatOf(name)
			if f == "" || !d.Type().IsRegular() {
				return nil
			}
			if c, err := cf.For(p); err == nil && c.Ignored(p) {
				return nil
			}
			if !seen[p] {
				seen[p] = true
				ins = append(ins, input{Path: p, Format: f})
			}
			n++
			return nil
		})
		if n == 0 {
			errs = append(errs, lintResult{Path: a, Err: "directory has no lintable files (.txt, .md, .markdown, .html, .htm)"})
		}
	}
	return ins, errs
}
