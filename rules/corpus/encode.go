package corpus

import (
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"math"
	"slices"
	"unsafe"
)

// Magic starts every index; Version is the format this code writes and
// reads.
const (
	Magic   = "ATTRLIDX"
	Version = 1
)

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

const (
	secBlob = iota + 1
	secDocs
	secFigs
	secPas
	secHash
	secPDoc
	secPOff
	secPLen
	secFKey
	secFID
	secFrames
	numSections = secFrames
)

const (
	docSize   = 6*8 + 4 + 8 + 4*4 + 8 + 4
	figSize   = 2*8 + 2*8 + 4 + 2*8 + 4*4
	frameSize = 8 * 8
	pasSize   = 2*4 + 8
)

// Encode writes the index as bytes that Load reads.
func (x *Index) Encode() []byte {
	x.finish()
	size := 8 + 8 + numSections*12 + len(x.blob) + len(x.docs)*docSize + len(x.figs)*figSize +
		len(x.pas)*pasSize + len(x.hash)*20 + len(x.fkey)*12 + len(x.frames)*frameSize + 4
	b := make([]byte, 0, size)
	b = append(b, Magic...)
	b = binary.LittleEndian.AppendUint32(b, Version)
	b = binary.LittleEndian.AppendUint32(b, numSections)
	section := func(tag int, n int, fill func([]byte) []byte) {
		b = binary.LittleEndian.AppendUint32(b, uint32(tag))
		b = binary.LittleEndian.AppendUint64(b, uint64(n))
		start := len(b)
		b = fill(b)
		if len(b)-start != n {
			panic(fmt.Sprintf("corpus: section %d wrote %d bytes, want %d", tag, len(b)-start, n))
		}
	}
	le := binary.LittleEndian
	putStr := func(b []byte, s str) []byte { return le.AppendUint32(le.AppendUint32(b, s.Off), s.Len) }
	section(secBlob, len(x.blob), func(b []byte) []byte { return append(b, x.blob...) })
	section(secDocs, len(x.docs)*docSize, func(b []byte) []byte {
		for _, d := range x.docs {
			for _, s := range []str{d.Path, d.Title, d.Date, d.Publisher, d.URL, d.Source} {
				b = putStr(b, s)
			}
			b = le.AppendUint32(b, uint32(d.Day))
			b = le.AppendUint64(b, d.Hash)
			b = le.AppendUint32(b, d.FigLo)
			b = le.AppendUint32(b, d.FigHi)
			b = le.AppendUint32(b, d.PasLo)
			b = le.AppendUint32(b, d.PasHi)
			b = putStr(b, d.Text)
			b = le.AppendUint32(b, d.RawLen)
		}
		return b
	})
	section(secFigs, len(x.figs)*figSize, func(b []byte) []byte {
		for _, f := range x.figs {
			b = le.AppendUint64(b, math.Float64bits(f.Low))
			b = le.AppendUint64(b, math.Float64bits(f.High))
			b = le.AppendUint64(b, f.Topic[0])
			b = le.AppendUint64(b, f.Topic[1])
			b = le.AppendUint32(b, f.Frame)
			b = putStr(b, f.Text)
			b = putStr(b, f.Sentence)
			b = le.AppendUint32(b, uint32(f.Anchor))
			b = le.AppendUint32(b, uint32(f.Offset))
			b = le.AppendUint32(b, uint32(f.Length))
			b = le.AppendUint32(b, f.Doc)
		}
		return b
	})
	section(secPas, len(x.pas)*pasSize, func(b []byte) []byte {
		for _, p := range x.pas {
			b = le.AppendUint32(b, uint32(p.Offset))
			b = le.AppendUint32(b, uint32(p.Length))
			b = putStr(b, p.Text)
		}
		return b
	})
	section(secHash, len(x.hash)*8, func(b []byte) []byte {
		for _, v := range x.hash {
			b = le.AppendUint64(b, v)
		}
		return b
	})
	u32s := func(vs []uint32) func([]byte) []byte {
		return func(b []byte) []byte {
			for _, v := range vs {
				b = le.AppendUint32(b, v)
			}
			return b
		}
	}
	section(secPDoc, len(x.pdoc)*4, u32s(x.pdoc))
	section(secPOff, len(x.poff)*4, func(b []byte) []byte {
		for _, v := range x.poff {
			b = le.AppendUint32(b, uint32(v))
		}
		return b
	})
	section(secPLen, len(x.plen)*4, u32s(x.plen))
	section(secFKey, len(x.fkey)*8, func(b []byte) []byte {
		for _, v := range x.fkey {
			b = le.AppendUint64(b, v)
		}
		return b
	})
	section(secFID, len(x.fid)*4, u32s(x.fid))
	section(secFrames, len(x.frames)*frameSize, func(b []byte) []byte {
		for _, f := range x.frames {
			for _, s := range []str{f.Unit, f.Kind, f.Head, f.Mods, f.Event, f.Change, f.Role, f.Place} {
				b = putStr(b, s)
			}
		}
		return b
	})
	return le.AppendUint32(b, crc32.Checksum(b, castagnoli))
}

