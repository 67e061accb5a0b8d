package corpus

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"math/bits"
	"runtime"
	"slices"
)

// Magic starts every index; Version is the format this code writes and
// reads.
const (
	Magic   = "ATTRLIDX"
	Version = 2
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

const (
	secHead = iota + 1
	secGroups
	secDocs
	secFrames
	secFIDs
	secFigs
	secPas
	secQuotes
	secChecks
	secPrints
	numSections = secPrints
)

// Float codes (3 bits): how a figure bound is written.
const (
	fSame   = 0 // High only: equal to Low
	fPosInf = 1
	fNegInf = 2
	fRaw    = 3 // 8 bytes
	fScaled = 4 // 4..7: an integer n, the value n / 10^(code-4)
)

var pow10 = [4]float64{1, 10, 100, 1000}

// A figure's tag byte: the codes of its bounds (3 bits each) and these.
const (
	tagAnchor       = 1 << 6 // an anchor day follows
	tagSameSentence = 1 << 7 // in the sentence of the figure before
)

// floatCode finds the shortest exact way to write v.
func floatCode(v float64) (code int, n int64) {
	switch {
	case math.IsInf(v, 1):
		return fPosInf, 0
	case math.IsInf(v, -1):
		return fNegInf, 0
	}
	for s, p := range pow10 {
		m := v * p
		if math.Abs(m) < 1<<52 && m == math.Trunc(m) && float64(int64(m))/p == v && !(v == 0 && math.Signbit(v)) {
			return fScaled + s, int64(m)
		}
	}
	return fRaw, 0
}

type enc []byte

func (e *enc) u(v uint64) { *e = binary.AppendUvarint(*e, v) }
func (e *enc) i(v int64)  { *e = binary.AppendVarint(*e, v) }
func (e *enc) bytes(b []byte) {
	e.u(uint64(len(b)))
	*e = append(*e, b...)
}

// Encode writes the index as bytes that Load reads.
func (x *Index) Encode() []byte {
	x.finish()
	x.mu.Lock()
	defer x.mu.Unlock()
	x.flush()
	le := binary.LittleEndian
	secs := make([]enc, numSections+1)
	blob := func(s str) []byte { return x.blob[s.Off : s.Off+s.Len] }

	h := &secs[secHead]
	for _, n := range []int{len(x.docs), len(x.frames), len(x.figs), len(x.pas), len(x.groups), len(x.quotes), int(x.nwords), len(x.pword)} {
		h.u(uint64(n))
	}
	g := &secs[secGroups]
	for _, gr := range x.groups {
		g.u(uint64(gr.RawLen))
		g.bytes(blob(gr.Z))
	}
	// Documents: a date as its day number when it is a plain
	// YYYY-MM-DD; the text's place relative to the document before.
	d := &secs[secDocs]
	group, tend := int64(0), int64(0)
	for _, r := range x.docs {
		for _, s := range []str{r.Path, r.Title, r.Publisher, r.URL, r.Source} {
			d.bytes(blob(s))
		}
		switch date := x.get(r.Date); {
		case date == "":
			d.u(0)
		case r.Day != NoDate && DateOf(r.Day) == date:
			d.u(zigzag(int64(r.Day)) + 2)
		default:
			d.u(1)
			d.bytes(blob(r.Date))
		}
		*d = le.AppendUint64(*d, r.Hash)
		if int64(r.Group) != group {
			tend = 0
		}
		d.i(int64(r.Group) - group)
		d.i(int64(r.TextOff) - tend)
		group, tend = int64(r.Group), int64(r.TextOff)+int64(r.RawLen)
		for _, v := range []uint32{r.FigHi - r.FigLo, r.PasHi - r.PasLo, r.RawLen, r.Words, r.QHi - r.QLo} {
			d.u(uint64(v))
		}
	}
	// Frames: a table of their distinct strings, then eight string
	// numbers a frame.
	fr := &secs[secFrames]
	var table []string
	num := map[string]uint64{}
	var refs []uint64
	for _, f := range x.frames {
		for _, s := range []str{f.Unit, f.Kind, f.Head, f.Mods, f.Event, f.Change, f.Role, f.Place} {
			v := x.get(s)
			n, ok := num[v]
			if !ok {
				n = uint64(len(table))
				num[v] = n
				table = append(table, v)
			}
			refs = append(refs, n)
		}
	}
	fr.u(uint64(len(table)))
	for _, v := range table {
		fr.bytes([]byte(v))
	}
	for _, n := range refs {
		fr.u(n)
	}
	fg := &secs[secFigs]
	ps := &secs[secPas]
	qs := &secs[secQuotes]
	for _, r := range x.docs {
		prevOff := int32(0)
		tend := int64(0) // end of the document text written so far
		var prevTopic [2]uint64
		for k := r.FigLo; k < r.FigHi; k++ {
			f := &x.figs[k]
			fg.u(uint64(f.Frame))
			cl, nl := floatCode(f.Low)
			ch, nh := floatCode(f.High)
			if math.Float64bits(f.High) == math.Float64bits(f.Low) {
				ch = fSame
			}
			tag := byte(cl | ch<<3)
			if f.Anchor != 0 {
				tag |= tagAnchor
			}
			sameSentence := k > r.FigLo && f.Sentence == x.figs[k-1].Sentence
			if sameSentence {
				tag |= tagSameSentence
			}
			*fg = append(*fg, tag)
			for _, c := range []struct {
				code int
				n    int64
				v    float64
			}{{cl, nl, f.Low}, {ch, nh, f.High}} {
				switch {
				case c.code == fRaw:
					*fg = le.AppendUint64(*fg, math.Float64bits(c.v))
				case c.code >= fScaled:
					fg.i(c.n)
				}
			}
			topic := x.Topic(int(k))
			if k > r.FigLo && topic == prevTopic {
				fg.u(0)
			} else {
				n := bits.OnesCount64(topic[0]) + bits.OnesCount64(topic[1])
				fg.u(uint64(n + 1))
				prev := -1
				for b := 0; b < 128; b++ {
					if topic[b/64]&(1<<(b%64)) != 0 {
						*fg = append(*fg, byte(b-prev-1))
						prev = b
					}
				}
			}
			prevTopic = topic
			if !sameSentence {
				fg.i(int64(f.Sentence.Off) - tend)
				tend = max(tend, int64(f.Sentence.Off)+int64(f.Sentence.Len))
				fg.u(uint64(f.Sentence.Len))
			}
			fg.i(int64(f.Text.Off) - int64(f.Sentence.Off))
			fg.u(uint64(f.Text.Len))
			if f.Anchor != 0 {
				fg.i(int64(f.Anchor) - int64(r.Day))
			}
			fg.i(int64(f.Offset) - int64(prevOff))
			prevOff = f.Offset
			fg.i(int64(f.Length))
		}
		// Passages: each relative to the end of the one before (source
		// span, text, words); the text is usually as long as the span.
		end, tend, wend := int64(0), int64(0), int64(r.WordLo)
		for k := r.PasLo; k < r.PasHi; k++ {
			p := &x.pas[k]
			ps.i(int64(p.Offset) - end)
			ps.i(int64(p.Length))
			// 0: the text follows the passage before and is as long as
			// the span; else 1, then both.
			if int64(p.Text.Off) == tend && int64(p.Text.Len) == int64(p.Length) {
				ps.u(0)
			} else {
				ps.u(1)
				ps.i(int64(p.Text.Off) - tend)
				ps.i(int64(p.Text.Len) - int64(p.Length))
			}
			ps.i(int64(p.Word) - wend)
			ps.u(uint64(p.Words))
			end, tend, wend = int64(p.Offset)+int64(p.Length), int64(p.Text.Off)+int64(p.Text.Len), int64(p.Word)+int64(p.Words)
		}
		prev := r.WordLo
		for _, q := range x.quotes[r.QLo:r.QHi] {
			qs.u(uint64(q[0] - prev))
			qs.u(uint64(q[1] - q[0]))
			prev = q[0]
		}
	}
	secs[secChecks] = append(enc(nil), x.checks...)
	fi := &secs[secFIDs]
	prev := int64(0)
	for _, id := range x.fid {
		fi.i(int64(id) - prev)
		prev = int64(id)
	}
	// Prints: the sorted keys hash<<B | word, B bits for a word index,
	// as Rice-coded deltas (about 3.5 bytes each: the hash is 24 bits).
	wb := uint(bits.Len32(x.nwords))
	var last uint64
	x.printKeys(func(p uint64) { last = p>>32<<wb | p&0xffffffff })
	rice := uint(0)
	if n := uint64(len(x.pword)); n > 0 && last/n > 0 {
		rice = uint(bits.Len64(last/n) - 1)
	}
	ph := &secs[secPrints]
	*ph = append(*ph, byte(rice))
	w := bitWriter{b: *ph}
	prevK := uint64(0)
	x.printKeys(func(p uint64) {
		k := p>>32<<wb | p&0xffffffff
		w.rice(k-prevK, rice)
		prevK = k
	})
	*ph = w.flush()

	size := 8 + 8 + 4
	for _, s := range secs[1:] {
		size += 12 + len(s)
	}
	b := make([]byte, 0, size)
	b = append(b, Magic...)
	b = le.AppendUint32(b, Version)
	b = le.AppendUint32(b, numSections)
	for tag := 1; tag <= numSections; tag++ {
		b = le.AppendUint32(b, uint32(tag))
		b = le.AppendUint64(b, uint64(len(secs[tag])))
		b = append(b, secs[tag]...)
	}
	sum := func(tags ...int) int {
		n := 0
		for _, t := range tags {
			n += len(secs[t]) + 12
		}
		return n
	}
	x.sizes = map[string]int{
		"documents": sum(secHead, secDocs) + 20,
		"figures":   sum(secGroups, secFrames, secFigs, secPas, secFIDs),
		"prints":    sum(secPrints),
		"checks":    sum(secChecks, secQuotes),
	}
	return le.AppendUint32(b, crc32.Checksum(b, castagnoli))
}

func zigzag(v int64) uint64   { return uint64(v<<1) ^ uint64(v>>63) }
func unzigzag(u uint64) int64 { return int64(u>>1) ^ -int64(u&1) }

// FormatError is a corrupt, truncated or unsupported index.
type FormatError struct{ Msg string }

func (e *FormatError) Error() string { return "corpus index: " + e.Msg }

func bad(format string, a ...any) error { return &FormatError{fmt.Sprintf(format, a...)} }

// dec reads one section; the first error sticks and later reads return
// zeros.
type dec struct {
	b   []byte
	p   int
	tag int
	err error
	// A section read as it is decoded: src and its length.
	src  io.Reader
	size int64
}

func (d *dec) fail(format string, a ...any) {
	if d.err == nil {
		d.err = bad("section %d, byte %d: %s", d.tag, d.p, fmt.Sprintf(format, a...))
	}
}

func (d *dec) u() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b[d.p:])
	if n <= 0 {
		d.fail("bad or truncated number")
		return 0
	}
	d.p += n
	return v
}

