package corpus

import (
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/attrlint/attrlint/rules/document"
)

// NoDate is the day number of a document without a date.
const NoDate = math.MinInt32

// str is a string of the index: bytes [Off, Off+Len) of the string blob.
type str struct{ Off, Len uint32 }

type docRec struct {
	Path, Title, Date, Publisher, URL, Source str
	Day                                       int32
	Hash                                      uint64
	// Text is the document's kept text (figure sentences, passages),
	// flate-compressed in the blob; RawLen is its length uncompressed.
	// Figure and passage texts are offsets into it.
	Text         str
	RawLen       uint32
	FigLo, FigHi uint32
	PasLo, PasHi uint32
}

// frameRec is a distinct frame; figures refer to it by number.
type frameRec struct {
	Unit, Kind, Head, Mods, Event, Change, Role, Place str
}

type figRec struct {
	Low, High              float64
	Topic                  [2]uint64
	Frame                  uint32
	Text, Sentence         str // in the document's text
	Anchor, Offset, Length int32
	Doc                    uint32
}

type pasRec struct {
	Offset, Length int32
	Text           str // in the document's text
}

// Index is a reference corpus. Its arrays hold no pointers: the garbage
// collector has nothing to scan in them, however large the corpus.
type Index struct {
	blob []byte
	docs []docRec
	figs []figRec
	// frames are the distinct frames figures refer to.
	frames []frameRec
	pas    []pasRec
	hash   []uint64 // fingerprint hashes, sorted
	pdoc   []uint32 // parallel to hash
	poff   []int32
	plen   []uint32 // length | quotedBit
	fkey   []uint64 // figure keys (unit, head), sorted
	fid    []uint32 // parallel to fkey
	// Derived, parallel to fkey, not encoded: the document day and topic
	// of each entry, so that a scan reads memory in order.
	fday []int32
	ftop [][2]uint64

	mu       sync.Mutex
	dirty    bool
	intern   map[string]str      // build time only
	frameIDs map[frameRec]uint32 // build time only
	zw       *flate.Writer       // build time only
	zbuf     bytes.Buffer        // build time only
	seen     map[uint64]struct{} // content hashes, build time only
	// Duplicates counts documents Add skipped as duplicates.
	Duplicates int
}

const quotedBit = 1 << 31

// New returns an empty index.
func New() *Index { return &Index{} }

// Indexer turns a document into a Record. Package rules/figures registers
// the real one (it needs the sentence and figure analyses, which this
// package cannot import).
type Indexer func(d *document.Document) (*Record, error)

var indexer Indexer

// RegisterIndexer sets the function Add uses.
func RegisterIndexer(f Indexer) { indexer = f }

// MakeRecord turns a document into a Record with the registered indexer.
// It is safe to call from several goroutines: builders index documents in
// parallel and AddRecord them in order.
func MakeRecord(d *document.Document) (*Record, error) {
	if indexer == nil {
		return nil, errors.New("corpus: no indexer registered (import rules/figures)")
	}
	return indexer(d)
}

// ErrDuplicate is returned by Add for a text already in the index.
var ErrDuplicate = errors.New("duplicate document: same text already indexed")

// Add indexes a document. A document whose text is already in the index is
// counted in Duplicates and returns ErrDuplicate.
func (x *Index) Add(d *document.Document) error {
	if indexer == nil {
		return errors.New("corpus: no indexer registered (import rules/figures)")
	}
	r, err := indexer(d)
	if err != nil {
		return err
	}
	return x.AddRecord(r)
}

