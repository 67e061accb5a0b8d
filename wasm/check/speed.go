package main

import (
	"context"
	"crypto/rand"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"slices"
	"time"

	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/imports/wasi_snapshot_preview1"

	"github.com/attrlint/attrlint/internal/cputime"
	"github.com/attrlint/attrlint/rules"
	"github.com/attrlint/attrlint/rules/analysis"
	"github.com/attrlint/attrlint/rules/document"
	"github.com/attrlint/attrlint/wasm/abi"
	"github.com/attrlint/attrlint/wasm/internal/sample"
)

type speedCase struct {
	name     string
	budget   bool // held to the ratio budget (the 1 MB page is informational)
	format   document.Format
	text     string
	cfg      analysis.Config
	findings int
	native   time.Duration // document.Parse + rules.Lint, as the CLI runs them
	session  time.Duration // the same through abi.Session (JSON in and out), natively
	wasm     time.Duration // a whole lint call under wazero's compiler
	// ratio is wasm / session in CPU time, the median over calls made one
	// after the other: the same work (the request read, the document
	// linted, positions found, the answer written) natively and under
	// wazero.
	ratio float64
}

type speedResult struct {
	compile, instantiate time.Duration
	cases                []speedCase
}

func (r speedResult) print(w io.Writer) {
	fmt.Fprintf(w, "wazero compiler: compile %v, instantiate %v\n", r.compile.Round(time.Millisecond), r.instantiate.Round(time.Millisecond))
	for _, c := range r.cases {
		fmt.Fprintf(w, "%s (%d bytes, %d findings): native %v, native with JSON %v, wazero %v (fast tenths of wall time): %.1fx native in CPU time (the session natively and under wazero)\n",
			c.name, len(c.text), c.findings, c.native.Round(time.Microsecond), c.session.Round(time.Microsecond),
			c.wasm.Round(time.Microsecond), c.ratio)
	}
}

// measureSpeed times a generated article as text and as an HTML page,
// natively and under wazero, in rounds of calls (timeRounds). With byRule,
// it also times the text article once per rule with every other rule off,
// to show which rule costs WASM the most.
func measureSpeed(wasm []byte, words int, byRule bool) (speedResult, error) {
	var res speedResult
	ctx := context.Background()
	rt := wazero.NewRuntimeWithConfig(ctx, wazero.NewRuntimeConfigCompiler())
	defer rt.Close(ctx)
	wasi_snapshot_preview1.MustInstantiate(ctx, rt)
	t0 := time.Now()
	cm, err := rt.CompileModule(ctx, wasm)
	if err != nil {
		return res, fmt.Errorf("compiling the module: %w", err)
	}
	res.compile = time.Since(t0)
	t0 = time.Now()
	mod, err := rt.InstantiateModule(ctx, cm, wazero.NewModuleConfig().WithStartFunctions("_initialize").
		WithSysWalltime().WithSysNanotime().WithRandSource(rand.Reader))
	if err != nil {
		return res, fmt.Errorf("instantiating the module: %w", err)
	}
	res.instantiate = time.Since(t0)

	article := sample.Article(words, 1)
	cases := []speedCase{
		{name: fmt.Sprintf("%d-word article, txt", words), budget: true, format: document.Text, text: article},
		{name: fmt.Sprintf("%d-word article, html page", words), budget: true, format: document.HTML, text: sample.ArticlePage(words, 1)},
		{name: "1 MB news page, html", format: document.HTML, text: sample.Page(1<<20, 7)},
	}
	if byRule {
		var none analysis.Config
		for _, r := range rules.All() {
			none.Set(r.ID, false)
		}
		cases = append(cases, speedCase{name: "txt, no rule", format: document.Text, text: article, cfg: none})
		for _, only := range rules.All() {
			var cfg analysis.Config
			for _, r := range rules.All() {
				cfg.Set(r.ID, r == only)
			}
			cases = append(cases, speedCase{name: "txt, " + only.ID + " alone", format: document.Text, text: article, cfg: cfg})
		}
	}
	for i := range cases {
		if err := cases[i].measure(ctx, mod); err != nil {
			return res, err
		}
	}
	res.cases = cases
	return res, nil
}