// u32 reads a number that must fit in 31 bits (counts, offsets).
func (d *dec) u32() uint32 {
	v := d.u()
	if v > math.MaxInt32 {
		d.fail("number %d out of range", v)
		return 0
	}
	return uint32(v)
}

func (d *dec) i() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b[d.p:])
	if n <= 0 {
		d.fail("bad or truncated number")
		return 0
	}
	d.p += n
	return v
}

func (d *dec) i32() int32 {
	v := d.i()
	if v < math.MinInt32 || v > math.MaxInt32 {
		d.fail("number %d out of range", v)
		return 0
	}
	return int32(v)
}

func (d *dec) raw(n int) []byte {
	if d.err != nil {
		return nil
	}
	if n < 0 || n > len(d.b)-d.p {
		d.fail("%d bytes run past the end", n)
		return nil
	}
	d.p += n
	return d.b[d.p-n : d.p]
}

func (d *dec) bytes() []byte { return d.raw(int(min(d.u(), uint64(len(d.b)+1)))) }

func (d *dec) byte1() byte {
	if b := d.raw(1); b != nil {
		return b[0]
	}
	return 0
}

func (d *dec) end() error {
	if d.err == nil && d.p != len(d.b) {
		d.fail("%d stray bytes", len(d.b)-d.p)
	}
	return d.err
}

