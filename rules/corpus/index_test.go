package corpus

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func sample() *Index {
	x := New()
	x.AddRecord(&Record{Path: "a.txt", Title: "Troops", Date: "2023-05-02", Publisher: "Ledger", URL: "https://x/a", Source: "Ledger", ContentHash: 7,
		Figures: []Figure{{Low: 1470, High: 1530, Unit: "count", Kind: "count", Head: "troops", Mods: "active duty", Event: "deploy", Place: "border",
			Offset: 20, Length: 5, Text: "1,500", Sentence: "The Pentagon will send 1,500 troops."}},
		Prints:   []Print{{Hash: 99 << 24, Word: 0}, {Hash: 5<<24 | 77, Word: 1}},
		Checks:   []byte{1, 2, 3, 4, 5, 7},
		Quotes:   [][2]int32{{1, 3}},
		Passages: []Passage{{Offset: 0, Length: 36, Word: 0, Words: 6, Text: "The Pentagon will send 1,500 troops."}}})
	x.AddRecord(&Record{Path: "b.txt", ContentHash: 8,
		Figures: []Figure{{Low: 41, High: math.Inf(1), Unit: "count", Kind: "count", Head: "deaths", Text: "more than 41", Sentence: "s"}},
		Prints:  []Print{{Hash: 5 << 24, Word: 2}},
		Checks:  []byte{7, 8, 9}})
	return x
}

func TestRoundTrip(t *testing.T) {
	x := sample()
	if err := x.AddRecord(&Record{Path: "dup.txt", ContentHash: 7}); err != ErrDuplicate {
		t.Fatalf("duplicate: err = %v", err)
	}
	y, err := Load(x.Encode())
	if err != nil {
		t.Fatal(err)
	}
	z, err := LoadFrom(bytes.NewReader(x.Encode()), int64(len(x.Encode())))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(z.Encode(), x.Encode()) || !bytes.Equal(y.Encode(), x.Encode()) {
		t.Error("a loaded index encodes differently")
	}
	for _, idx := range []*Index{x, y, z} {
		if idx.Len() != 2 {
			t.Fatalf("Len = %d", idx.Len())
		}
		want := DocInfo{"a.txt", "Troops", "2023-05-02", "Ledger", "https://x/a", "Ledger"}
		if diff := cmp.Diff(want, idx.Doc(0)); diff != "" {
			t.Error(diff)
		}
		if got, _ := idx.Postings(5<<24, 16, nil); !cmp.Equal([]Posting{{0, 1}, {1, 2}}, got) {
			diff := cmp.Diff([]Posting{{0, 1}, {1, 2}}, got)
			t.Error(diff)
		}
		if _, ok := idx.Postings(5<<24, 1, nil); ok {
			t.Error("Postings over the limit: ok")
		}
		if got, _ := idx.Postings(123<<24, 16, nil); len(got) != 0 {
			t.Errorf("Postings(missing) = %v", got)
		}
		var checks []int
		for _, d := range []int{0, 1} {
			for w := -1; w <= idx.Words(d); w++ {
				checks = append(checks, idx.Check(d, w))
			}
		}
		if diff := cmp.Diff([]int{-1, 1, 2, 3, 4, 5, 7, -1, -1, 7, 0, 1, -1}, checks); diff != "" {
			t.Errorf("checks (-want +got)\n%s", diff)
		}
		if idx.Quoted(0, 0) || !idx.Quoted(0, 1) || !idx.Quoted(0, 2) || idx.Quoted(0, 3) || idx.Quoted(1, 1) {
			t.Error("quoted words")
		}
		if p, ok := idx.PassageWords(0, 2, 3); !ok || p.Text != "The Pentagon will send 1,500 troops." || p.Offset != 0 || p.Words != 6 {
			t.Errorf("PassageWords = %+v, %v", p, ok)
		}
		if _, ok := idx.PassageWords(0, 4, 3); ok {
			t.Error("PassageWords past the passage")
		}
		ids := idx.FiguresFor("count", "deaths")
		if len(ids) != 1 {
			t.Fatalf("FiguresFor = %v", ids)
		}
		f, doc := idx.Figure(ids[0])
		if doc != 1 || !math.IsInf(f.High, 1) || f.Text != "more than 41" {
			t.Errorf("figure = %+v doc %d", f, doc)
		}
		if got := idx.Candidates("count", "deaths", NoDate, 1<<30, [2]uint64{}, 0); len(got) != 1 {
			t.Errorf("Candidates = %v", got)
		}
		if got := idx.Candidates("count", "troops", DayOf("2023-05-03"), 1<<30, [2]uint64{}, 0); len(got) != 0 {
			t.Errorf("Candidates after the date = %v", got)
		}
		if got := idx.Passage(0, 23, 5); got != "1,500" {
			t.Errorf("Passage = %q", got)
		}
		if idx.Day(0) != DayOf("2023-05-02") || idx.Day(1) != NoDate {
			t.Errorf("days %d %d", idx.Day(0), idx.Day(1))
		}
	}
	// A loaded index accepts more documents and still refuses duplicates.
	for _, y := range []*Index{y, z} {
		if err := y.AddRecord(&Record{Path: "dup.txt", ContentHash: 8}); err != ErrDuplicate {
			t.Errorf("dup after load: %v", err)
		}
		if err := y.AddRecord(&Record{Path: "c.txt", ContentHash: 9, Prints: []Print{{Hash: 1 << 24, Word: 1}}, Checks: []byte{3, 4, 5, 6, 7, 0, 1, 2, 3}}); err != nil || y.Len() != 3 ||
			fmt.Sprint(y.Postings(1<<24, 16, nil)) != "[{2 1}] true" || y.Check(2, 1) != 4 || y.Check(1, 2) != 1 || y.Check(2, 8) != 3 {
			t.Errorf("add after load: %v len %d", err, y.Len())
		}
		for w, c := range []int{3, 4, 5, 6, 7, 0, 1, 2, 3} {
			if got := y.Check(2, w); got != c {
				t.Errorf("added document, word %d: check %d, want %d", w, got, c)
			}
		}
		ids := y.FiguresFor("count", "deaths")
		if f, doc := y.Figure(ids[0]); doc != 1 || f.Text != "more than 41" {
			t.Errorf("figure after add: %+v doc %d", f, doc)
		}
		if _, err := Load(y.Encode()); err != nil {
			t.Errorf("encode after add: %v", err)
		}
	}
}

