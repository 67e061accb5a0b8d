// Package corpus holds a reference corpus: the newsroom's earlier articles,
// their figures (with frames) and passage fingerprints, in a flat,
// pointer-free index that serialises to bytes. It does no I/O: the CLI
// reads files, the WASM module passes bytes.
//
// # Building
//
// New, then Add(document) for each article, then Encode. Add turns a
// document into a Record with the indexer that package rules/figures
// registers (this package cannot import the analyses: they import it);
// MakeRecord does that step alone and may run on several goroutines, and
// AddRecord adds a ready Record (builders index in parallel and add in
// order). A document whose text (its words, block by block) is already in
// the index is not added: Add returns ErrDuplicate and counts it in
// Duplicates. A loaded index accepts more documents.
//
// # Reading
//
// Methods are read-only once no Add runs; the first read after an Add
// sorts the lookup tables.
//
//   - Len, Doc(i), Day(i): document metadata (path, title, date, publisher,
//     URL, and Source: the agency or publisher the text comes from, ""
//     when unknown).
//   - FiguresFor(unit, head) and FiguresBetween(unit, head, fromDay,
//     toDay): the ids of the figures whose frame has that unit class and
//     canonical head noun, ordered by document date. Frame(id) returns a
//     figure without its texts (cheap, for matching); Figure(id) adds its
//     text and the sentence it stands in (decompresses the document's
//     text, for evidence).
//   - Postings(hash): every stored fingerprint with that 64-bit hash, as
//     (doc, offset, length, quoted); offsets are source bytes of the
//     corpus document. The index stores exactly the prints
//     fingerprint.Of returned when the document was added.
//   - Passage(doc, offset, length): the stored text covering that source
//     span of a document, "" when none is stored. Stored text is the
//     sentences that hold figures (per document, flate-compressed).
//   - Sizes: encoded bytes by part (documents, figures, prints).
//
// # Size
//
// A posting takes 20 bytes (hash 8, document 4, offset 4, length and
// quoted flag 4). On the synthetic benchmark corpus (about 600 words and
// 10 figures an article) documents take ~100 bytes an article and figures
// ~1,300; prints take 20 bytes each, so the 100 MB budget for 100,000
// articles leaves room for about 30 prints an article: fingerprints must
// be selected (winnowing), not one per word.
//
// # Bytes
//
// Little endian: the magic "ATTRLIDX", a uint32 format version
// (Version), a uint32 section count, then the sections in tag order, each
// a uint32 tag, a uint64 length and its bytes: the string blob, documents,
// figures, passages, posting hashes (sorted), posting documents, offsets,
// lengths, figure keys (sorted by key, then date), figure ids, frames. A
// CRC-32C of everything before it ends the file. Records are fixed-size;
// they refer to strings by (offset, length) into the blob, and figures and
// passages to their texts by (offset, length) into their document's
// decompressed text. Load checks the magic, the version (a newer one is
// an error asking to upgrade), the checksum, every length, index and
// offset before use: corrupt, truncated or future-version bytes are a
// clear error, never a panic. Load copies what it keeps.
package corpus