// Load decodes index bytes written by Encode. It copies what it keeps: b
// may be reused by the caller.
func Load(b []byte) (*Index, error) {
	le := binary.LittleEndian
	if len(b) < 8 || string(b[:8]) != Magic {
		return nil, bad("not an attrlint corpus index (bad magic)")
	}
	if len(b) < 16 {
		return nil, bad("truncated header (%d bytes)", len(b))
	}
	if v := le.Uint32(b[8:]); v != Version {
		if v > Version {
			return nil, bad("format version %d is newer than this attrlint reads (%d): upgrade attrlint", v, Version)
		}
		return nil, bad("unsupported format version %d (this attrlint reads %d): rebuild the index", v, Version)
	}
	if len(b) < 20 {
		return nil, bad("truncated (%d bytes)", len(b))
	}
	body := b[:len(b)-4]
	if crc32.Checksum(body, castagnoli) != le.Uint32(b[len(b)-4:]) {
		return nil, bad("checksum mismatch: the file is truncated or corrupt (%d bytes)", len(b))
	}
	if n := le.Uint32(b[12:]); n != numSections {
		return nil, bad("%d sections, want %d", n, numSections)
	}
	secs := make([]*dec, numSections+1)
	p := 16
	for i := 0; i < numSections; i++ {
		if len(body)-p < 12 {
			return nil, bad("truncated section header at byte %d", p)
		}
		tag := le.Uint32(body[p:])
		l := le.Uint64(body[p+4:])
		p += 12
		if tag != uint32(i+1) {
			return nil, bad("section %d has tag %d at byte %d", i+1, tag, p-12)
		}
		if l > uint64(len(body)-p) {
			return nil, bad("section %d: length %d runs past the end", tag, l)
		}
		secs[tag] = &dec{b: body[p : p+int(l)], tag: int(tag)}
		p += int(l)
	}
	if p != len(body) {
		return nil, bad("%d stray bytes after the last section", len(body)-p)
	}
	return load(func(tag int) (*dec, error) { return secs[tag], nil }, nil)
}

