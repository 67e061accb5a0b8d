// Package linter is attrlint's native front end: flags and config, file
// walking, decoding, the reference corpus on disk, and output formats.
package linter

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/mattn/go-isatty"
)

// Version is stamped by the Makefile (-ldflags -X).
var Version = "dev"

// Exit codes: a contract (docs/cli.md).
const (
	ExitOK       = 0 // nothing at or above --fail-on
	ExitFindings = 1 // findings at or above --fail-on
	ExitError    = 2 // usage or input error
)

// DefaultMaxSize is --max-size's default. Linting holds about 30 times a
// file's size in memory today (BenchmarkHugeFile), so larger files are
// refused unless asked for, up to the engine's own limit, document.MaxSize.
const DefaultMaxSize = 25 << 20

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(s string) error { *l = append(*l, strings.Split(s, ",")...); return nil }

type options struct {
	format, output, corpus, config, minSev, failOn, diff, baseline, stdinFormat, maxSize string
	enable, disable                                                                      listFlag
	noColor, readerMode                                                                  bool
}

func (o *options) flags(fs *flag.FlagSet) {
	fs.StringVar(&o.format, "format", "text", "output format: text, json, sarif, github, codeclimate, summary")
	fs.StringVar(&o.output, "output", "", "write the report to `FILE` instead of standard output")
	fs.StringVar(&o.corpus, "corpus", "", "reference corpus: a directory of articles or an index from attrlint corpus build")
	fs.StringVar(&o.config, "config", "", "config `FILE` (default: nearest "+ConfigName+" from each file's directory up)")
	fs.Var(&o.enable, "enable", "enable `RULE` (repeatable)")
	fs.Var(&o.disable, "disable", "disable `RULE` (repeatable)")
	fs.StringVar(&o.minSev, "min-severity", "info", "report findings at or above: info, warning, error")
	fs.StringVar(&o.failOn, "fail-on", "error", "exit 1 on findings at or above: info, warning, error")
	fs.StringVar(&o.diff, "diff", "", "report only findings on lines changed since git ref `BASE`")
	fs.StringVar(&o.baseline, "baseline", "", "do not report findings accepted in baseline `FILE`")
	fs.StringVar(&o.stdinFormat, "stdin-format", "txt", "format of standard input (-): txt, md, html")
	fs.StringVar(&o.maxSize, "max-size", "25MB", "refuse files above this size (e.g. 5MB; at most 100MB)")
	fs.BoolVar(&o.noColor, "no-color", false, "no colour in text output")
	fs.BoolVar(&o.readerMode, "reader-mode", false, "ignore attrlint-disable comments, as the browser extension does for readers")
}

// parseInterspersed lets flags and paths mix: attrlint draft.md --format json.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// Main runs the CLI and returns its exit code.
func Main(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "version":
			fmt.Fprintf(stdout, "attrlint %s\n", Version)
			return ExitOK
		case "rules":
			return cmdRules(stdout)
		case "inspect":
			return cmdInspect(args[1:], stdin, stdout, stderr)
		case "corpus":
			return cmdCorpus(args[1:], stderr)
		case "baseline":
			return cmdLint(args[1:], stdin, stdout, stderr, true)
		case "help":
			args = []string{"-h"}
		}
	}
	return cmdLint(args, stdin, stdout, stderr, false)
}

func usageErr(stderr io.Writer, format string, a ...any) int {
	fmt.Fprintf(stderr, "attrlint: "+format+"\n", a...)
	return ExitError
}

func parseSize(s string) (int64, error) {
	u := strings.ToUpper(strings.TrimSpace(s))
	mult := int64(1)
	for _, x := range []struct {
		suf string
		m   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}} {
		if strings.HasSuffix(u, x.suf) {
			u, mult = strings.TrimSuffix(u, x.suf), x.m
			break
		}
	}
	n, err := strconv.ParseInt(strings.TrimSpace(u), 10, 64)
	if err != nil || n <= 0 {
		return 0, fmt.Errorf("bad --max-size %q (want e.g. 5MB)", s)
	}
	return min(n*mult, int64(document.MaxSize)), nil
}

