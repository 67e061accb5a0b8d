package corpus

import (
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"maps"
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
	// The document's kept text (figure sentences, passages) is bytes
	// [TextOff, TextOff+RawLen) of text group Group, flate-compressed with
	// the texts of its neighbours. Figure and passage texts are offsets
	// into it.
	Group, TextOff, RawLen uint32
	FigLo, FigHi           uint32
	PasLo, PasHi           uint32
	// Words: the checks of its words are checks[WordLo:WordLo+Words];
	// postings name words by that global index.
	WordLo, Words uint32
	// Quoted word ranges: quotes[QLo:QHi], global word indexes.
	QLo, QHi uint32
}

// groupRec is a compressed group of document texts in the blob.
type groupRec struct {
	Z      str
	RawLen uint32
}

// frameRec is a distinct frame; figures refer to it by number.
type frameRec struct {
	Unit, Kind, Head, Mods, Event, Change, Role, Place str
}

type figRec struct {
	Low, High              float64
	Frame                  uint32
	Text, Sentence         str // in the document's text
	Anchor, Offset, Length int32
	Doc                    uint32
}

type pasRec struct {
	Offset, Length int32
	Text           str    // in the document's text
	Word, Words    uint32 // document-wide word indexes
}

// Index is a reference corpus. Its arrays hold no pointers: the garbage
// collector has nothing to scan in them, however large the corpus.
type Index struct {
	blob   []byte
	docs   []docRec
	groups []groupRec
	figs   []figRec
	// frames are the distinct frames figures refer to.
	frames []frameRec
	pas    []pasRec
	// The kept fingerprints, sorted by hash (its top hashBits bits), then
	// global word index: pbucket[b]..pbucket[b+1] are those whose hash has
	// b as its top 16 bits; plow is the low 8 bits of each hash, pword its
	// word. New prints wait in pend (hash<<32 | word) until finish.
	pbucket []uint32
	plow    []uint8
	pword   []uint32
	pend    []uint64
	// checks are the word checks, checkBits a word by global word index
	// (bits g*checkBits.. little endian), and a byte of padding.
	checks []byte
	nwords uint32
	quotes [][2]uint32 // quoted word ranges, global word indexes
	// The figure lookup: figure ids ordered by key (unit, head), then
	// document day, then id; with, parallel to fid, the document day and
	// topic of each, so that a scan reads memory in order. The figures of
	// key keys[k] are fid[keyLo[k]:keyLo[k+1]]; fpos[id] is figure id's
	// place in fid. ntop holds the topics of the figures added since the
	// lookup was sorted (the last len(ntop) ids).
	fid   []uint32
	fday  []int32
	ftop  [][2]uint64
	fpos  []uint32
	keys  []uint64
	keyLo []uint32
	ntop  [][2]uint64

	mu       sync.Mutex
	dirty    bool
	open     []byte              // texts of the group not yet compressed
	intern   map[string]str      // build time only
	frameIDs map[frameRec]uint32 // build time only
	zw       *flate.Writer       // build time only
	zbuf     bytes.Buffer        // build time only
	seen     map[uint64]struct{} // content hashes, build time only
	cache    [8]struct {         // the last groups decompressed (a prefix)
		group int
		text  []byte
	}
	next  int
	sizes map[string]int // encoded bytes by part, set by Encode
	// Duplicates counts documents Add skipped as duplicates.
	Duplicates int
}