// LoadFrom decodes an index of size bytes written by Encode from r,
// reading one section at a time: it never holds the whole file, only the
// index and the section being decoded. Errors are those of Load, or a
// read error.
func LoadFrom(r io.Reader, size int64) (*Index, error) {
	le := binary.LittleEndian
	crc := crc32.New(castagnoli)
	tr := io.TeeReader(r, crc)
	var head [16]byte
	n, err := io.ReadFull(tr, head[:])
	if n < 8 || string(head[:8]) != Magic {
		if err != nil && err != io.EOF && err != io.ErrUnexpectedEOF {
			return nil, err
		}
		return nil, bad("not an attrlint corpus index (bad magic)")
	}
	if n < 16 {
		return nil, bad("truncated header (%d bytes)", n)
	}
	if v := le.Uint32(head[8:]); v != Version {
		if v > Version {
			return nil, bad("format version %d is newer than this attrlint reads (%d): upgrade attrlint", v, Version)
		}
		return nil, bad("unsupported format version %d (this attrlint reads %d): rebuild the index", v, Version)
	}
	if c := le.Uint32(head[12:]); c != numSections {
		return nil, bad("%d sections, want %d", c, numSections)
	}
	pos := int64(16)
	truncated := func(err error) error {
		if err == io.EOF || err == io.ErrUnexpectedEOF {
			return bad("truncated at byte %d", pos)
		}
		return err
	}
	next := 1
	var free [][]byte    // buffers of sections decoded
	var stream io.Reader // a section left to read as it is decoded
	get := func(tag int) (*dec, error) {
		if stream != nil {
			// The section before must have been read to its end.
			if n, _ := io.Copy(io.Discard, stream); n > 0 {
				return nil, bad("section %d: %d bytes left over", tag-1, n)
			}
			stream = nil
		}
		if tag != next {
			panic("corpus: sections read out of order")
		}
		next++
		var h [12]byte
		if _, err := io.ReadFull(tr, h[:]); err != nil {
			return nil, truncated(err)
		}
		if t := le.Uint32(h[:]); t != uint32(tag) {
			return nil, bad("section %d has tag %d at byte %d", tag, t, pos)
		}
		pos += 12
		l := le.Uint64(h[4:])
		if l > uint64(max(size-pos-4, 0)) {
			return nil, bad("section %d: length %d runs past the end", tag, l)
		}
		if tag == secPrints {
			// The largest section, decoded as it is read.
			stream = io.LimitReader(tr, int64(l))
			return &dec{tag: tag, src: stream, size: int64(l)}, nil
		}
		// A buffer a section decoded before left, or a new one.
		var b []byte
		for i, f := range free {
			if uint64(cap(f)) >= l && (b == nil || cap(f) < cap(b)) {
				b = f[:l]
				free[i] = nil
			}
		}
		if b == nil {
			b = make([]byte, l)
		}
		free = slices.DeleteFunc(free, func(f []byte) bool { return f == nil })
		m, err := io.ReadFull(tr, b)
		pos += int64(m)
		if err != nil {
			return nil, truncated(err)
		}
		return &dec{b: b, tag: tag}, nil
	}
	release := func(d *dec) { free = append(free, d.b[:0]) }
	x, err := load(get, release)
	// The checksum: read to the end whatever happened, so that a corrupt
	// file is reported as one rather than by the first thing it broke.
	var tail []byte
	extra := int64(0)
	buf := make([]byte, 64<<10)
	for {
		m, rerr := r.Read(buf)
		tail = append(tail, buf[:m]...)
		if len(tail) > 4 {
			crc.Write(tail[:len(tail)-4])
			extra += int64(len(tail) - 4)
			tail = append(tail[:0], tail[len(tail)-4:]...)
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			return nil, rerr
		}
	}
	if len(tail) < 4 {
		if err != nil {
			return nil, err
		}
		return nil, bad("truncated: no checksum")
	}
	if le.Uint32(tail) != crc.Sum32() {
		return nil, bad("checksum mismatch: the file is truncated or corrupt")
	}
	if err != nil {
		return nil, err
	}
	if extra > 0 {
		return nil, bad("%d stray bytes after the last section", extra)
	}
	return x, nil
}