func TestCorruption(t *testing.T) {
	b := sample().Encode()
	loads := map[string]func([]byte) (*Index, error){
		"Load":     Load,
		"LoadFrom": func(b []byte) (*Index, error) { return LoadFrom(bytes.NewReader(b), int64(len(b))) },
	}
	for name, load := range loads {
		for n := 0; n < len(b); n++ {
			if _, err := load(b[:n]); err == nil {
				t.Fatalf("%s: truncated to %d bytes: no error", name, n)
			}
		}
		for i := 0; i < len(b); i++ {
			c := append([]byte(nil), b...)
			c[i] ^= 0x5a
			if _, err := load(c); err == nil {
				t.Fatalf("%s: byte %d flipped: no error", name, i)
			}
		}
		if _, err := load(append(slices.Clone(b), 0)); err == nil {
			t.Errorf("%s: a stray byte: no error", name)
		}
		for v, want := range map[uint32]string{Version + 1: "newer", Version - 1: "rebuild", 0: "rebuild"} {
			c := slices.Clone(b)
			binary.LittleEndian.PutUint32(c[8:], v)
			if _, err := load(c); err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%s: version %d: %v", name, v, err)
			}
		}
		if _, err := load([]byte("{\"abi\":1}")); err == nil || !strings.Contains(err.Error(), "magic") {
			t.Errorf("%s: not an index: %v", name, err)
		}
		// A corrupt section with a valid checksum: a structural error.
		c := slices.Clone(b)
		c[16+12+3] ^= 0xff
		binary.LittleEndian.PutUint32(c[len(c)-4:], crc32.Checksum(c[:len(c)-4], castagnoli))
		if _, err := load(c); err == nil {
			t.Errorf("%s: corrupt counts: no error", name)
		}
	}
}

func FuzzLoadIndex(f *testing.F) {
	f.Add(sample().Encode())
	f.Add(New().Encode())
	f.Add([]byte(Magic))
	f.Fuzz(func(t *testing.T, b []byte) {
		check(t, b)
		// With a valid checksum, so that the structural checks run too.
		if len(b) >= 20 {
			c := append([]byte(nil), b...)
			binary.LittleEndian.PutUint32(c[len(c)-4:], crc32.Checksum(c[:len(c)-4], castagnoli))
			check(t, c)
		}
	})
}

func check(t *testing.T, b []byte) {
	y, err := LoadFrom(bytes.NewReader(b), int64(len(b)))
	{
		x, err2 := Load(b)
		if (err == nil) != (err2 == nil) {
			t.Fatalf("Load: %v; LoadFrom: %v", err2, err)
		}
		if err2 != nil {
			return
		}
		if !bytes.Equal(x.Encode(), y.Encode()) {
			t.Fatal("Load and LoadFrom differ")
		}
		for i := 0; i < x.Len(); i++ {
			x.Doc(i)
		}
		for i := 0; i < x.NumFigures(); i++ {
			x.Figure(i)
		}
		for i := 0; i < x.NumFigures(); i++ {
			_, doc := x.Frame(i)
			x.Passage(doc, 0, 10)
		}
		x.Postings(5<<24, 16, nil)
		for d := 0; d < x.Len(); d++ {
			for w := 0; w < x.Words(d); w++ {
				x.Check(d, w)
				x.Quoted(d, w)
			}
			x.PassageWords(d, 0, 1)
		}
		x.FiguresFor("count", "troops")
		x.FiguresBetween("count", "deaths", 0, 1<<20)
		if _, err := Load(x.Encode()); err != nil {
			t.Fatalf("re-encode: %v", err)
		}
	}
}