// AddRecord adds a ready record (see Add).
func (x *Index) AddRecord(r *Record) error {
	x.mu.Lock()
	defer x.mu.Unlock()
	if x.seen == nil {
		x.seen = make(map[uint64]struct{}, len(x.docs))
		for _, d := range x.docs {
			x.seen[d.Hash] = struct{}{}
		}
	}
	if r.ContentHash != 0 {
		if _, dup := x.seen[r.ContentHash]; dup {
			x.Duplicates++
			return ErrDuplicate
		}
		x.seen[r.ContentHash] = struct{}{}
	}
	if x.intern == nil {
		x.intern = map[string]str{}
	}
	doc := uint32(len(x.docs))
	dr := docRec{
		Path: x.str(r.Path), Title: x.str(r.Title), Date: x.str(r.Date),
		Publisher: x.str(r.Publisher), URL: x.str(r.URL), Source: x.str(r.Source),
		Day: DayOf(r.Date), Hash: r.ContentHash,
		FigLo: uint32(len(x.figs)), PasLo: uint32(len(x.pas)),
	}
	// The document's text: each distinct sentence and passage once.
	var text []byte
	local := map[string]str{}
	put := func(t string) str {
		if t == "" {
			return str{}
		}
		if v, ok := local[t]; ok {
			return v
		}
		v := str{uint32(len(text)), uint32(len(t))}
		text = append(text, t...)
		local[t] = v
		return v
	}
	for _, f := range r.Figures {
		sent := put(f.Sentence)
		var txt str
		if i := strings.Index(f.Sentence, f.Text); i >= 0 && f.Text != "" {
			txt = str{sent.Off + uint32(i), uint32(len(f.Text))}
		} else {
			txt = put(f.Text)
		}
		fr := frameRec{
			Unit: x.str(f.Unit), Kind: x.str(f.Kind), Head: x.str(f.Head), Mods: x.str(f.Mods),
			Event: x.str(f.Event), Change: x.str(f.Change), Role: x.str(f.Role), Place: x.str(f.Place),
		}
		if x.frameIDs == nil {
			x.frameIDs = map[frameRec]uint32{}
		}
		fid, ok := x.frameIDs[fr]
		if !ok {
			fid = uint32(len(x.frames))
			x.frames = append(x.frames, fr)
			x.frameIDs[fr] = fid
		}
		x.figs = append(x.figs, figRec{
			Low: f.Low, High: f.High, Topic: f.Topic, Frame: fid,
			Text: txt, Sentence: sent,
			Anchor: f.Anchor, Offset: f.Offset, Length: f.Length, Doc: doc,
		})
		x.fkey = append(x.fkey, FigureKey(f.Unit, f.Head))
		x.fid = append(x.fid, uint32(len(x.figs)-1))
	}
	for _, p := range r.Passages {
		x.pas = append(x.pas, pasRec{p.Offset, p.Length, put(p.Text)})
	}
	if len(text) > 0 {
		dr.Text, dr.RawLen = x.compress(text), uint32(len(text))
	}
	for _, p := range r.Prints {
		l := uint32(p.Length) &^ quotedBit
		if p.Quoted {
			l |= quotedBit
		}
		x.hash = append(x.hash, p.Hash)
		x.pdoc = append(x.pdoc, doc)
		x.poff = append(x.poff, p.Offset)
		x.plen = append(x.plen, l)
	}
	dr.FigHi, dr.PasHi = uint32(len(x.figs)), uint32(len(x.pas))
	x.docs = append(x.docs, dr)
	x.dirty = true
	return nil
}

// compress appends flate-compressed text to the blob.
func (x *Index) compress(text []byte) str {
	x.zbuf.Reset()
	if x.zw == nil {
		x.zw, _ = flate.NewWriter(&x.zbuf, flate.DefaultCompression)
	} else {
		x.zw.Reset(&x.zbuf)
	}
	x.zw.Write(text)
	x.zw.Close()
	v := str{uint32(len(x.blob)), uint32(x.zbuf.Len())}
	x.blob = append(x.blob, x.zbuf.Bytes()...)
	return v
}