// load decodes the sections, which sec returns in tag order; release,
// when not nil, takes back the bytes of a section decoded (they are not
// the caller's: the word checks are kept as they are).
func load(sec func(tag int) (*dec, error), release func(*dec)) (*Index, error) {
	secs := make([]*dec, numSections+1)
	owned := release != nil
	done := func(tags ...int) {
		for _, t := range tags {
			if release != nil && secs[t] != nil {
				release(secs[t])
			}
			secs[t] = nil
		}
	}
	le := binary.LittleEndian
	get := func(tags ...int) error {
		for _, t := range tags {
			d, err := sec(t)
			if err != nil {
				return err
			}
			secs[t] = d
		}
		return nil
	}
	if err := get(secHead); err != nil {
		return nil, err
	}
	h := secs[secHead]
	var n [8]int
	for i := range n {
		n[i] = int(h.u32())
	}
	if err := h.end(); err != nil {
		return nil, err
	}
	nd, nfr, nf, np, ng, nq, nw, npr := n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7]
	// Every record takes at least a byte or more: counts beyond the
	// section lengths are corrupt (and must not size allocations).
	fits := func(tags ...int) error {
		for _, c := range []struct{ n, tag, min int }{{nd, secDocs, 14}, {nfr, secFrames, 8}, {nf, secFigs, 8}, {np, secPas, 5}, {ng, secGroups, 2}, {nq, secQuotes, 2}, {nf, secFIDs, 1}} {
			if slices.Contains(tags, c.tag) && c.n*c.min > len(secs[c.tag].b) {
				return bad("section %d: %d records cannot fit in %d bytes", c.tag, c.n, len(secs[c.tag].b))
			}
		}
		return nil
	}
	if err := get(secGroups, secDocs, secFrames); err != nil {
		return nil, err
	}
	if err := fits(secGroups, secDocs, secFrames); err != nil {
		return nil, err
	}
	// The blob holds the strings and compressed texts of these sections.
	size := len(secs[secGroups].b) + len(secs[secDocs].b) + len(secs[secFrames].b) + 11*nd
	x := &Index{blob: make([]byte, 0, size)}
	add := func(b []byte) str {
		if len(b) == 0 {
			return str{}
		}
		s := str{uint32(len(x.blob)), uint32(len(b))}
		x.blob = append(x.blob, b...)
		return s
	}

	g := secs[secGroups]
	x.groups = make([]groupRec, ng)
	for i := range x.groups {
		raw := g.u32()
		z := g.bytes()
		// flate expands at most ~1032:1.
		if g.err == nil && (uint64(raw) > uint64(len(z))*1032+1024 || raw > 1<<28) {
			return nil, bad("text group %d: length %d impossible for %d compressed bytes", i, raw, len(z))
		}
		x.groups[i] = groupRec{Z: add(z), RawLen: raw}
	}
	if err := g.end(); err != nil {
		return nil, err
	}

	d := secs[secDocs]
	x.docs = make([]docRec, nd)
	var fig, pas, words, quotes uint64
	group, tend := int64(0), int64(0)
	for i := range x.docs {
		r := &x.docs[i]
		r.Path, r.Title = add(d.bytes()), add(d.bytes())
		r.Publisher, r.URL, r.Source = add(d.bytes()), add(d.bytes()), add(d.bytes())
		r.Day = NoDate
		switch c := d.u(); c {
		case 0:
		case 1:
			r.Date = add(d.bytes())
			r.Day = DayOf(x.get(r.Date))
		default:
			day := unzigzag(c - 2)
			if day <= math.MinInt32 || day > math.MaxInt32 {
				d.fail("document %d: day %d", i, day)
				break
			}
			r.Day = int32(day)
			r.Date = add([]byte(DateOf(r.Day)))
		}
		if hb := d.raw(8); hb != nil {
			r.Hash = le.Uint64(hb)
		}
		g := group + d.i()
		if g != group {
			tend = 0
		}
		toff := tend + d.i()
		nfig, npas := d.u32(), d.u32()
		r.RawLen = d.u32()
		r.Words = d.u32()
		nqt := d.u32()
		if d.err != nil {
			return nil, d.err
		}
		if g < 0 || g > int64(ng) || toff < 0 || toff > math.MaxInt32 {
			return nil, bad("document %d: text group %d, offset %d", i, g, toff)
		}
		r.Group, r.TextOff = uint32(g), uint32(toff)
		group, tend = g, toff+int64(r.RawLen)
		r.FigLo, r.PasLo, r.WordLo, r.QLo = uint32(fig), uint32(pas), uint32(words), uint32(quotes)
		fig += uint64(nfig)
		pas += uint64(npas)
		words += uint64(r.Words)
		quotes += uint64(nqt)
		if fig > uint64(nf) || pas > uint64(np) || words > uint64(nw) || quotes > uint64(nq) {
			return nil, bad("document %d: more figures, passages, words or quotes than the index holds", i)
		}
		r.FigHi, r.PasHi, r.QHi = uint32(fig), uint32(pas), uint32(quotes)
		if r.RawLen > 0 && (int(r.Group) >= ng || uint64(r.TextOff)+uint64(r.RawLen) > uint64(x.groups[r.Group].RawLen)) {
			return nil, bad("document %d: text outside its group", i)
		}
		if r.RawLen == 0 {
			r.Group, r.TextOff = uint32(ng), 0
		}
	}
	if err := d.end(); err != nil {
		return nil, err
	}
	if fig != uint64(nf) || pas != uint64(np) || words != uint64(nw) || quotes != uint64(nq) {
		return nil, bad("documents hold %d figures, %d passages, %d words, %d quotes; the index %d, %d, %d, %d", fig, pas, words, quotes, nf, np, nw, nq)
	}
	x.nwords = uint32(nw)

	fr := secs[secFrames]
	nstr := fr.u()
	if nstr > uint64(len(fr.b)) {
		return nil, bad("frames: %d strings cannot fit in %d bytes", nstr, len(fr.b))
	}
	table := make([]str, nstr)
	for i := range table {
		table[i] = add(fr.bytes())
	}
	ref := func() str {
		n := fr.u()
		if n >= nstr {
			fr.fail("string %d of %d", n, nstr)
			return str{}
		}
		return table[n]
	}
	x.frames = make([]frameRec, nfr)
	keys := make([]uint64, nfr)
	for i := range x.frames {
		f := &x.frames[i]
		f.Unit, f.Kind, f.Head, f.Mods = ref(), ref(), ref(), ref()
		f.Event, f.Change, f.Role, f.Place = ref(), ref(), ref(), ref()
		keys[i] = FigureKey(x.get(f.Unit), x.get(f.Head))
	}
	if err := fr.end(); err != nil {
		return nil, err
	}

	done(secGroups, secDocs, secFrames)
	// The figure lookup order first: figures are decoded into it.
	if err := get(secFIDs); err != nil {
		return nil, err
	}
	if err := fits(secFIDs); err != nil {
		return nil, err
	}
	fi := secs[secFIDs]
	x.fid, x.fpos = make([]uint32, nf), make([]uint32, nf)
	for i := range x.fpos {
		x.fpos[i] = math.MaxUint32
	}
	id := int64(0)
	for i := range x.fid {
		id += fi.i()
		if fi.err != nil {
			return nil, fi.err
		}
		if id < 0 || id >= int64(nf) || x.fpos[id] != math.MaxUint32 {
			return nil, bad("figure lookup: figure %d of %d out of range or twice", id, nf)
		}
		x.fid[i], x.fpos[id] = uint32(id), uint32(i)
	}
	if err := fi.end(); err != nil {
		return nil, err
	}
	done(secFIDs)
	x.fday, x.ftop = make([]int32, nf), make([][2]uint64, nf)

	if err := get(secFigs, secPas, secQuotes); err != nil {
		return nil, err
	}
	if err := fits(secFigs, secPas, secQuotes); err != nil {
		return nil, err
	}
	fg, ps, qs := secs[secFigs], secs[secPas], secs[secQuotes]
	// Figures, passages and quotes decode on another goroutine while the
	// word checks and fingerprints are read, when there are two cores to
	// load in parallel (not in WASM: the module's runtime would poll the
	// host to wait).
	figsDone := make(chan error, 1)
	decodeFigs := func() {
		figsDone <- func() error {
			x.figs = make([]figRec, nf)
			x.pas = make([]pasRec, np)
			x.quotes = make([][2]uint32, nq)
			for di := range x.docs {
				r := &x.docs[di]
				in := func(s str) bool { return uint64(s.Off)+uint64(s.Len) <= uint64(r.RawLen) }
				prevOff := int64(0)
				tend := int64(0)
				var prevTopic [2]uint64
				for k := r.FigLo; k < r.FigHi; k++ {
					f := &x.figs[k]
					f.Doc = uint32(di)
					f.Frame = fg.u32()
					tag := fg.byte1()
					cl, ch := int(tag&7), int(tag>>3&7)
					if cl == fSame || tag&tagSameSentence != 0 && k == r.FigLo {
						fg.fail("bad figure bounds tag %#x", tag)
					}
					if fg.err != nil {
						return fg.err
					}
					for j, c := range []int{cl, ch} {
						var v float64
						switch {
						case c == fSame:
							v = f.Low
						case c == fPosInf:
							v = math.Inf(1)
						case c == fNegInf:
							v = math.Inf(-1)
						case c == fRaw:
							if rb := fg.raw(8); rb != nil {
								v = math.Float64frombits(le.Uint64(rb))
							}
						default:
							v = float64(fg.i()) / pow10[c-fScaled]
						}
						if j == 0 {
							f.Low = v
						} else {
							f.High = v
						}
					}
					var topic [2]uint64
					nt := fg.u()
					switch {
					case nt == 0:
						if k == r.FigLo {
							fg.fail("figure %d: no topic to repeat", k)
						}
						topic = prevTopic
					case nt > 129:
						fg.fail("figure %d: %d topic bits", k, nt-1)
					default:
						b := -1
						for range nt - 1 {
							b += int(fg.byte1()) + 1
							if b >= 128 {
								fg.fail("figure %d: topic bit %d", k, b)
								break
							}
							topic[b/64] |= 1 << (b % 64)
						}
					}
					prevTopic = topic
					x.ftop[x.fpos[k]], x.fday[x.fpos[k]] = topic, r.Day
					if tag&tagSameSentence != 0 {
						f.Sentence = x.figs[k-1].Sentence
					} else {
						so := tend + fg.i()
						if so < 0 || so > math.MaxInt32 {
							fg.fail("figure %d: sentence offset %d", k, so)
							so = 0
						}
						f.Sentence = str{uint32(so), fg.u32()}
						tend = max(tend, int64(f.Sentence.Off)+int64(f.Sentence.Len))
					}
					off := int64(f.Sentence.Off) + fg.i()
					if off < 0 || off > math.MaxInt32 {
						fg.fail("figure %d: text offset %d", k, off)
					}
					f.Text = str{uint32(off), fg.u32()}
					if tag&tagAnchor != 0 {
						a := int64(r.Day) + fg.i()
						if a == 0 || a < math.MinInt32 || a > math.MaxInt32 {
							fg.fail("figure %d: anchor %d", k, a)
						}
						f.Anchor = int32(a)
					}
					prevOff += fg.i()
					f.Offset = int32(prevOff)
					f.Length = fg.i32()
					if fg.err != nil {
						return fg.err
					}
					if int(f.Frame) >= nfr {
						return bad("figure %d: frame %d out of range", k, f.Frame)
					}
					if !in(f.Text) || !in(f.Sentence) {
						return bad("figure %d: text outside its document's text", k)
					}
				}
				end, tend, wend := int64(0), int64(0), int64(r.WordLo)
				for k := r.PasLo; k < r.PasHi; k++ {
					p := &x.pas[k]
					off := end + ps.i()
					n := ps.i()
					toff, tlen := tend, n
					switch ps.u() {
					case 0:
					case 1:
						toff += ps.i()
						tlen += ps.i()
					default:
						ps.fail("passage %d: bad text flag", k)
					}
					w := wend + ps.i()
					p.Words = ps.u32()
					if ps.err != nil {
						return ps.err
					}
					if off < 0 || off > math.MaxInt32 || n < 0 || n > math.MaxInt32 || toff < 0 || tlen < 0 || toff+tlen > int64(r.RawLen) ||
						w < int64(r.WordLo) || w+int64(p.Words) > int64(r.WordLo)+int64(r.Words) {
						return bad("passage %d: outside its document", k)
					}
					p.Offset, p.Length = int32(off), int32(n)
					p.Text = str{uint32(toff), uint32(tlen)}
					p.Word = uint32(w)
					end, tend, wend = off+n, toff+tlen, w+int64(p.Words)
				}
				prev := uint64(r.WordLo)
				for k := r.QLo; k < r.QHi; k++ {
					lo := prev + qs.u()
					hi := lo + qs.u()
					if qs.err != nil {
						return qs.err
					}
					if hi <= lo || hi > uint64(r.WordLo)+uint64(r.Words) {
						return bad("quote %d: outside its document", k)
					}
					x.quotes[k] = [2]uint32{uint32(lo), uint32(hi)}
					prev = lo
				}
			}
			for _, s := range []*dec{fg, ps, qs} {
				if err := s.end(); err != nil {
					return err
				}
			}
			for i, id := range x.fid {
				k := keys[x.figs[id].Frame]
				if i == 0 || k != x.keys[len(x.keys)-1] {
					if i > 0 && k < x.keys[len(x.keys)-1] {
						return bad("figure lookup not sorted")
					}
					x.keys = append(x.keys, k)
					x.keyLo = append(x.keyLo, uint32(i))
				}
			}
			x.keyLo = append(x.keyLo, uint32(nf))
			return nil
		}()
	}
	if runtime.GOMAXPROCS(0) > 1 {
		go decodeFigs()
	} else {
		decodeFigs()
	}
	err := func() error {
		if err := get(secChecks); err != nil {
			return err
		}
		if len(secs[secChecks].b) != checksLen(uint32(nw)) {
			return bad("word checks: %d bytes for %d words", len(secs[secChecks].b), nw)
		}
		if owned {
			// (Clipped: the buffer may be a larger one reused, and Add
			// appends to the checks.)
			x.checks = slices.Clip(secs[secChecks].b)
		} else {
			x.checks = slices.Clone(secs[secChecks].b)
		}
		if err := get(secPrints); err != nil {
			return err
		}
		pr := secs[secPrints]
		br := bitReader{b: pr.b}
		psize := int64(len(pr.b))
		if pr.src != nil {
			br = bitReader{src: pr.src, left: pr.size, chunk: make([]byte, 64<<10)}
			psize = pr.size
		}
		if int64(npr) > 8*psize { // a print takes a bit at least
			return bad("section %d: %d fingerprints cannot fit in %d bytes", secPrints, npr, psize)
		}
		// Keys come sorted (deltas are not negative): fill the arrays as they
		// are read.
		x.pbucket = make([]uint32, 1<<16+1)
		x.plow = make([]uint8, npr)
		x.pword = make([]uint32, npr)
		wb := uint(bits.Len32(uint32(nw)))
		rice, ok := br.bits(8)
		if !ok || rice > 56 {
			return bad("fingerprints: rice parameter %d", rice)
		}
		k := uint64(0)
		for i := range x.pword {
			d, ok := br.rice(uint(rice))
			if !ok {
				return bad("fingerprint %d: truncated or corrupt", i)
			}
			if k+d < k {
				return bad("fingerprint %d out of range", i)
			}
			k += d
			h, w := k>>wb, k&(1<<wb-1)
			if h >= 1<<hashBits || w >= uint64(nw) {
				return bad("fingerprint %d out of range", i)
			}
			x.pbucket[h>>8+1]++
			x.plow[i], x.pword[i] = uint8(h), uint32(w)
		}
		if !br.done() {
			return bad("fingerprints: stray bytes")
		}
		for b := 1; b < len(x.pbucket); b++ {
			x.pbucket[b] += x.pbucket[b-1]
		}
		return nil
	}()
	if ferr := <-figsDone; err == nil {
		err = ferr
	}
	done(secFigs, secPas, secQuotes)
	if err != nil {
		return nil, err
	}
	return x, nil
}

