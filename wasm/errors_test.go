package wasm_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/attrlint/attrlint/wasm/abi"
)

// TestMalformed sends requests a host can get wrong and checks each gets
// a JSON error with the right code, and that the module keeps working.
func TestMalformed(t *testing.T) {
	in := newInstance(t)
	good := []byte(`{"abi":1,"text":"The council cut 12 jobs, officials said.","format":"txt"}`)
	huge := append(append([]byte(`{"abi":1,"format":"txt","text":"`), bytes.Repeat([]byte("word "), 10<<20)...), `"}`...)
	bigText := append(append([]byte(`{"abi":1,"format":"txt","text":"`), bytes.Repeat([]byte("a"), abi.MaxText+1)...), `"}`...)
	tests := []struct {
		name   string
		export string
		req    []byte
		want   abi.Code
	}{
		{"truncated JSON", "lint", []byte(`{"abi":1,"text":`), abi.BadRequest},
		{"not JSON", "lint", []byte(`lint this please`), abi.BadRequest},
		{"empty request", "lint", nil, abi.BadRequest},
		{"JSON array", "lint", []byte(`["abi",1]`), abi.BadRequest},
		{"trailing data", "lint", []byte(`{"abi":1,"text":"x y","format":"txt"} {}`), abi.BadRequest},
		{"unknown field", "lint", []byte(`{"abi":1,"text":"x y","format":"txt","confg":{}}`), abi.BadRequest},
		{"wrong abi", "lint", []byte(`{"abi":2,"text":"x y","format":"txt"}`), abi.BadABI},
		{"no abi", "lint", []byte(`{"text":"x y","format":"txt"}`), abi.BadABI},
		{"abi as string", "lint", []byte(`{"abi":"1","text":"x y","format":"txt"}`), abi.BadRequest},
		{"no text", "lint", []byte(`{"abi":1,"format":"txt"}`), abi.BadRequest},
		{"no format", "lint", []byte(`{"abi":1,"text":"x y"}`), abi.BadRequest},
		{"unknown format", "lint", []byte(`{"abi":1,"text":"x y","format":"pdf"}`), abi.BadRequest},
		{"bad date", "lint", []byte(`{"abi":1,"text":"x y","format":"txt","date":"22/11/2026"}`), abi.BadRequest},
		{"unknown rule", "lint", []byte(`{"abi":1,"text":"x y","format":"txt","config":{"rules":{"no/such-rule":{"enabled":false}}}}`), abi.BadRequest},
		{"bad severity", "lint", []byte(`{"abi":1,"text":"x y","format":"txt","config":{"min_severity":"fatal"}}`), abi.BadRequest},
		{"invalid UTF-8", "lint", []byte("{\"abi\":1,\"text\":\"caf\xe9 au lait\",\"format\":\"txt\"}"), abi.BadInput},
		{"NUL byte", "lint", []byte(`{"abi":1,"text":"x\u0000y","format":"txt"}`), abi.BadInput},
		{"empty text", "lint", []byte(`{"abi":1,"text":"  \n","format":"md"}`), abi.BadInput},
		{"text above 16 MiB", "lint", bigText, abi.TooLarge},
		{"50 MB request", "lint", huge, abi.TooLarge},
		{"corpus_add bad JSON", "corpus_add", []byte(`{"abi":1,`), abi.BadRequest},
		{"corpus_add wrong abi", "corpus_add", []byte(`{"abi":0,"text":"x y","format":"txt"}`), abi.BadABI},
		{"corpus_add no text", "corpus_add", []byte(`{"abi":1,"format":"txt"}`), abi.BadRequest},
		{"corrupt corpus", "corpus_load", []byte("\x00\x01not an index at all\xff"), abi.BadCorpus},
		{"empty corpus bytes", "corpus_load", nil, abi.BadCorpus},
		{"JSON as corpus", "corpus_load", good, abi.BadCorpus},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in.t = t
			mustError(t, in.call(tt.export, tt.req), tt.want)
			mustWork(t, in, good)
		})
	}
	in.t = t
	if len(huge) < 50<<20 {
		t.Fatalf("the large request is only %d bytes", len(huge))
	}
}

// TestBadPointers: lengths and pointers alloc never gave give errors.
func TestBadPointers(t *testing.T) {
	in := newInstance(t)
	good := []byte(`{"abi":1,"text":"The council cut 12 jobs.","format":"txt"}`)
	p := in.put(good)
	mustError(t, in.take(in.fn("lint", uint64(p+1), uint64(len(good)-1))[0]), abi.BadRequest)
	mustError(t, in.take(in.fn("lint", uint64(p), uint64(len(good)+1))[0]), abi.BadRequest)
	mustError(t, in.take(in.fn("lint", uint64(p), uint64(0xffffffff))[0]), abi.BadRequest)
	mustError(t, in.take(in.fn("corpus_load", 8, 4)[0]), abi.BadRequest)
	in.fn("free", uint64(p))
	mustError(t, in.take(in.fn("lint", uint64(p), uint64(len(good)))[0]), abi.BadRequest)
	in.fn("free", 12345) // ignored
	for _, n := range []uint64{0xffffffff, abi.MaxAlloc + 1} {
		if got := in.fn("alloc", n)[0]; got != 0 {
			t.Errorf("alloc(%d) = %d, want 0", int32(n), got)
		}
	}
	if got := in.fn("abi_version")[0]; got != abi.Version {
		t.Errorf("abi_version() = %d", got)
	}
	mustError(t, in.call0("corpus_export"), abi.BadCorpus)
	mustWork(t, in, good)
}

func mustError(t *testing.T, b []byte, code abi.Code) {
	t.Helper()
	var r abi.ErrorResponse
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("answer is not JSON: %v: %.200s", err, b)
	}
	if r.ABI != abi.Version || r.Error == nil {
		t.Fatalf("answer is not an error: %.200s", b)
	}
	if r.Error.Code != code || strings.TrimSpace(r.Error.Message) == "" {
		t.Errorf("error %s %q, want code %s and a message", r.Error.Code, r.Error.Message, code)
	}
}

func mustWork(t *testing.T, in *instance, req []byte) {
	t.Helper()
	b := in.call("lint", req)
	var r struct {
		Findings []json.RawMessage `json:"findings"`
		Error    *abi.Error        `json:"error"`
	}
	if err := json.Unmarshal(b, &r); err != nil || r.Error != nil || r.Findings == nil {
		t.Fatalf("the module stopped working: %v %.300s", err, b)
	}
}