// docText decompresses document doc's kept text ("" on any error).
func (x *Index) docText(doc int) string {
	d := &x.docs[doc]
	if d.RawLen == 0 {
		return ""
	}
	zr := flate.NewReader(bytes.NewReader(x.blob[d.Text.Off : d.Text.Off+d.Text.Len]))
	out := make([]byte, d.RawLen)
	if _, err := io.ReadFull(zr, out); err != nil {
		return ""
	}
	return string(out)
}

func sub(text string, s str) string {
	if uint64(s.Off)+uint64(s.Len) > uint64(len(text)) {
		return ""
	}
	return text[s.Off : s.Off+s.Len]
}

// str interns a short, repeated string (heads, units, sentences shared by
// several figures).
func (x *Index) str(s string) str {
	if s == "" {
		return str{}
	}
	if v, ok := x.intern[s]; ok {
		return v
	}
	v := x.raw(s)
	if len(s) <= 64 {
		x.intern[s] = v
	}
	return v
}

func (x *Index) raw(s string) str {
	if s == "" {
		return str{}
	}
	v := str{uint32(len(x.blob)), uint32(len(s))}
	x.blob = append(x.blob, s...)
	return v
}

// get returns a string of the blob without copying: blob bytes are never
// modified once written (Add only appends, possibly to a new array).
func (x *Index) get(s str) string {
	if s.Len == 0 {
		return ""
	}
	return unsafe.String(&x.blob[s.Off], int(s.Len))
}

// finish sorts the lookup arrays after Adds.
func (x *Index) finish() {
	x.mu.Lock()
	defer x.mu.Unlock()
	if !x.dirty {
		return
	}
	x.dirty = false
	sortParallel(x.hash, func(perm []int) {
		x.pdoc = permute(x.pdoc, perm)
		x.poff = permute(x.poff, perm)
		x.plen = permute(x.plen, perm)
	})
	x.sortFigures()
}

func sortParallel(keys []uint64, apply func([]int)) {
	if slices.IsSorted(keys) {
		return
	}
	type kv struct {
		k uint64
		i int
	}
	pairs := make([]kv, len(keys))
	for i, k := range keys {
		pairs[i] = kv{k, i}
	}
	slices.SortFunc(pairs, func(a, b kv) int {
		switch {
		case a.k < b.k:
			return -1
		case a.k > b.k:
			return 1
		}
		return a.i - b.i
	})
	perm := make([]int, len(keys))
	for i, p := range pairs {
		keys[i] = p.k
		perm[i] = p.i
	}
	apply(perm)
}

func permute[T any](s []T, perm []int) []T {
	out := make([]T, len(s))
	for i, p := range perm {
		out[i] = s[p]
	}
	return out
}

// Len is the number of documents.
func (x *Index) Len() int {
	if x == nil {
		return 0
	}
	return len(x.docs)
}

// NumFigures is the number of figure records.
func (x *Index) NumFigures() int { return len(x.figs) }

// NumPrints is the number of stored fingerprints.
func (x *Index) NumPrints() int { return len(x.hash) }

// Doc returns the metadata of document i.
func (x *Index) Doc(i int) DocInfo {
	d := &x.docs[i]
	return DocInfo{x.get(d.Path), x.get(d.Title), x.get(d.Date), x.get(d.Publisher), x.get(d.URL), x.get(d.Source)}
}

// Day returns document i's date as days since 1970-01-01, or NoDate.
func (x *Index) Day(i int) int32 { return x.docs[i].Day }

// FigureKey is the lookup key of a figure frame.
func FigureKey(unit, head string) uint64 {
	// FNV-1a: stable across versions of the index.
	h := uint64(14695981039346656037)
	for i := 0; i < len(unit); i++ {
		h = (h ^ uint64(unit[i])) * 1099511628211
	}
	h = (h ^ '|') * 1099511628211
	for i := 0; i < len(head); i++ {
		h = (h ^ uint64(head[i])) * 1099511628211
	}
	return h
}