// bitWriter appends bits to b, least significant first.
type bitWriter struct {
	b   []byte
	acc uint64
	n   uint
}

// bits writes the low n (at most 32) bits of v.
func (w *bitWriter) bits(v uint64, n uint) {
	w.acc |= (v & (1<<n - 1)) << w.n
	w.n += n
	for w.n >= 8 {
		w.b = append(w.b, byte(w.acc))
		w.acc >>= 8
		w.n -= 8
	}
}

// rice writes v as v>>k in unary (that many 0 bits, then a 1) and its low
// k bits.
func (w *bitWriter) rice(v uint64, k uint) {
	q := v >> k
	for ; q >= 32; q -= 32 {
		w.bits(0, 32)
	}
	w.bits(1<<q, uint(q)+1)
	if k > 32 {
		w.bits(v, 32)
		w.bits(v>>32, k-32)
	} else {
		w.bits(v, k)
	}
}

func (w *bitWriter) flush() []byte {
	if w.n > 0 {
		w.b = append(w.b, byte(w.acc))
	}
	return w.b
}

// bitReader reads what bitWriter wrote, from b or, when b runs out, in
// chunks of src, left bytes of it.
type bitReader struct {
	b     []byte
	p     int
	acc   uint64
	n     uint
	src   io.Reader
	left  int64
	chunk []byte
	err   error
}

