package linter

import (
	"fmt"
	"path/filepath"
	"sync"
	"testing"
)

// TestConfigFinderConcurrent: files are linted in parallel, so config
// lookups are concurrent (make gotest runs this under -race).
func TestConfigFinderConcurrent(t *testing.T) {
	root := t.TempDir()
	var files []string
	for i := 0; i < 40; i++ {
		dir := filepath.Join(root, fmt.Sprintf("d%d", i%8), fmt.Sprintf("e%d", i))
		if i%3 == 0 {
			writeFile(t, filepath.Join(filepath.Dir(dir), ConfigName), []byte("publisher: The Harbor Times\n"))
		}
		files = append(files, writeFile(t, filepath.Join(dir, "a.txt"), []byte("x")))
	}
	cf := newConfigFinder()
	var wg sync.WaitGroup
	for _, f := range files {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, err := cf.For(f); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
}