// sortFigures orders the figure lookup by key, then document date.
func (x *Index) sortFigures() {
	type kv struct {
		k   uint64
		day int32
		id  uint32
	}
	pairs := make([]kv, len(x.fkey))
	for i, k := range x.fkey {
		pairs[i] = kv{k, x.docs[x.figs[x.fid[i]].Doc].Day, x.fid[i]}
	}
	slices.SortFunc(pairs, func(a, b kv) int {
		switch {
		case a.k != b.k:
			if a.k < b.k {
				return -1
			}
			return 1
		case a.day != b.day:
			return int(a.day) - int(b.day)
		}
		return int(a.id) - int(b.id)
	})
	for i, p := range pairs {
		x.fkey[i], x.fid[i] = p.k, p.id
	}
	x.derive()
}

// derive fills fday and ftop from fid.
func (x *Index) derive() {
	x.fday = make([]int32, len(x.fid))
	x.ftop = make([][2]uint64, len(x.fid))
	for i, id := range x.fid {
		f := &x.figs[id]
		x.fday[i], x.ftop[i] = x.docs[f.Doc].Day, f.Topic
	}
}

// Candidates returns the ids of the figures with this unit class and
// head noun (by key: confirm with Frame), in documents dated from..to,
// whose topic signature shares at least minShared bits with topic. It
// reads the lookup arrays in order: the fast path for matching a draft.
func (x *Index) Candidates(unit, head string, from, to int32, topic [2]uint64, minShared int) []int {
	if x == nil {
		return nil
	}
	x.finish()
	k := FigureKey(unit, head)
	lo, _ := slices.BinarySearch(x.fkey, k)
	hi := lo
	for hi < len(x.fkey) && x.fkey[hi] == k {
		hi++
	}
	lo += sortSearch(hi-lo, func(i int) bool { return x.fday[lo+i] >= from })
	var out []int
	for i := lo; i < hi && x.fday[i] <= to; i++ {
		t := &x.ftop[i]
		if bits.OnesCount64(t[0]&topic[0])+bits.OnesCount64(t[1]&topic[1]) >= minShared {
			out = append(out, int(x.fid[i]))
		}
	}
	return out
}

// FiguresFor returns the ids of the figures whose frame has this unit class
// and canonical head noun, ordered by document date (undated first).
func (x *Index) FiguresFor(unit, head string) []int {
	return x.FiguresBetween(unit, head, NoDate, math.MaxInt32)
}

// FiguresBetween is FiguresFor restricted to documents dated from..to
// (days since 1970, inclusive; NoDate as from includes undated documents).
func (x *Index) FiguresBetween(unit, head string, from, to int32) []int {
	if x == nil {
		return nil
	}
	x.finish()
	k := FigureKey(unit, head)
	lo, _ := slices.BinarySearch(x.fkey, k)
	hi := lo
	for hi < len(x.fkey) && x.fkey[hi] == k {
		hi++
	}
	lo += sortSearch(hi-lo, func(i int) bool { return x.fday[lo+i] >= from })
	var out []int
	for i := lo; i < hi && x.fday[i] <= to; i++ {
		f := &x.frames[x.figs[x.fid[i]].Frame]
		if x.get(f.Unit) == unit && x.get(f.Head) == head {
			out = append(out, int(x.fid[i]))
		}
	}
	return out
}

// Frame returns figure id without its texts (cheap: no decompression);
// doc is its document.
func (x *Index) Frame(id int) (f Figure, doc int) {
	r := &x.figs[id]
	fr := &x.frames[r.Frame]
	return Figure{
		Low: r.Low, High: r.High, Topic: r.Topic, Unit: x.get(fr.Unit), Kind: x.get(fr.Kind), Head: x.get(fr.Head),
		Mods: x.get(fr.Mods), Event: x.get(fr.Event), Change: x.get(fr.Change), Role: x.get(fr.Role),
		Place: x.get(fr.Place), Anchor: r.Anchor, Offset: r.Offset, Length: r.Length,
	}, int(r.Doc)
}