func (r *bitReader) fill() {
	for r.n <= 56 {
		if r.p == len(r.b) && !r.more() {
			return
		}
		r.acc |= uint64(r.b[r.p]) << r.n
		r.p++
		r.n += 8
	}
}

func (r *bitReader) more() bool {
	if r.src == nil || r.left == 0 {
		return false
	}
	k, err := io.ReadFull(r.src, r.chunk[:min(int64(len(r.chunk)), r.left)])
	r.b, r.p = r.chunk[:k], 0
	r.left -= int64(k)
	if err != nil {
		r.err, r.left = err, 0
	}
	return k > 0
}

func (r *bitReader) bits(n uint) (uint64, bool) {
	if n == 0 {
		return 0, true
	}
	r.fill()
	if r.n < n {
		return 0, false
	}
	v := r.acc & (1<<n - 1)
	r.acc >>= n
	r.n -= n
	return v, true
}

func (r *bitReader) rice(k uint) (uint64, bool) {
	q := uint64(0)
	for {
		r.fill()
		if r.n == 0 || q > 1<<40 {
			return 0, false
		}
		if r.acc == 0 {
			q += uint64(r.n)
			r.n = 0
			continue
		}
		tz := uint(bits.TrailingZeros64(r.acc))
		q += uint64(tz)
		r.acc >>= tz + 1
		r.n -= tz + 1
		break
	}
	var lo uint64
	if k > 32 {
		a, ok1 := r.bits(32)
		b, ok2 := r.bits(k - 32)
		if !ok1 || !ok2 {
			return 0, false
		}
		lo = a | b<<32
	} else {
		var ok bool
		if lo, ok = r.bits(k); !ok {
			return 0, false
		}
	}
	if q > (1<<64-1)>>k {
		return 0, false
	}
	return q<<k | lo, true
}

// done reports whether only the padding of the last byte, zero bits,
// is left.
func (r *bitReader) done() bool {
	return r.p == len(r.b) && r.left == 0 && r.err == nil && r.n < 8 && r.acc == 0
}
