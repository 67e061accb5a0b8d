package linter

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestReadmeWorkflows keeps the README's copy-paste CI workflows in step
// with action.yml and the CLI: every input the workflow passes to the action
// exists, and every flag the GitLab job uses is a real flag.
func TestReadmeWorkflows(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile("../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var action struct{ Inputs map[string]any }
	if err := yaml.Unmarshal(raw, &action); err != nil {
		t.Fatal(err)
	}
	blocks := regexp.MustCompile("(?s)```yaml\n(.*?)```").FindAllStringSubmatch(string(readme), -1)
	if len(blocks) != 2 {
		t.Fatalf("README has %d yaml blocks, want the GitHub and the GitLab workflow", len(blocks))
	}
	var gh struct {
		Jobs map[string]struct {
			Steps []struct {
				Uses string
				With map[string]string
			}
		}
	}
	if err := yaml.Unmarshal([]byte(blocks[0][1]), &gh); err != nil {
		t.Fatalf("GitHub workflow: %v", err)
	}
	used := false
	for _, job := range gh.Jobs {
		for _, s := range job.Steps {
			if !strings.HasPrefix(s.Uses, "attrlint/attrlint@") {
				continue
			}
			used = true
			for k := range s.With {
				if _, ok := action.Inputs[k]; !ok {
					t.Errorf("README workflow passes %q, which action.yml does not declare", k)
				}
			}
		}
	}
	if !used {
		t.Error("README's GitHub workflow does not use the action")
	}
	var gl map[string]struct{ Script []string }
	if err := yaml.Unmarshal([]byte(blocks[1][1]), &gl); err != nil {
		t.Fatalf("GitLab job: %v", err)
	}
	flags := regexp.MustCompile(`\s--([a-z-]+)`)
	n := 0
	for _, job := range gl {
		for _, line := range job.Script {
			if !strings.HasPrefix(line, "attrlint ") {
				continue
			}
			for _, m := range flags.FindAllStringSubmatch(line, -1) {
				n++
				code, _, stderr := run(t, "", "--"+m[1]+"=x", "--help")
				if strings.Contains(stderr, "flag provided but not defined") {
					t.Errorf("GitLab job uses --%s, which the CLI does not define (exit %d)", m[1], code)
				}
			}
		}
	}
	if n == 0 {
		t.Error("README's GitLab job runs no attrlint command with flags")
	}
}
