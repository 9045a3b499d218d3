// Ingest: reads crawled pages from files, folders, archives and standard input into RawDocs.
//
//   ReadStats stats = read_documents({"corpus/", "extra.jsonl", "-"},
//       [&](RawDoc&& doc) { pipeline.add(std::move(doc)); },
//       [&](const Status& problem) { std::cerr << problem.to_string() << "\n"; });
//
// What is read, by extension (a file named explicitly with another extension is sniffed:
// `{` JSON lines, `[` JSON array, `<` HTML, a zip/gzip/tar signature an archive, else text):
//   .txt              one page per file; id = file name without extension.
//   .jsonl, .ndjson   one JSON object per line; id = its "id", else "<file stem>/<1-based line>".
//   .json             a JSON array of objects if its first non-space byte is `[`
//                     (id = "id", else "<file stem>/<0-based index>"), JSON lines otherwise.
//   .html, .htm       one page; text extracted (blocks become lines), <title> becomes the title
//                     (in a build with gumbo, see html_text.h; else skipped as unsupported).
//   .zip, .tar, .tar.gz, .tgz, .tar.bz2, .tar.xz
//                     every member of one of the kinds above; ids use the member's file stem.
//   "-"               standard input, as JSON lines ("stdin/<line>" ids).
// JSON fields accepted as they are: `text` (else `content`), `title`, `url`, `source`,
// `author`, `published` (else `date`, else `date_extracted`), `id` (string or number). Every
// other field, and a second of two alternatives (`content` beside `text`), is passed through
// in RawDoc::extra unchanged; a known field that is null counts as absent. In every page's text
// CR LF (and a lone CR) becomes LF and a leading BOM is dropped.
//
// A bad input never stops the reading: each problem is reported once to the problem sink, as a
// Status whose where() names the input ("path", "path:line", "path[index]",
// "archive.zip!member.json[index]") and the rest is still read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace marsad {

struct ReadOptions {
  size_t max_document_bytes = 8 << 20;  // larger documents are skipped with a message
};

struct ReadStats {
  size_t inputs = 0;     // files (or archive members) opened
  size_t documents = 0;  // documents handed to the sink
  size_t skipped = 0;    // documents skipped (reported to the problem sink)
  size_t repaired = 0;   // documents whose invalid UTF-8 was replaced by U+FFFD (also reported)
  uint64_t bytes = 0;    // input bytes read (archive members counted uncompressed)
};

using DocumentSink = std::function<void(RawDoc&&)>;
using ProblemSink = std::function<void(const Status&)>;

// Reads every document in `paths`, in order, handing each to `sink`. A path may be a file,
// a directory (recursed, entries sorted by name, files of known kinds only, hidden entries
// ignored), or "-" for standard input (JSONL). Problems (a missing file, a line that does not
// parse, ...) go to `on_problem` and the rest is still read:
//   - a missing file or unreadable directory, a directory or archive with no pages;
//   - a document that is empty (only whitespace), longer than options.max_document_bytes
//     (streamed past, never held), a JSON line that does not parse, a JSON object with no
//     `text`/`content`: skipped and counted in `skipped`;
//   - invalid UTF-8: replaced by U+FFFD, the document still delivered and counted in `repaired`,
//     unless it is mostly invalid (binary data, a legacy encoding): skipped (read_context.h);
//   - a truncated or corrupt archive: the members read before the damage are kept;
//   - a damaged element of a JSON array: skipped and counted, the next elements still read;
//   - a JSON array file cut short: the elements before the cut are kept and the cut reported
//     once (see json_documents.h).
// RawDoc::origin holds the same location text that problems use.
ReadStats read_documents(const std::vector<std::string>& paths, const DocumentSink& sink,
                         const ProblemSink& on_problem, const ReadOptions& options = {});

}  // namespace marsad
