package main

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/attrlint/attrlint/wasm/internal/modbuild"
)

func gzipSize(b []byte) int {
	var buf bytes.Buffer
	w, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	w.Write(b)
	w.Close()
	return buf.Len()
}

// printSizes builds the module without -s -w (so it keeps its name
// section), sums the code bytes of every function by package, and prints
// the largest packages grouped by dependency.
func printSizes(w io.Writer) error {
	dir, err := os.MkdirTemp("", "attrlint-sizes")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	out := filepath.Join(dir, "m.wasm")
	if err := modbuild.Build("wasm/reactor", out, false); err != nil {
		return err
	}
	m, err := os.ReadFile(out)
	if err != nil {
		return err
	}
	code, data, err := codeSizes(m)
	if err != nil {
		return err
	}
	byPkg := map[string]int{}
	byDep := map[string]int{}
	total := 0
	for name, n := range code {
		p := pkgOf(name)
		byPkg[p] += n
		byDep[depOf(p)] += n
		total += n
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "code bytes\tshare\tdependency\t\n")
	for _, d := range sortedKeys(byDep) {
		fmt.Fprintf(tw, "%d\t%.1f%%\t%s\t\n", byDep[d], 100*float64(byDep[d])/float64(total), d)
	}
	fmt.Fprintf(tw, "%d\t\tdata segments\t\n", data)
	fmt.Fprintf(tw, "\t\t\t\n")
	fmt.Fprintf(tw, "code bytes\tshare\tpackage (top 25)\t\n")
	for i, p := range sortedKeys(byPkg) {
		if i == 25 {
			break
		}
		fmt.Fprintf(tw, "%d\t%.1f%%\t%s\t\n", byPkg[p], 100*float64(byPkg[p])/float64(total), p)
	}
	return tw.Flush()
}

func sortedKeys(m map[string]int) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.SortFunc(ks, func(a, b string) int { return m[b] - m[a] })
	return ks
}

// pkgOf returns the import path of a function in a wasm name section,
// where the linker wrote "github.com/x/y.(*T).M" as
// "github.com_x_y.__T_.M": a leading domain is kept, the package ends at
// the first dot after it, and underscores read as slashes (approximate for
// the few packages with an underscore in their name).
func pkgOf(sym string) string {
	domain := ""
	rest := strings.TrimPrefix(sym, "vendor_")
	if i := strings.IndexByte(rest, '_'); i > 0 && isDomain(rest[:i]) {
		domain, rest = rest[:i+1], rest[i+1:]
	}
	if i := strings.IndexByte(rest, '.'); i >= 0 {
		rest = rest[:i]
	}
	return strings.ReplaceAll(domain+rest, "_", "/")
}

// isDomain reports whether s is the host of a module path (only hosts in
// go.mod: "time.atoi_go.shape..." must not read as one).
func isDomain(s string) bool {
	switch s {
	case "github.com", "golang.org", "go.yaml.in", "gopkg.in":
		return true
	}
	return false
}

// depOf groups a package into the dependency a reader would name.
func depOf(pkg string) string {
	for _, pre := range []string{
		"github.com/attrlint/attrlint/wasm", "github.com/attrlint/attrlint/rules",
		"github.com/PuerkitoBio/goquery", "github.com/andybalholm/cascadia",
		"github.com/yuin/goldmark", "golang.org/x/net/html", "golang.org/x/text",
		"github.com/cespare/xxhash", "go.yaml.in/yaml",
	} {
		if pkg == pre || strings.HasPrefix(pkg, pre+"/") {
			return pre
		}
	}
	switch {
	case strings.HasPrefix(pkg, "runtime") || strings.HasPrefix(pkg, "internal/") || pkg == "sync" || strings.HasPrefix(pkg, "sync/") || pkg == "type/" || pkg == "syscall" || pkg == "os" || pkg == "memchr" || pkg == "/rt0/wasm/wasip1":
		return "Go runtime and internal/"
	case pkg == "net" || strings.HasPrefix(pkg, "net/") || strings.HasPrefix(pkg, "crypto") || strings.HasPrefix(pkg, "vendor/golang.org/x/net") || strings.HasPrefix(pkg, "vendor/golang.org/x/crypto") || pkg == "mime" || strings.HasPrefix(pkg, "mime/"):
		return "net, net/http, crypto (pulled in by goquery)"
	case strings.HasPrefix(pkg, "encoding") || pkg == "reflect":
		return "encoding/*, reflect"
	case strings.Contains(pkg, "."):
		return pkg
	}
	return "other standard library"
}

// codeSizes reads a wasm binary's code section and name section and
// returns the body size of every named function and the data segment size.
func codeSizes(m []byte) (map[string]int, int, error) {
	if len(m) < 8 || string(m[:4]) != "\x00asm" {
		return nil, 0, errors.New("not a wasm module")
	}
	var imported int
	var bodies []int
	names := map[int]string{}
	data := 0
	r := m[8:]
	for len(r) > 0 {
		id := r[0]
		size, n := binary.Uvarint(r[1:])
		if n <= 0 || int(size) > len(r)-1-n {
			return nil, 0, errors.New("bad section header")
		}
		sec := r[1+n : 1+n+int(size)]
		r = r[1+n+int(size):]
		switch id {
		case 2: // imports: count function imports
			cnt, k := binary.Uvarint(sec)
			p := sec[k:]
			for i := 0; i < int(cnt); i++ {
				for j := 0; j < 2; j++ { // module, name
					l, k := binary.Uvarint(p)
					p = p[k+int(l):]
				}
				kind := p[0]
				p = p[1:]
				switch kind {
				case 0: // func: type index
					_, k := binary.Uvarint(p)
					p = p[k:]
					imported++
				case 1: // table: elemtype, limits
					p = skipLimits(p[1:])
				case 2: // memory
					p = skipLimits(p)
				case 3: // global: valtype, mut
					p = p[2:]
				}
			}
		case 10: // code
			cnt, k := binary.Uvarint(sec)
			p := sec[k:]
			for i := 0; i < int(cnt); i++ {
				l, k := binary.Uvarint(p)
				bodies = append(bodies, int(l)+k)
				p = p[k+int(l):]
			}
		case 11:
			data = len(sec)
		case 0: // custom
			l, k := binary.Uvarint(sec)
			if string(sec[k:k+int(l)]) != "name" {
				continue
			}
			p := sec[k+int(l):]
			for len(p) > 0 {
				sub := p[0]
				sl, k := binary.Uvarint(p[1:])
				body := p[1+k : 1+k+int(sl)]
				p = p[1+k+int(sl):]
				if sub != 1 {
					continue
				}
				cnt, k := binary.Uvarint(body)
				q := body[k:]
				for i := 0; i < int(cnt); i++ {
					idx, k := binary.Uvarint(q)
					q = q[k:]
					nl, k := binary.Uvarint(q)
					names[int(idx)] = string(q[k : k+int(nl)])
					q = q[k+int(nl):]
				}
			}
		}
	}
	if len(names) == 0 {
		return nil, 0, errors.New("module has no name section (built with -s?)")
	}
	out := map[string]int{}
	for i, n := range bodies {
		name, ok := names[imported+i]
		if !ok {
			name = "?unnamed"
		}
		out[name] += n
	}
	return out, data, nil
}

func skipLimits(p []byte) []byte {
	flag := p[0]
	p = p[1:]
	_, k := binary.Uvarint(p)
	p = p[k:]
	if flag&1 != 0 {
		_, k = binary.Uvarint(p)
		p = p[k:]
	}
	return p
}