// FormatError is a corrupt, truncated or unsupported index.
type FormatError struct{ Msg string }

func (e *FormatError) Error() string { return "corpus index: " + e.Msg }

func bad(format string, a ...any) error { return &FormatError{fmt.Sprintf(format, a...)} }

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
	n := le.Uint32(b[12:])
	if n != numSections {
		return nil, bad("%d sections, want %d", n, numSections)
	}
	secs := make([][]byte, numSections+1)
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
		secs[tag] = body[p : p+int(l)]
		p += int(l)
	}
	if p != len(body) {
		return nil, bad("%d stray bytes after the last section", len(body)-p)
	}
	x := &Index{blob: slices.Clone(secs[secBlob])}
	fixed := func(tag, size int) (int, error) {
		if len(secs[tag])%size != 0 {
			return 0, bad("section %d: length %d is not a multiple of %d", tag, len(secs[tag]), size)
		}
		return len(secs[tag]) / size, nil
	}
	var err error
	checkStr := func(s str) {
		if err == nil && uint64(s.Off)+uint64(s.Len) > uint64(len(x.blob)) {
			err = bad("string [%d,+%d) outside the %d-byte string table", s.Off, s.Len, len(x.blob))
		}
	}
	rd := func(sec []byte, at *int) str {
		s := str{le.Uint32(sec[*at:]), le.Uint32(sec[*at+4:])}
		*at += 8
		checkStr(s)
		return s
	}
	rdIn := func(sec []byte, at *int) str {
		s := str{le.Uint32(sec[*at:]), le.Uint32(sec[*at+4:])}
		*at += 8
		return s
	}
	nd, e := fixed(secDocs, docSize)
	if e != nil {
		return nil, e
	}
	nf, e := fixed(secFigs, figSize)
	if e != nil {
		return nil, e
	}
	np, e := fixed(secPas, pasSize)
	if e != nil {
		return nil, e
	}
	x.docs = make([]docRec, nd)
	sec, at := secs[secDocs], 0
	for i := range x.docs {
		d := &x.docs[i]
		d.Path, d.Title, d.Date = rd(sec, &at), rd(sec, &at), rd(sec, &at)
		d.Publisher, d.URL, d.Source = rd(sec, &at), rd(sec, &at), rd(sec, &at)
		d.Day = int32(le.Uint32(sec[at:]))
		d.Hash = le.Uint64(sec[at+4:])
		d.FigLo, d.FigHi = le.Uint32(sec[at+12:]), le.Uint32(sec[at+16:])
		d.PasLo, d.PasHi = le.Uint32(sec[at+20:]), le.Uint32(sec[at+24:])
		at += 28
		d.Text = rd(sec, &at)
		d.RawLen = le.Uint32(sec[at:])
		at += 4
		// flate expands at most ~1032:1; a document is at most 128 MiB.
		if uint64(d.RawLen) > uint64(d.Text.Len)*1032+1024 || d.RawLen > 1<<27 {
			return nil, bad("document %d: text length %d impossible for %d compressed bytes", i, d.RawLen, d.Text.Len)
		}
		if d.FigLo > d.FigHi || int(d.FigHi) > nf || d.PasLo > d.PasHi || int(d.PasHi) > np {
			return nil, bad("document %d: figure or passage range out of bounds", i)
		}
	}
	nfr, e := fixed(secFrames, frameSize)
	if e != nil {
		return nil, e
	}
	x.frames = make([]frameRec, nfr)
	sec, at = secs[secFrames], 0
	for i := range x.frames {
		f := &x.frames[i]
		f.Unit, f.Kind, f.Head, f.Mods = rd(sec, &at), rd(sec, &at), rd(sec, &at), rd(sec, &at)
		f.Event, f.Change, f.Role, f.Place = rd(sec, &at), rd(sec, &at), rd(sec, &at), rd(sec, &at)
	}
	x.figs = make([]figRec, nf)
	sec, at = secs[secFigs], 0
	for i := range x.figs {
		f := &x.figs[i]
		f.Low = math.Float64frombits(le.Uint64(sec[at:]))
		f.High = math.Float64frombits(le.Uint64(sec[at+8:]))
		at += 16
		f.Topic = [2]uint64{le.Uint64(sec[at:]), le.Uint64(sec[at+8:])}
		f.Frame = le.Uint32(sec[at+16:])
		at += 20
		f.Text, f.Sentence = rdIn(sec, &at), rdIn(sec, &at)
		if int(f.Frame) >= nfr {
			return nil, bad("figure %d: frame %d out of range", i, f.Frame)
		}
		f.Anchor = int32(le.Uint32(sec[at:]))
		f.Offset = int32(le.Uint32(sec[at+4:]))
		f.Length = int32(le.Uint32(sec[at+8:]))
		f.Doc = le.Uint32(sec[at+12:])
		at += 16
		if int(f.Doc) >= nd {
			return nil, bad("figure %d: document %d out of range", i, f.Doc)
		}
		if !within(f.Text, x.docs[f.Doc].RawLen) || !within(f.Sentence, x.docs[f.Doc].RawLen) {
			return nil, bad("figure %d: text outside its document's text", i)
		}
	}
	x.pas = make([]pasRec, np)
	sec, at = secs[secPas], 0
	for i := range x.pas {
		p := &x.pas[i]
		p.Offset, p.Length = int32(le.Uint32(sec[at:])), int32(le.Uint32(sec[at+4:]))
		at += 8
		p.Text = rdIn(sec, &at)
	}
	for i, d := range x.docs {
		for k := d.PasLo; k < d.PasHi; k++ {
			if !within(x.pas[k].Text, d.RawLen) {
				return nil, bad("document %d: passage outside its text", i)
			}
		}
	}
	if err != nil {
		return nil, err
	}
	nh, e := fixed(secHash, 8)
	if e != nil {
		return nil, e
	}
	for _, t := range []int{secPDoc, secPOff, secPLen} {
		if len(secs[t]) != nh*4 {
			return nil, bad("section %d: %d bytes for %d postings", t, len(secs[t]), nh)
		}
	}
	x.hash = u64s(secs[secHash])
	x.pdoc = u32s(secs[secPDoc])
	x.poff = make([]int32, nh)
	for i, v := range u32s(secs[secPOff]) {
		x.poff[i] = int32(v)
	}
	x.plen = u32s(secs[secPLen])
	nk, e := fixed(secFKey, 8)
	if e != nil {
		return nil, e
	}
	if len(secs[secFID]) != nk*4 {
		return nil, bad("figure key ids: %d bytes for %d keys", len(secs[secFID]), nk)
	}
	x.fkey = u64s(secs[secFKey])
	x.fid = u32s(secs[secFID])
	if !slices.IsSorted(x.hash) || !slices.IsSorted(x.fkey) { // (fkey ties are ordered by date; not needed for safety)
		return nil, bad("lookup table not sorted")
	}
	for _, d := range x.pdoc {
		if int(d) >= nd {
			return nil, bad("posting names document %d of %d", d, nd)
		}
	}
	for _, id := range x.fid {
		if int(id) >= nf {
			return nil, bad("figure key names figure %d of %d", id, nf)
		}
	}
	x.derive()
	return x, nil
}

// littleEndian: the arrays can be copied byte for byte (amd64, arm64,
// wasm are all little endian).
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

func u64s(b []byte) []uint64 {
	out := make([]uint64, len(b)/8)
	if littleEndian && len(out) > 0 {
		copy(unsafe.Slice((*byte)(unsafe.Pointer(&out[0])), len(out)*8), b)
		return out
	}
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(b[i*8:])
	}
	return out
}

func u32s(b []byte) []uint32 {
	out := make([]uint32, len(b)/4)
	if littleEndian && len(out) > 0 {
		copy(unsafe.Slice((*byte)(unsafe.Pointer(&out[0])), len(out)*4), b)
		return out
	}
	for i := range out {
		out[i] = binary.LittleEndian.Uint32(b[i*4:])
	}
	return out
}

func within(s str, n uint32) bool { return uint64(s.Off)+uint64(s.Len) <= uint64(n) }
