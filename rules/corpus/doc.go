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
//   - Postings(hash, limit, out): the stored fingerprints whose 32-bit
//     hash agrees with hash in its top 24 bits, as (doc, word): the index
//     of the window's first word in the document; none when there are
//     more than limit (a stock phrase). The index stores the prints
//     winnowing kept (fingerprint package) when the document was added,
//     so a collision is possible: confirm with Check.
//   - Words(doc), Check(doc, word), Quoted(doc, word): the number of
//     words of a document, the 3-bit check of each (the low bits of
//     fingerprint.Word.Check) and whether it stands inside quotation
//     marks. With them a rule confirms a matching window word by word and
//     grows it to the whole copied passage without the corpus text.
//   - Passage(doc, offset, length), PassageAround and PassageWords(doc,
//     word, n): the stored text covering a source span or a range of
//     words of a document. Stored text is the sentences that hold
//     figures, compressed in groups of documents.
//   - Sizes: encoded bytes by part (documents, figures, prints).
//
// # Size
//
// The budget is 100 MB for 100,000 articles of about 600 words: 1,000
// bytes an article. On the synthetic benchmark corpus (12.6 figures an
// article) an article takes, at 100,000 articles: about 57 bytes of
// metadata; 330 of figures (records, frames, lookup order, passages) and
// 100 of their sentences compressed in groups; 229 of word checks (3 bits
// a word); 255 of fingerprints (about 74 kept prints, Rice-coded: a 24-bit
// hash and a word index, sorted). Loaded, it takes a little over twice
// that (213 MB at 100,000 articles).
//
// # Bytes
//
// Little endian: the magic "ATTRLIDX", a uint32 format version
// (Version), a uint32 section count, then the sections in tag order, each
// a uint32 tag, a uint64 length and its bytes: counts; text groups
// (flate-compressed figure sentences of about 32 KiB of documents);
// documents (strings inline, date as a day number, text place, counts);
// frames (a string table, then eight string numbers each); the figure
// lookup order (id deltas); figures, in document order (frame, a tag,
// bounds as scaled integers or raw floats, topic bits, texts, anchor and
// offsets as deltas); passages; quoted word ranges; word checks (packed
// bits); fingerprints (sorted keys hash<<B | global word index, B the
// bits of the word count, Rice-coded deltas after their parameter).
// Numbers are varints, most of them deltas from the record before. A
// CRC-32C of everything before it ends the file. Load decodes into flat
// arrays that refer to strings by (offset, length) in one blob, and
// checks the magic, the version (a newer one is an error asking to
// upgrade, an older one asks to rebuild), the checksum, every count,
// length, index and offset before use: corrupt, truncated or
// other-version bytes are a clear error, never a panic. Load copies what
// it keeps; LoadFrom reads from an io.Reader a section at a time, never
// holding the whole file, and checks the checksum at the end.
package corpus