// Topic returns figure id's topic signature (cheapest test, no strings).
func (x *Index) Topic(id int) [2]uint64 { return x.figs[id].Topic }

// Figure returns figure id with its text and sentence; doc is its
// document.
func (x *Index) Figure(id int) (f Figure, doc int) {
	f, doc = x.Frame(id)
	text := x.docText(doc)
	f.Text, f.Sentence = sub(text, x.figs[id].Text), sub(text, x.figs[id].Sentence)
	return f, doc
}

// Postings returns every stored fingerprint with this hash.
func (x *Index) Postings(hash uint64) []Posting {
	if x == nil {
		return nil
	}
	x.finish()
	lo, _ := slices.BinarySearch(x.hash, hash)
	var out []Posting
	for i := lo; i < len(x.hash) && x.hash[i] == hash; i++ {
		out = append(out, Posting{Doc: int32(x.pdoc[i]), Offset: x.poff[i], Length: int32(x.plen[i] &^ quotedBit), Quoted: x.plen[i]&quotedBit != 0})
	}
	return out
}

// Passage returns the stored text of document doc that covers the source
// span [offset, offset+length): the shortest stored passage containing it,
// cut to the span when the passage maps byte for byte; "" when none.
func (x *Index) Passage(doc int, offset, length int32) string {
	po, _, text := x.passage(doc, offset, length)
	if text == "" {
		return ""
	}
	if int(x.pas[po].Length) == len(text) {
		return text[offset-x.pas[po].Offset : offset-x.pas[po].Offset+length]
	}
	return text
}

// PassageAround returns the whole stored passage (a sentence) containing
// the source span, with its own source span; ok is false when none.
func (x *Index) PassageAround(doc int, offset, length int32) (pOffset, pLength int32, text string, ok bool) {
	i, _, text := x.passage(doc, offset, length)
	if text == "" {
		return 0, 0, "", false
	}
	return x.pas[i].Offset, x.pas[i].Length, text, true
}

func (x *Index) passage(doc int, offset, length int32) (int, int, string) {
	if doc < 0 || doc >= len(x.docs) || offset < 0 || length < 0 {
		return -1, 0, ""
	}
	d := &x.docs[doc]
	best := -1
	for i := d.PasLo; i < d.PasHi; i++ {
		p := &x.pas[i]
		if p.Offset <= offset && offset+length <= p.Offset+p.Length {
			if best < 0 || p.Length < x.pas[best].Length {
				best = int(i)
			}
		}
	}
	if best < 0 {
		return -1, 0, ""
	}
	return best, 0, sub(x.docText(doc), x.pas[best].Text)
}

// DayOf turns "YYYY-MM-DD" into days since 1970-01-01, or NoDate.
func DayOf(date string) int32 {
	t, err := time.Parse("2006-01-02", date)
	if err != nil {
		return NoDate
	}
	return int32(t.Unix() / 86400)
}

// DateOf is the inverse of DayOf.
func DateOf(day int32) string {
	if day == NoDate {
		return ""
	}
	return time.Unix(int64(day)*86400, 0).UTC().Format("2006-01-02")
}

func sortSearch(n int, f func(int) bool) int {
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1)
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// Sizes reports how many encoded bytes each part of the index takes:
// "documents" (metadata), "figures" (records, frames, lookup, text),
// "prints" (fingerprint postings).
func (x *Index) Sizes() map[string]int {
	var text, meta int
	for _, d := range x.docs {
		text += int(d.Text.Len)
	}
	meta = len(x.blob) - text
	return map[string]int{
		"documents": len(x.docs)*docSize + meta,
		"figures":   len(x.figs)*figSize + len(x.frames)*frameSize + len(x.fkey)*12 + len(x.pas)*pasSize + text,
		"prints":    len(x.hash) * 20,
	}
}
