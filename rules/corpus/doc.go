// Package corpus holds a reference corpus: the newsroom's earlier articles,
// their figures (with frames) and passage fingerprints, in a flat,
// pointer-free index that serialises to bytes. It does no I/O: the CLI reads
// files and the WASM module passes bytes.
//
// Building: New, then Add(document) for each article (Add turns a document
// into a Record through the indexer that package rules/figures registers;
// AddRecord takes a ready Record), then Encode. Loading: Load(bytes). A
// loaded index accepts more documents with Add.
//
// Reading (all methods are read-only and safe for concurrent use once the
// index is built or loaded and no Add runs):
//
//   - Len, Doc(i): document metadata (path, title, date, publisher, URL,
//     source: the agency or publisher the text comes from, "" unknown).
//   - FiguresFor(unit, head): the figure records whose frame has that unit
//     class and canonical head noun; Figure(id) materialises one, with the
//     sentence it stands in (Figure.Sentence) for evidence.
//   - Postings(hash): the (doc, offset, length, quoted) of every stored
//     fingerprint with that hash (see Posting). Offsets are source bytes of
//     the corpus document.
//   - Passage(doc, offset, length): the stored text covering that source
//     span of a document (stored: the sentences that hold figures and the
//     text of paragraphs, see Options), "" when not stored.
//
// Layout of the bytes (little endian): the magic "ATTRLIDX", a uint32
// format version (Version), a uint32 section count, then sections, each a
// uint32 tag, a uint64 length and its bytes; a trailing CRC-32 of all that
// precedes it. Each section is a flat array of fixed-size records or a byte
// blob; records refer to strings by (offset, length) into the string blob.
// Load checks the magic, the version, every length and every offset before
// use, so corrupt, truncated or future-version bytes are a clear error, never
// a panic.
package corpus
