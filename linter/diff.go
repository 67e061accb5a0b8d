package linter

import (
	"bytes"
	"fmt"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

// changedLines returns the lines of file changed since git ref base, or nil
// and all=true when the file is new to git (every line counts as changed).
func changedLines(base, file string) (lines map[int]bool, all bool, err error) {
	dir, name := filepath.Dir(file), filepath.Base(file)
	if out, err := git(dir, "rev-parse", "--verify", "--quiet", base+"^{commit}"); err != nil {
		return nil, false, fmt.Errorf("--diff: git ref %q not found%s; in a shallow clone fetch it first (git fetch --deepen=50 origin, or actions/checkout with fetch-depth: 0)", base, strings.TrimSpace(" "+out))
	}
	if _, err := git(dir, "cat-file", "-e", base+":./"+name); err != nil {
		return nil, true, nil
	}
	out, err := git(dir, "diff", "--no-color", "--no-ext-diff", "--unified=0", base, "--", name)
	if err != nil {
		return nil, false, fmt.Errorf("--diff: git diff: %s", strings.TrimSpace(out))
	}
	return parseHunks(out), false, nil
}

var hunkRe = regexp.MustCompile(`(?m)^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@`)

func parseHunks(diff string) map[int]bool {
	lines := map[int]bool{}
	for _, m := range hunkRe.FindAllStringSubmatch(diff, -1) {
		start, _ := strconv.Atoi(m[1])
		n := 1
		if m[2] != "" {
			n, _ = strconv.Atoi(m[2])
		}
		for l := start; l < start+n; l++ {
			lines[l] = true
		}
	}
	return lines
}

func git(dir string, args ...string) (string, error) {
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err := cmd.Run()
	return buf.String(), err
}

// applyDiff keeps findings that touch a changed line.
func applyDiff(rs []lintResult, base string) error {
	for i := range rs {
		if rs[i].Err != "" || rs[i].Path == "<stdin>" {
			continue
		}
		lines, all, err := changedLines(base, rs[i].Path)
		if err != nil {
			return err
		}
		if all {
			continue
		}
		out := rs[i].Findings[:0]
		for _, f := range rs[i].Findings {
			end := f.EndLine
			if f.EndColumn == 1 && end > f.Line {
				end--
			}
			for l := f.Line; l <= end; l++ {
				if lines[l] {
					out = append(out, f)
					break
				}
			}
		}
		rs[i].Findings = out
	}
	return nil
}
