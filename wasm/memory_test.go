package wasm_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/attrlint/attrlint/wasm/abi"
	"github.com/attrlint/attrlint/wasm/internal/sample"
)

// TestMemoryFlat lints a 1 MB page 200 times with a corpus loaded and
// requires linear memory to grow by at most 8 MB between the 10th and the
// 200th call.
func TestMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("200 lints of a 1 MB page")
	}
	in := newInstance(t)
	cs := corpora(t)
	last := cs[len(cs)-1]
	last.load(in)
	t.Logf("corpus: %s", last.name)
	page := sample.Page(1<<20, 7)
	req, err := json.Marshal(abi.LintRequest{ABI: ptr(abi.Version), Text: &page, Format: "html", URL: "https://news.example/budget"})
	if err != nil {
		t.Fatal(err)
	}
	var at10 uint32
	for i := 1; i <= 200; i++ {
		start := time.Now()
		b := in.call("lint", req)
		if d := time.Since(start); i == 1 && d > 5*time.Second {
			// 200 calls would take minutes: report the speed problem instead.
			t.Fatalf("lint of a %d-byte page takes %v under wazero (the extension's budget is 0.8 s warm)", len(page), d)
		}
		if i == 1 {
			r := decodeResponse(t, b)
			if r.Error != nil {
				t.Fatalf("lint: %s", b)
			}
			t.Logf("%d findings on the %d-byte page", len(r.Findings), len(page))
		}
		if i == 10 {
			at10 = in.mod.Memory().Size()
		}
	}
	at200 := in.mod.Memory().Size()
	t.Logf("linear memory: %d MB after 10 calls, %d MB after 200", at10>>20, at200>>20)
	if at200 > at10+8<<20 {
		t.Errorf("linear memory grew from %d to %d bytes between the 10th and 200th call (limit 8 MB)", at10, at200)
	}
}

// TestMemoryFlatSmallCalls: short drafts do not collect on every call
// (see wasm/reactor/gc.go); memory must stay flat over 2,000 of them.
func TestMemoryFlatSmallCalls(t *testing.T) {
	if testing.Short() {
		t.Skip("2,000 lints")
	}
	in := newInstance(t)
	text := sample.Article(500, 3)
	req, err := json.Marshal(abi.LintRequest{ABI: ptr(abi.Version), Text: &text, Format: "txt"})
	if err != nil {
		t.Fatal(err)
	}
	var at100 uint32
	for i := 1; i <= 2000; i++ {
		b := in.call("lint", req)
		if i == 1 {
			if r := decodeResponse(t, b); r.Error != nil {
				t.Fatalf("lint: %s", b)
			}
		}
		if i == 100 {
			at100 = in.mod.Memory().Size()
		}
	}
	at2000 := in.mod.Memory().Size()
	t.Logf("linear memory: %d MB after 100 calls, %d MB after 2,000", at100>>20, at2000>>20)
	if at2000 > at100+8<<20 {
		t.Errorf("linear memory grew from %d to %d bytes between the 100th and 2,000th call (limit 8 MB)", at100, at2000)
	}
}