func cmdLint(args []string, stdin io.Reader, stdout, stderr io.Writer, baselineMode bool) int {
	name := "attrlint"
	if baselineMode {
		name = "attrlint baseline"
	}
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	var o options
	o.flags(fs)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: %s [flags] PATH...   (PATH: files, directories, or - for standard input)\n", name)
		fmt.Fprintf(stderr, "       attrlint rules | inspect [--format json|text] FILE | corpus build DIR -o FILE | baseline [flags] PATH... -o FILE | version\n\nflags:\n")
		fs.PrintDefaults()
	}
	if baselineMode {
		fs.StringVar(&o.output, "o", "", "write the baseline to `FILE`")
	}
	paths, err := parseInterspersed(fs, args)
	if err == flag.ErrHelp {
		return ExitOK
	}
	if err != nil {
		return ExitError
	}
	if len(paths) == 0 {
		fs.Usage()
		return ExitError
	}
	if baselineMode && o.output == "" {
		return usageErr(stderr, "baseline: -o FILE is required")
	}
	minSev, err := analysis.ParseSeverity(o.minSev)
	if err != nil {
		return usageErr(stderr, "--min-severity: %v", err)
	}
	failOn, err := analysis.ParseSeverity(o.failOn)
	if err != nil {
		return usageErr(stderr, "--fail-on: %v", err)
	}
	stdinFormat, err := document.ParseFormat(o.stdinFormat)
	if err != nil {
		return usageErr(stderr, "--stdin-format: %v", err)
	}
	maxSize, err := parseSize(o.maxSize)
	if err != nil {
		return usageErr(stderr, "%v", err)
	}
	switch o.format {
	case "text", "json", "sarif", "github", "codeclimate", "summary":
	default:
		return usageErr(stderr, "unknown --format %q (want text, json, sarif, github, codeclimate or summary)", o.format)
	}
	for _, id := range append(append([]string{}, o.enable...), o.disable...) {
		if rules.Lookup(id) == nil {
			return usageErr(stderr, "unknown rule %q in --enable/--disable (see attrlint rules)", id)
		}
	}
	cf := newConfigFinder()
	if o.config != "" {
		c, err := LoadConfig(o.config)
		if err != nil {
			return usageErr(stderr, "%v", err)
		}
		cf.fixed = c
	}
	l := &linter{cf: cf, corpusFlag: o.corpus, maxSize: maxSize, stdin: stdin, corpora: map[string]*corpusEntry{}}
	l.flagCfg = func(c *analysis.Config) {
		for _, id := range o.enable {
			c.Set(id, true)
		}
		for _, id := range o.disable {
			c.Set(id, false)
		}
		c.MinSeverity = minSev
		if o.readerMode {
			c.ReaderMode = true
		}
	}
	if o.corpus != "" {
		if _, err := l.corpus(o.corpus); err != nil {
			return usageErr(stderr, "%v", err)
		}
	}
	ins, errs := collect(paths, cf, stdinFormat)
	results := append(l.lintAll(ins), errs...)
	sortResults(results)
	if o.diff != "" {
		if err := applyDiff(results, o.diff); err != nil {
			return usageErr(stderr, "%v", err)
		}
	}
	if o.baseline != "" && !baselineMode {
		acc, err := readBaseline(o.baseline)
		if err != nil {
			return usageErr(stderr, "%v", err)
		}
		applyBaseline(results, acc)
	}
	code := ExitOK
	for _, r := range results {
		if r.Err != "" {
			code = ExitError
			continue
		}
		for _, f := range r.Findings {
			if f.Severity >= failOn && code == ExitOK {
				code = ExitFindings
			}
		}
	}
	if baselineMode {
		for _, r := range results {
			if r.Err != "" {
				fmt.Fprintf(stderr, "attrlint: %s: %s\n", r.Path, r.Err)
			}
		}
		if err := writeBaseline(o.output, results); err != nil {
			return usageErr(stderr, "%v", err)
		}
		s := summarise(results)
		fmt.Fprintf(stderr, "attrlint: baseline %s: %d findings accepted\n", o.output, s.Findings)
		if code == ExitError {
			return ExitError
		}
		return ExitOK
	}
	out := stdout
	var file *os.File
	if o.output != "" {
		file, err = os.Create(o.output)
		if err != nil {
			return usageErr(stderr, "--output: %v", err)
		}
		out = file
	}
	bw := bufio.NewWriter(out)
	switch o.format {
	case "text":
		writeText(bw, results, !o.noColor && colourTerminal(out))
	case "json":
		err = writeJSON(bw, results)
	case "sarif":
		err = writeSARIF(bw, results)
	case "github":
		writeGitHub(bw, results)
	case "codeclimate":
		err = writeCodeClimate(bw, results)
	case "summary":
		writeSummary(bw, results)
	}
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	if file != nil {
		if cerr := file.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		return usageErr(stderr, "writing report: %v", err)
	}
	if o.format != "text" && o.format != "github" {
		// Machine formats carry file errors inside; say so on stderr too.
		for _, r := range results {
			if r.Err != "" {
				fmt.Fprintf(stderr, "attrlint: %s: %s\n", r.Path, r.Err)
			}
		}
	}
	return code
}