// measure times c natively, through abi.Session and under wazero.
func (c *speedCase) measure(ctx context.Context, mod api.Module) error {
	req, _ := json.Marshal(abi.LintRequest{ABI: ptrTo(abi.Version), Text: &c.text, Format: string(c.format), Config: &c.cfg})
	var nerr, werr error
	native := func() {
		d, err := document.Parse("article", []byte(c.text), c.format)
		if err != nil {
			nerr = err
			return
		}
		fs, err := rules.Lint(d, &c.cfg, nil)
		if err != nil {
			nerr = err
		}
		c.findings = len(fs)
	}
	var s abi.Session
	session := func() { s.Lint(req) }
	// The answer is checked once, before the timing: read and parsed in
	// every timed call, it added host work to the module's time.
	if err := wasmLint(ctx, mod, req, true); err != nil {
		return fmt.Errorf("%s: %w", c.name, err)
	}
	wasm := func() {
		if err := wasmLint(ctx, mod, req, false); err != nil {
			werr = err
		}
	}
	ds, ratio := timeRounds(native, session, wasm)
	if nerr != nil {
		return fmt.Errorf("%s: native lint: %w", c.name, nerr)
	}
	if werr != nil {
		return fmt.Errorf("%s: %w", c.name, werr)
	}
	c.native, c.session, c.wasm, c.ratio = ds[0], ds[1], ds[2], ratio
	return nil
}

func ptrTo[T any](v T) *T { return &v }

// timeRounds runs the functions in turn, a few rounds to warm up, then
// for about three seconds. It returns the fast-tenth wall time of each
// (the 10th percentile: what each costs when the machine lets it run) and
// the median, over the rounds, of the last function's CPU time over the
// second's.
//
// The host's collector is off while a round runs and collects between
// rounds, untimed: its background work on other threads would otherwise
// count against whichever call ran beside it. (The module collects inside
// some of its calls, one in several, which the median passes over.)
//
// The ratio is CPU time, not wall time, because on a shared machine the
// longer WASM call is preempted more often than the short native one: its
// wall time grows with the machine's load while its CPU time does not.
// And it is taken within a round, from calls made one after the other.
// The ratio of two fast tenths of wall time, each from whichever round
// was luckiest, moved from 11.7x to 13.2x between runs of one build, and
// CI measured up to a tenth more than a quiet machine.
func timeRounds(fs ...func()) ([]time.Duration, float64) {
	defer debug.SetGCPercent(debug.SetGCPercent(-1))
	for range 5 {
		for _, f := range fs {
			f()
		}
	}
	ds := make([][]time.Duration, len(fs))
	cpu := make([]time.Duration, len(fs))
	var ratios []float64
	start := time.Now()
	for n := 0; n < 20 || (time.Since(start) < 3*time.Second && n < 1000); n++ {
		runtime.GC()
		for i, f := range fs {
			c, t := cputime.Process(), time.Now()
			f()
			ds[i] = append(ds[i], time.Since(t))
			cpu[i] = cputime.Process() - c
		}
		if cpu[1] > 0 {
			ratios = append(ratios, float64(cpu[len(fs)-1])/float64(cpu[1]))
		}
	}
	out := make([]time.Duration, len(fs))
	for i, d := range ds {
		slices.Sort(d)
		out[i] = d[len(d)/10]
	}
	if len(ratios) == 0 {
		return out, float64(out[len(fs)-1]) / float64(out[1])
	}
	slices.Sort(ratios)
	return out, ratios[len(ratios)/2]
}

// wasmLint is one whole lint call as a host makes it; with check, it
// also makes sure the answer is JSON and no error.
func wasmLint(ctx context.Context, mod api.Module, req []byte, check bool) error {
	call := func(name string, args ...uint64) (uint64, error) {
		r, err := mod.ExportedFunction(name).Call(ctx, args...)
		if err != nil || len(r) == 0 {
			return 0, err
		}
		return r[0], nil
	}
	p, err := call("alloc", uint64(len(req)))
	if err != nil || p == 0 {
		return fmt.Errorf("alloc: %v", err)
	}
	mod.Memory().Write(uint32(p), req)
	r, err := call("lint", p, uint64(len(req)))
	if err != nil {
		return fmt.Errorf("lint trapped: %w", err)
	}
	call("free", p)
	out, ok := mod.Memory().Read(uint32(r>>32), uint32(r))
	if !ok {
		return fmt.Errorf("lint result out of range")
	}
	if !check {
		call("free", r>>32)
		return nil
	}
	if !json.Valid(out) {
		return fmt.Errorf("lint result is not JSON: %.100s", out)
	}
	var e struct {
		Error *abi.Error `json:"error"`
	}
	if json.Unmarshal(out, &e); e.Error != nil {
		return e.Error
	}
	call("free", r>>32)
	return nil
}