// groupSize is the uncompressed size at which a group of document texts
// is compressed: large enough for flate to find the words they share,
// small enough to decompress for one piece of evidence.
const groupSize = 32 << 10

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
		WordLo: x.nwords, Words: uint32(len(r.Checks)),
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
		x.figs = push(x.figs, figRec{
			Low: f.Low, High: f.High, Frame: x.frameID(fr),
			Text: txt, Sentence: sent,
			Anchor: f.Anchor, Offset: f.Offset, Length: f.Length, Doc: doc,
		})
		x.ntop = push(x.ntop, f.Topic)
	}
	for _, p := range r.Passages {
		w, n := uint32(max(p.Word, 0)), uint32(max(p.Words, 0))
		if uint64(w)+uint64(n) > uint64(dr.Words) {
			w, n = 0, 0
		}
		x.pas = push(x.pas, pasRec{Offset: p.Offset, Length: p.Length, Text: put(p.Text), Word: dr.WordLo + w, Words: n})
	}
	dr.Group, dr.TextOff, dr.RawLen = uint32(len(x.groups)), uint32(len(x.open)), uint32(len(text))
	x.open = append(x.open, text...)
	if len(x.open) >= groupSize {
		x.flush()
	}
	if n := checksLen(x.nwords + dr.Words); n > cap(x.checks) {
		x.checks = slices.Grow(x.checks, max(n-len(x.checks), len(x.checks)))[:n]
	} else {
		x.checks = x.checks[:n]
	}
	for i, c := range r.Checks {
		b := (x.nwords + uint32(i)) * checkBits
		v := uint16(c&checkMask) << (b & 7)
		x.checks[b>>3] |= byte(v)
		x.checks[b>>3+1] |= byte(v >> 8)
	}
	x.nwords += dr.Words
	dr.QLo = uint32(len(x.quotes))
	for _, q := range r.Quotes {
		if q[0] >= 0 && q[0] < q[1] && uint32(q[1]) <= dr.Words {
			x.quotes = append(x.quotes, [2]uint32{dr.WordLo + uint32(q[0]), dr.WordLo + uint32(q[1])})
		}
	}
	dr.QHi = uint32(len(x.quotes))
	for _, p := range r.Prints {
		if p.Word < 0 || uint32(p.Word) >= dr.Words {
			continue
		}
		x.pend = push(x.pend, uint64(p.Hash>>(32-hashBits))<<32|uint64(dr.WordLo+uint32(p.Word)))
	}
	dr.FigHi, dr.PasHi = uint32(len(x.figs)), uint32(len(x.pas))
	x.docs = push(x.docs, dr)
	x.dirty = true
	return nil
}

// push appends v, doubling the capacity when it runs out: the index's
// arrays grow to hundreds of megabytes, and each growth copies them.
func push[T any](s []T, v T) []T {
	if len(s) == cap(s) {
		s = slices.Grow(s, max(len(s), 64))
	}
	return append(s, v)
}

func (x *Index) frameID(fr frameRec) uint32 {
	if x.frameIDs == nil {
		x.frameIDs = make(map[frameRec]uint32, len(x.frames))
		for i, f := range x.frames {
			x.frameIDs[f] = uint32(i)
		}
	}
	fid, ok := x.frameIDs[fr]
	if !ok {
		fid = uint32(len(x.frames))
		x.frames = append(x.frames, fr)
		x.frameIDs[fr] = fid
	}
	return fid
}

// flush compresses the open group of texts into the blob.
func (x *Index) flush() {
	if len(x.open) == 0 {
		return
	}
	x.zbuf.Reset()
	if x.zw == nil {
		x.zw, _ = flate.NewWriter(&x.zbuf, flate.DefaultCompression)
	} else {
		x.zw.Reset(&x.zbuf)
	}
	x.zw.Write(x.open)
	x.zw.Close()
	x.groups = append(x.groups, groupRec{Z: str{uint32(len(x.blob)), uint32(x.zbuf.Len())}, RawLen: uint32(len(x.open))})
	x.blob = append(x.blob, x.zbuf.Bytes()...)
	x.open = x.open[:0]
}