// colourTerminal: colour only on a terminal, and never with NO_COLOR set.
func colourTerminal(w io.Writer) bool {
	if v, ok := os.LookupEnv("NO_COLOR"); ok && v != "" {
		return false
	}
	f, ok := w.(*os.File)
	return ok && (isatty.IsTerminal(f.Fd()) || isatty.IsCygwinTerminal(f.Fd()))
}

func cmdRules(stdout io.Writer) int {
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tSEVERITY\tDOC")
	for _, r := range rules.All() {
		fmt.Fprintf(tw, "%s\t%s\t%s\n", r.ID, r.Severity, strings.Join(strings.Fields(r.Doc), " "))
	}
	tw.Flush()
	return ExitOK
}

func cmdInspect(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("attrlint inspect", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "json", "json or text")
	corpusPath := fs.String("corpus", "", "reference corpus")
	stdinFormat := fs.String("stdin-format", "txt", "format of standard input (-)")
	paths, err := parseInterspersed(fs, args)
	if err != nil {
		return ExitError
	}
	if len(paths) != 1 {
		return usageErr(stderr, "usage: attrlint inspect [--format json|text] FILE")
	}
	if *format != "json" && *format != "text" {
		return usageErr(stderr, "inspect: unknown --format %q (want json or text)", *format)
	}
	p := paths[0]
	var src []byte
	var f document.Format
	if p == "-" {
		src, err = io.ReadAll(io.LimitReader(stdin, document.MaxSize+1))
		if f, err = document.ParseFormat(*stdinFormat); err != nil {
			return usageErr(stderr, "%v", err)
		}
	} else {
		if f = document.FormatOf(p); f == "" {
			return usageErr(stderr, "%s: not a lintable file (want .txt, .md, .markdown, .html or .htm)", p)
		}
		src, err = os.ReadFile(p)
	}
	if err != nil {
		return usageErr(stderr, "%v", err)
	}
	doc, err := document.Parse(p, src, f)
	if err != nil {
		return usageErr(stderr, "%s:%s", p, decodeError(src, err))
	}
	cidx, err := (&linter{corpora: map[string]*corpusEntry{}}).corpus(*corpusPath)
	if err != nil {
		return usageErr(stderr, "%v", err)
	}
	in, err := rules.Inspect(doc, &analysis.Config{}, cidx)
	if err != nil {
		return usageErr(stderr, "%s: %v", p, err)
	}
	b, err := json.MarshalIndent(in, "", "  ")
	if err != nil {
		return usageErr(stderr, "%v", err)
	}
	if *format == "text" {
		for i, bv := range in.Blocks {
			fmt.Fprintf(stdout, "block %d %s bytes %d+%d\n", i, bv.Kind, bv.Offset, bv.Length)
		}
	}
	stdout.Write(append(b, '\n'))
	return ExitOK
}

func cmdCorpus(args []string, stderr io.Writer) int {
	if len(args) == 0 || args[0] != "build" {
		return usageErr(stderr, "usage: attrlint corpus build DIR -o FILE")
	}
	fs := flag.NewFlagSet("attrlint corpus build", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the index to `FILE`")
	dirs, err := parseInterspersed(fs, args[1:])
	if err != nil {
		return ExitError
	}
	if len(dirs) != 1 || *out == "" {
		return usageErr(stderr, "usage: attrlint corpus build DIR -o FILE")
	}
	// Progress on a terminal, only the summary when piped (BuildCorpus).
	if err := BuildCorpus(dirs[0], *out, stderr); err != nil {
		return usageErr(stderr, "%v", err)
	}
	return ExitOK
}