// docText returns document doc's kept text ("" on any error).
func (x *Index) docText(doc int) string {
	d := &x.docs[doc]
	if d.RawLen == 0 {
		return ""
	}
	g := int(d.Group)
	if g == len(x.groups) { // the open group
		if uint64(d.TextOff)+uint64(d.RawLen) > uint64(len(x.open)) {
			return ""
		}
		return string(x.open[d.TextOff : d.TextOff+d.RawLen])
	}
	end := uint64(d.TextOff) + uint64(d.RawLen)
	x.mu.Lock()
	defer x.mu.Unlock()
	for i := range x.cache {
		if c := &x.cache[i]; c.text != nil && c.group == g && uint64(len(c.text)) >= end {
			return string(c.text[d.TextOff:end])
		}
	}
	gr := &x.groups[g]
	if end > uint64(gr.RawLen) {
		return ""
	}
	// Decompress only as far as the document's end.
	zr := flate.NewReader(bytes.NewReader(x.blob[gr.Z.Off : gr.Z.Off+gr.Z.Len]))
	out := make([]byte, end)
	if _, err := io.ReadFull(zr, out); err != nil {
		return ""
	}
	x.cache[x.next] = struct {
		group int
		text  []byte
	}{g, out}
	x.next = (x.next + 1) % len(x.cache)
	return string(out[d.TextOff:end])
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
	if len(x.pend) > 0 {
		keys := slices.Grow(x.pend, len(x.pword))
		for i, w := range x.pword {
			keys = append(keys, x.printHash(i)<<32|uint64(w))
		}
		radixSort(keys)
		x.setPrints(keys)
		x.pend = nil
	}
	x.sortFigures()
}

// setPrints fills the fingerprint arrays from sorted keys hash<<32 | word.
func (x *Index) setPrints(keys []uint64) {
	x.pbucket = make([]uint32, 1<<16+1)
	x.plow = make([]uint8, len(keys))
	x.pword = make([]uint32, len(keys))
	for i, k := range keys {
		x.pbucket[k>>40+1]++
		x.plow[i] = uint8(k >> 32)
		x.pword[i] = uint32(k)
	}
	for b := 1; b < len(x.pbucket); b++ {
		x.pbucket[b] += x.pbucket[b-1]
	}
}

// printHash returns the hash of stored print i.
func (x *Index) printHash(i int) uint64 {
	b := sortSearch(1<<16, func(b int) bool { return int(x.pbucket[b+1]) > i })
	return uint64(b)<<8 | uint64(x.plow[i])
}

// printKeys calls f with every stored print's key hash<<32 | word, in
// order.
func (x *Index) printKeys(f func(uint64)) {
	for b := 0; b+1 < len(x.pbucket); b++ {
		for i := x.pbucket[b]; i < x.pbucket[b+1]; i++ {
			f(uint64(b)<<40 | uint64(x.plow[i])<<32 | uint64(x.pword[i]))
		}
	}
}

// radixSort sorts keys (least significant digit first, 16 bits a pass,
// skipping passes where every key has the same digit).
func radixSort(keys []uint64) {
	if len(keys) < 256 {
		slices.Sort(keys)
		return
	}
	if slices.IsSorted(keys) {
		return
	}
	tmp := make([]uint64, len(keys))
	src, dst := keys, tmp
	var count [1 << 16]int
	for shift := uint(0); shift < 64; shift += 16 {
		clear(count[:])
		for _, k := range src {
			count[(k>>shift)&0xffff]++
		}
		if count[(src[0]>>shift)&0xffff] == len(src) {
			continue
		}
		sum := 0
		for i, c := range count {
			count[i] = sum
			sum += c
		}
		for _, k := range src {
			d := (k >> shift) & 0xffff
			dst[count[d]] = k
			count[d]++
		}
		src, dst = dst, src
	}
	if &src[0] != &keys[0] {
		copy(keys, src)
	}
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
func (x *Index) NumPrints() int { return len(x.pword) + len(x.pend) }

// NumWords is the number of words of all documents.
func (x *Index) NumWords() int { return int(x.nwords) }

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
	if len(x.ntop) == 0 {
		return
	}
	type kv struct {
		k   uint64
		day int32
		id  uint32
		top [2]uint64
	}
	fk := make([]uint64, len(x.frames))
	for i := range x.frames {
		fk[i] = FigureKey(x.get(x.frames[i].Unit), x.get(x.frames[i].Head))
	}
	pairs := make([]kv, len(x.figs))
	for id := range x.figs {
		f := &x.figs[id]
		pairs[id] = kv{fk[f.Frame], x.docs[f.Doc].Day, uint32(id), x.Topic(id)}
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
	n := len(pairs)
	x.fid, x.fday, x.ftop, x.fpos = make([]uint32, n), make([]int32, n), make([][2]uint64, n), make([]uint32, n)
	x.keys, x.keyLo = x.keys[:0], x.keyLo[:0]
	for i, p := range pairs {
		x.fid[i], x.fday[i], x.ftop[i], x.fpos[p.id] = p.id, p.day, p.top, uint32(i)
		if i == 0 || p.k != pairs[i-1].k {
			x.keys = append(x.keys, p.k)
			x.keyLo = append(x.keyLo, uint32(i))
		}
	}
	x.keyLo = append(x.keyLo, uint32(n))
	x.ntop = nil
}

// keyRange returns the lookup range of a figure key.
func (x *Index) keyRange(k uint64) (lo, hi int) {
	i, ok := slices.BinarySearch(x.keys, k)
	if !ok {
		return 0, 0
	}
	return int(x.keyLo[i]), int(x.keyLo[i+1])
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
	lo, hi := x.keyRange(FigureKey(unit, head))
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
	lo, hi := x.keyRange(FigureKey(unit, head))
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
		Low: r.Low, High: r.High, Topic: x.Topic(id), Unit: x.get(fr.Unit), Kind: x.get(fr.Kind), Head: x.get(fr.Head),
		Mods: x.get(fr.Mods), Event: x.get(fr.Event), Change: x.get(fr.Change), Role: x.get(fr.Role),
		Place: x.get(fr.Place), Anchor: r.Anchor, Offset: r.Offset, Length: r.Length,
	}, int(r.Doc)
}

// Topic returns figure id's topic signature (cheapest test, no strings).
func (x *Index) Topic(id int) [2]uint64 {
	if base := len(x.figs) - len(x.ntop); id >= base {
		return x.ntop[id-base]
	}
	return x.ftop[x.fpos[id]]
}

// Figure returns figure id with its text and sentence; doc is its
// document.
func (x *Index) Figure(id int) (f Figure, doc int) {
	f, doc = x.Frame(id)
	text := x.docText(doc)
	f.Text, f.Sentence = sub(text, x.figs[id].Text), sub(text, x.figs[id].Sentence)
	return f, doc
}

// hashBits of a fingerprint's hash are kept: the word checks confirm a
// match, so the hash need only make collisions rare.
const hashBits = 24

// Postings appends to out every stored fingerprint whose hash agrees with
// hash in its top 24 bits (confirm a match with Check), unless there are
// more than limit of them (a stock phrase): then ok is false and out is
// returned as it was.
func (x *Index) Postings(hash uint32, limit int, out []Posting) (_ []Posting, ok bool) {
	if x == nil {
		return out, true
	}
	x.finish()
	if len(x.pbucket) == 0 {
		return out, true
	}
	h := hash >> (32 - hashBits)
	b0, b1 := int(x.pbucket[h>>8]), int(x.pbucket[h>>8+1])
	low := uint8(h)
	lo := b0 + sortSearch(b1-b0, func(i int) bool { return x.plow[b0+i] >= low })
	hi := lo
	for hi < b1 && x.plow[hi] == low {
		if hi-lo >= limit {
			return out, false
		}
		hi++
	}
	for _, g := range x.pword[lo:hi] {
		d := x.docOfWord(g)
		out = append(out, Posting{Doc: int32(d), Word: int32(g - x.docs[d].WordLo)})
	}
	return out, true
}

// docOfWord returns the document holding global word g.
func (x *Index) docOfWord(g uint32) int {
	// The last document whose first word is at or before g and that has
	// words (documents without words share their WordLo).
	i, j := 0, len(x.docs)
	for i < j {
		h := int(uint(i+j) >> 1)
		if x.docs[h].WordLo <= g {
			i = h + 1
		} else {
			j = h
		}
	}
	i--
	for i > 0 && x.docs[i].Words == 0 {
		i--
	}
	return max(i, 0)
}

// Words returns the number of words of document doc.
func (x *Index) Words(doc int) int { return int(x.docs[doc].Words) }

// checkBits of a word's check are kept (Record.Checks).
const (
	checkBits = 3
	checkMask = 1<<checkBits - 1
)

// checksLen is the length of the checks of n words, with its padding.
func checksLen(n uint32) int { return int((uint64(n)*checkBits+7)/8) + 1 }

// Check returns the check of word w of document doc (the low 3 bits of
// what Record.Checks held), -1 outside it.
func (x *Index) Check(doc, w int) int {
	d := &x.docs[doc]
	if w < 0 || w >= int(d.Words) {
		return -1
	}
	b := (d.WordLo + uint32(w)) * checkBits
	return int((uint16(x.checks[b>>3])|uint16(x.checks[b>>3+1])<<8)>>(b&7)) & checkMask
}

// Quoted reports whether word w of document doc is inside quotation marks.
func (x *Index) Quoted(doc, w int) bool {
	d := &x.docs[doc]
	g := d.WordLo + uint32(w)
	for _, q := range x.quotes[d.QLo:d.QHi] {
		if q[0] <= g && g < q[1] {
			return true
		}
	}
	return false
}

// PassageWords returns the shortest stored passage of document doc that
// holds words [w, w+n): its source span, its text, and the words it
// covers; ok is false when none does.
func (x *Index) PassageWords(doc, w, n int) (p Passage, ok bool) {
	if doc < 0 || doc >= len(x.docs) || w < 0 || n < 0 {
		return Passage{}, false
	}
	d := &x.docs[doc]
	g := uint64(d.WordLo) + uint64(w)
	best := -1
	for i := d.PasLo; i < d.PasHi; i++ {
		p := &x.pas[i]
		if p.Words > 0 && uint64(p.Word) <= g && g+uint64(n) <= uint64(p.Word)+uint64(p.Words) {
			if best < 0 || p.Words < x.pas[best].Words {
				best = int(i)
			}
		}
	}
	if best < 0 {
		return Passage{}, false
	}
	r := &x.pas[best]
	text := sub(x.docText(doc), r.Text)
	if text == "" {
		return Passage{}, false
	}
	return Passage{Offset: r.Offset, Length: r.Length, Word: int32(r.Word - d.WordLo), Words: int32(r.Words), Text: text}, true
}

// Passage returns the stored text of document doc that covers the source
// span [offset, offset+length): the shortest stored passage containing it,
// cut to the span when the passage maps byte for byte; "" when none.
func (x *Index) Passage(doc int, offset, length int32) string {
	i, text := x.passage(doc, offset, length)
	if text == "" {
		return ""
	}
	if int(x.pas[i].Length) == len(text) {
		return text[offset-x.pas[i].Offset : offset-x.pas[i].Offset+length]
	}
	return text
}

// PassageAround returns the whole stored passage (a sentence) containing
// the source span, with its own source span; ok is false when none.
func (x *Index) PassageAround(doc int, offset, length int32) (pOffset, pLength int32, text string, ok bool) {
	i, text := x.passage(doc, offset, length)
	if text == "" {
		return 0, 0, "", false
	}
	return x.pas[i].Offset, x.pas[i].Length, text, true
}

func (x *Index) passage(doc int, offset, length int32) (int, string) {
	if doc < 0 || doc >= len(x.docs) || offset < 0 || length < 0 {
		return -1, ""
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
		return -1, ""
	}
	return best, sub(x.docText(doc), x.pas[best].Text)
}

// DayOf turns "YYYY-MM-DD" into days since 1970-01-01, or NoDate.
func DayOf(date string) int32 {
	t, ok := document.ParseDay(date)
	if !ok {
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
// "documents" (metadata), "figures" (records, frames, lookup, passages,
// text), "prints" (fingerprint postings), "checks" (word checks and
// quotes). It encodes the index when it has changed since the last
// Encode.
func (x *Index) Sizes() map[string]int {
	x.mu.Lock()
	s := x.sizes
	x.mu.Unlock()
	if s == nil || x.dirty {
		x.Encode()
		x.mu.Lock()
		s = x.sizes
		x.mu.Unlock()
	}
	return maps.Clone(s)
}
